import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { dayEnd } from '../../../core/list-state';
import { useI18n } from '../../../core/i18n';
import { GenerateCodesDocument } from '../../../gql/graphql';
import { Dialog } from '../../../ui/Dialog';
import { downloadText } from '../../../ui/download';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { SelectField, TextField } from '../../../ui/Field';
import { Progress } from '../../../ui/Progress';
import { validateGenerate, type GenerateForm } from './generate-form';

/** Generate codes (count, SKU, prefix, expiry) → the new plain codes, shown once, to copy or download. */
export function GenerateCodesDialog(props: { open: boolean; onClose: () => void; onDone: () => void; skus: { id: string; name: string }[] }) {
  const { t } = useI18n();
  const [form, setForm] = useState<GenerateForm>({ count: '10', skuId: '', prefix: '', expiresOn: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof GenerateForm, string>>>({});
  const [result, setResult] = useState<{ batchId: string; codes: string[] } | null>(null);
  const [generate, { loading, error, reset }] = useMutation(GenerateCodesDocument);
  const set = (k: keyof GenerateForm) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));

  const close = () => {
    setResult(null);
    setErrors({});
    reset();
    props.onClose();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = validateGenerate(form, new Date());
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      const { data } = await generate({
        variables: {
          input: {
            count: Number(form.count),
            skuId: form.skuId || undefined,
            prefix: form.prefix.trim() || undefined,
            expiresAt: form.expiresOn ? dayEnd(form.expiresOn) : undefined,
          },
        },
      });
      if (data) {
        setResult(data.generateCodes);
        props.onDone();
      }
    } catch {
      // shown below
    }
  };
  const download = () => {
    if (!result) return;
    downloadText(`codes-${result.batchId}.csv`, `code\n${result.codes.join('\n')}\n`);
  };

  return (
    <Dialog
      open={props.open}
      title={t('codes.generate')}
      onClose={close}
      actions={
        result ? (
          <>
            <button type="button" className="primary" onClick={download}>{t('codes.downloadNew')}</button>
            <button type="button" onClick={close}>{t('common.close')}</button>
          </>
        ) : undefined
      }
    >
      {result ? (
        <>
          <p className="notice notice-ok" role="status">{t('codes.generated', { count: result.codes.length, batch: result.batchId })}</p>
          <p className="muted">{t('codes.shownOnce')}</p>
          <pre className="codes-list" aria-label={t('codes.newCodes')}>{result.codes.join('\n')}</pre>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <TextField label={t('codes.count')} type="number" min={1} max={10000} value={form.count} onChange={set('count')} error={errors.count && t(errors.count, { min: 1, max: 10000 })} />
          <SelectField label={t('codes.sku')} value={form.skuId} onChange={set('skuId')} options={[{ value: '', label: t('codes.noSku') }, ...props.skus.map((s) => ({ value: s.id, label: s.name }))]} />
          <TextField label={t('codes.prefix')} value={form.prefix} onChange={set('prefix')} error={errors.prefix && t(errors.prefix)} hint={t('codes.prefixHint')} />
          <TextField label={t('codes.expiresOn')} type="date" value={form.expiresOn} onChange={set('expiresOn')} error={errors.expiresOn && t(errors.expiresOn)} />
          <ErrorNotice error={error} />
          {loading ? <Progress label={t('codes.generating')} /> : null}
          <div className="form-actions">
            <button type="submit" className="primary" disabled={loading}>{t('codes.generateSubmit')}</button>
            <button type="button" onClick={close}>{t('common.cancel')}</button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
