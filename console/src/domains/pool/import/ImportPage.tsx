import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../core/i18n';
import { ImportMothersDocument, type ImportFormat, type ImportLineStatus, type ImportMothersMutation } from '../../../gql/graphql';
import { DataTable, type Column } from '../../../ui/DataTable';
import { SelectField, TextAreaField, TextField } from '../../../ui/Field';
import { Page } from '../../../ui/Page';
import { Progress } from '../../../ui/Progress';
import { useToast } from '../../../ui/Toasts';
import { intBetween } from '../../../ui/validate';
import '../pool.css';
import { useGroupChoices } from '../shared/group-choices';
import { ExplainedErrorNotice } from '../../../ui/ErrorNotice';

type Result = ImportMothersMutation['importMothers'];
type Line = Result['lines'][number];
const FORMATS: ImportFormat[] = ['AUTO', 'JSON', 'JSONL', 'TEXT'];
const LINE_CLASS: Record<ImportLineStatus, string> = { VALID: 'badge-ok', CREATED: 'badge-ok', UPDATED: 'badge-ok', FAILED: 'badge-err' };
const MAX_CHARS = 1_000_000;

/**
 * Paste → dry run (nothing written, no upstream call) → a per-line table → import. The import
 * button only runs what the last dry run checked: any change to the input asks for a new one.
 */
export default function ImportPage() {
  const { t } = useI18n();
  const toast = useToast();
  const groups = useGroupChoices('none');
  const [content, setContent] = useState('');
  const [format, setFormat] = useState<ImportFormat>('AUTO');
  const [delimiter, setDelimiter] = useState('');
  const [seatLimit, setSeatLimit] = useState('');
  const [motherGroupId, setMotherGroupId] = useState('');
  const [poolGroupId, setPoolGroupId] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ content?: string; seatLimit?: string }>({});
  const [result, setResult] = useState<Result | null>(null);
  const [checkedKey, setCheckedKey] = useState<string | null>(null);
  const [importMothers, { loading, error, reset }] = useMutation(ImportMothersDocument);
  const [running, setRunning] = useState<'dry' | 'real' | null>(null);

  const input = {
    content, format, delimiter: delimiter || null, seatLimit: seatLimit.trim() ? Number(seatLimit) : null,
    motherGroupId: motherGroupId || null, poolGroupId: poolGroupId || null,
  };
  const key = JSON.stringify(input);
  const checked = checkedKey === key && result?.dryRun === true;

  const go = async (dryRun: boolean) => {
    const problems = {
      content: !content.trim() ? 'common.required' : content.length > MAX_CHARS ? 'pool.import.tooLong' : undefined,
      seatLimit: seatLimit.trim() ? intBetween(1, 500)(seatLimit) : undefined,
    };
    setFieldErrors({ content: problems.content && t(problems.content), seatLimit: problems.seatLimit && t(problems.seatLimit) });
    if (problems.content || problems.seatLimit) return;
    setRunning(dryRun ? 'dry' : 'real');
    try {
      const { data } = await importMothers({ variables: { input: { ...input, dryRun } }, refetchQueries: dryRun ? [] : ['MothersList'] });
      if (!data) return;
      setResult(data.importMothers);
      setCheckedKey(dryRun ? key : null);
      const r = data.importMothers;
      if (!dryRun) toast(r.failed ? 'error' : 'ok', t('pool.import.doneToast', { created: r.created, updated: r.updated, failed: r.failed }));
    } catch {
      // shown by <ErrorNotice>
    } finally {
      setRunning(null);
    }
  };

  const columns: Column<Line>[] = [
    { key: 'line', header: t('pool.import.line'), className: 'num', cell: (l) => l.line },
    { key: 'name', header: t('pool.mother.name'), cell: (l) => (l.motherId && l.status !== 'VALID' ? <Link to={`/mothers/${l.motherId}`}>{l.name ?? l.motherId}</Link> : l.name ?? '—') },
    { key: 'status', header: t('pool.import.result'), cell: (l) => <span className={`badge ${LINE_CLASS[l.status]}`}>{t(`pool.import.status.${l.status}`)}</span> },
    { key: 'detail', header: t('pool.import.detail'), cell: (l) => <>{l.errorCode ? <strong>{t(`pool.import.code.${l.errorCode}`)}</strong> : null}{l.errorCode && l.detail ? ' · ' : ''}{l.detail ?? ''}</> },
  ];

  return (
    <Page title={t('nav.import')}>
      <p className="muted">{t('pool.import.intro')}</p>
      <div className="panel">
        <TextAreaField
          label={t('pool.import.content')}
          value={content}
          onChange={(e) => { setContent(e.target.value); reset(); }}
          error={fieldErrors.content}
          hint={t('pool.import.contentHint')}
          spellCheck={false}
          autoComplete="off"
          className="import-content"
        />
        <div className="form-grid">
          <SelectField label={t('pool.import.format')} value={format} onChange={(e) => setFormat(e.target.value as ImportFormat)}
            options={FORMATS.map((f) => ({ value: f, label: t(`pool.import.format.${f}`) }))} />
          <TextField label={t('pool.import.delimiter')} value={delimiter} onChange={(e) => setDelimiter(e.target.value)} placeholder="---" hint={t('pool.import.delimiterHint')} />
          <TextField label={t('pool.import.seatLimit')} type="number" min={1} max={500} value={seatLimit} onChange={(e) => setSeatLimit(e.target.value)} error={fieldErrors.seatLimit} hint={t('pool.import.seatLimitHint')} />
          <SelectField label={t('pool.mother.motherGroup')} value={motherGroupId} onChange={(e) => setMotherGroupId(e.target.value)} options={groups.motherGroups} />
          <SelectField label={t('pool.mother.poolGroup')} value={poolGroupId} onChange={(e) => setPoolGroupId(e.target.value)} options={groups.poolGroups} />
        </div>
        <ExplainedErrorNotice error={error ?? groups.error} />
        {running ? <Progress label={running === 'dry' ? t('pool.import.checking') : t('pool.import.importing')} /> : null}
        <div className="form-actions">
          <button type="button" className={checked ? undefined : 'primary'} disabled={loading} onClick={() => go(true)}>{t('pool.import.dryRun')}</button>
          <button type="button" className={checked ? 'primary' : undefined} disabled={loading || !checked || result!.valid === 0} onClick={() => go(false)}>
            {checked ? t('pool.import.importCount', { count: result!.valid }) : t('pool.import.import')}
          </button>
        </div>
        {!checked && !result ? <p className="field-hint">{t('pool.import.dryRunFirst')}</p> : null}
        {result && !result.dryRun ? null : result && !checked ? <p className="field-hint">{t('pool.import.changed')}</p> : null}
      </div>
      {result ? (
        <section aria-labelledby="import-result">
          <h2 id="import-result">{result.dryRun ? t('pool.import.dryRunResult') : t('pool.import.importResult')}</h2>
          <p className="summary-line">
            <span className="badge">{t('pool.import.sum.total', { count: result.total })}</span>
            {result.dryRun ? <span className="badge badge-ok">{t('pool.import.sum.valid', { count: result.valid })}</span> : (
              <>
                <span className="badge badge-ok">{t('pool.import.sum.created', { count: result.created })}</span>
                <span className="badge badge-ok">{t('pool.import.sum.updated', { count: result.updated })}</span>
              </>
            )}
            <span className={`badge ${result.failed ? 'badge-err' : ''}`}>{t('pool.import.sum.failed', { count: result.failed })}</span>
          </p>
          <DataTable caption={t('pool.import.dryRunResult')} columns={columns} rows={result.lines} rowKey={(l) => String(l.line)} />
        </section>
      ) : null}
    </Page>
  );
}
