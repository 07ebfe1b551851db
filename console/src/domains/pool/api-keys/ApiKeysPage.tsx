import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { registerMessages, useI18n } from '../../../core/i18n';
import { ApiKeysDocument, CreateApiKeyDocument, RevokeApiKeyDocument } from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ConfirmDialog, Dialog } from '../../../ui/Dialog';
import { ErrorNotice, useErrorText } from '../../../ui/ErrorNotice';
import { CheckboxField, TextField } from '../../../ui/Field';
import { formatDateTime } from '../../../ui/format';
import { Page } from '../../../ui/Page';
import { useToast } from '../../../ui/Toasts';
import { SCOPES, validateKey, type KeyForm } from './key-form';
import { apiKeyMessages } from './messages';

registerMessages(apiKeyMessages);

const EMPTY: KeyForm = { name: '', scopes: ['pool:read'], expiresOn: '' };

/** API keys for integrations: create (the key is shown once), list, revoke. */
export default function ApiKeysPage() {
  const { t, lang } = useI18n();
  const toast = useToast();
  const errorText = useErrorText();
  const [page, setPage] = useState(1);
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const { data, loading, error, refetch } = useQuery(ApiKeysDocument, { variables: { includeRevoked, page, pageSize: 20 } });
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<KeyForm>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof KeyForm, string>>>({});
  const [created, setCreated] = useState<{ key: string; signingSecret?: string | null } | null>(null);
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null);
  const [create, creating] = useMutation(CreateApiKeyDocument);
  const [revoke, revokeState] = useMutation(RevokeApiKeyDocument);

  const close = () => {
    setOpen(false);
    setCreated(null);
    setForm(EMPTY);
    setErrors({});
    creating.reset();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = validateKey(form, new Date());
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      const expiresAt = form.expiresOn ? new Date(`${form.expiresOn}T23:59:59.999`).toISOString() : undefined;
      const { data: d } = await create({ variables: { input: { name: form.name.trim(), scopes: form.scopes, expiresAt } } });
      if (d) setCreated({ key: d.createApiKey.key, signingSecret: d.createApiKey.signingSecret });
      await refetch();
    } catch {
      // shown in the dialog
    }
  };

  type Row = NonNullable<typeof data>['apiKeys']['items'][number];
  const columns: Column<Row>[] = [
    { key: 'name', header: t('apiKeys.name'), cell: (k) => k.name },
    { key: 'prefix', header: t('apiKeys.prefix'), cell: (k) => <span className="mono">{k.keyPrefix}…</span> },
    { key: 'scopes', header: t('apiKeys.scopes'), cell: (k) => <span className="mono">{k.scopes.join(' ')}</span> },
    { key: 'created', header: t('apiKeys.created'), cell: (k) => formatDateTime(k.createdAt, lang) },
    { key: 'expires', header: t('apiKeys.expires'), cell: (k) => (k.expiresAt ? formatDateTime(k.expiresAt, lang) : t('apiKeys.never')) },
    { key: 'used', header: t('apiKeys.lastUsed'), cell: (k) => formatDateTime(k.lastUsedAt, lang) },
    { key: 'state', header: t('apiKeys.state'), cell: (k) => <Badge value={k.revokedAt ? 'CANCELLED' : 'ACTIVE'} label={k.revokedAt ? t('apiKeys.revoked') : t('apiKeys.active')} /> },
    {
      key: 'actions',
      header: t('common.actions'),
      cell: (k) => (k.revokedAt ? null : <button type="button" onClick={() => setRevoking({ id: k.id, name: k.name })}>{t('apiKeys.revoke')}</button>),
    },
  ];

  return (
    <Page title={t('nav.apiKeys')} actions={<button type="button" className="primary" onClick={() => setOpen(true)}>{t('apiKeys.create')}</button>}>
      <div className="filters">
        <CheckboxField label={t('apiKeys.showRevoked')} checked={includeRevoked} onChange={(e) => { setIncludeRevoked(e.target.checked); setPage(1); }} />
      </div>
      <ErrorNotice error={error} />
      <DataTable caption={t('nav.apiKeys')} columns={columns} rows={data?.apiKeys.items} rowKey={(k) => k.id} loading={loading} page={{ page, pageSize: 20, total: data?.apiKeys.total ?? 0, onPage: setPage }} />
      <Dialog open={open} title={t('apiKeys.create')} onClose={close}>
        {created ? (
          <>
            <p className="notice notice-warn" role="status">{t('apiKeys.shownOnce')}</p>
            <TextField label={t('apiKeys.key')} value={created.key} readOnly onFocus={(e) => e.target.select()} />
            {created.signingSecret ? <TextField label={t('apiKeys.secret')} value={created.signingSecret} readOnly onFocus={(e) => e.target.select()} /> : null}
            <div className="form-actions">
              <button type="button" onClick={close}>{t('common.close')}</button>
            </div>
          </>
        ) : (
          <form onSubmit={submit} noValidate>
            <TextField label={t('apiKeys.name')} value={form.name} onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))} error={errors.name && t(errors.name)} />
            <fieldset className="field">
              <legend>{t('apiKeys.scopes')}</legend>
              {SCOPES.map((s) => (
                <CheckboxField
                  key={s}
                  label={s}
                  checked={form.scopes.includes(s)}
                  onChange={(e) => setForm((f) => ({ ...f, scopes: e.target.checked ? [...f.scopes, s] : f.scopes.filter((x) => x !== s) }))}
                />
              ))}
              {errors.scopes ? <p className="field-error">{t(errors.scopes)}</p> : null}
            </fieldset>
            <TextField label={t('apiKeys.expiresOn')} type="date" value={form.expiresOn} onChange={(e) => setForm((f) => ({ ...f, expiresOn: e.target.value }))} error={errors.expiresOn && t(errors.expiresOn)} />
            <ErrorNotice error={creating.error} />
            <div className="form-actions">
              <button type="submit" className="primary" disabled={creating.loading}>{t('apiKeys.createSubmit')}</button>
              <button type="button" onClick={close}>{t('common.cancel')}</button>
            </div>
          </form>
        )}
      </Dialog>
      <ConfirmDialog
        open={revoking !== null}
        title={t('apiKeys.revoke')}
        message={revoking ? t('apiKeys.revokeConfirm', { name: revoking.name }) : ''}
        confirmLabel={t('apiKeys.revoke')}
        busy={revokeState.loading}
        onClose={() => setRevoking(null)}
        onConfirm={async () => {
          if (!revoking) return;
          try {
            await revoke({ variables: { input: { id: revoking.id } } });
            toast('ok', t('apiKeys.revokedDone'));
            await refetch();
          } catch (err) {
            toast('error', errorText(err));
          } finally {
            setRevoking(null);
          }
        }}
      />
    </Page>
  );
}
