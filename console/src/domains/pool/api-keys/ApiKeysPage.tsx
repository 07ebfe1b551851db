import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../core/i18n';
import { ApiKeysListDocument, CreateApiKeyDocument, RevokeApiKeyDocument, type ApiKeyRowFragment, type CreateApiKeyMutation } from '../../../gql/graphql';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ConfirmDialog, Dialog } from '../../../ui/Dialog';
import { CheckboxField, TextField } from '../../../ui/Field';
import { formatDateTime } from '../../../ui/format';
import { Page } from '../../../ui/Page';
import { Progress } from '../../../ui/Progress';
import { SecretBox } from '../../../ui/SecretBox';
import { required } from '../../../ui/validate';
import '../pool.css';
import { localToIso } from '../shared/group-choices';
import { useAction } from '../../../ui/useAction';
import { ExplainedErrorNotice } from '../../../ui/ErrorNotice';

/** The scopes the API knows (CreateApiKeyInput.scopes). */
export const API_SCOPES = ['pool:read', 'pool:write', 'ingest', 'users:read', 'users:write', 'stats:read', 'notify:read', 'notify:write'] as const;

export default function ApiKeysPage() {
  const { t, lang } = useI18n();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const { data, loading, error } = useQuery(ApiKeysListDocument, { variables: { page, pageSize, includeRevoked } });
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKeyRowFragment | null>(null);
  const [revoke] = useMutation(RevokeApiKeyDocument);
  const { busy, run } = useAction();
  const columns: Column<ApiKeyRowFragment>[] = [
    { key: 'name', header: t('pool.apiKey.name'), cell: (k) => k.name },
    { key: 'prefix', header: t('pool.apiKey.prefix'), className: 'code', cell: (k) => `${k.keyPrefix}…` },
    { key: 'scopes', header: t('pool.apiKey.scopes'), cell: (k) => k.scopes.map((s) => <span key={s} className="badge scope">{s}</span>) },
    { key: 'created', header: t('pool.mother.createdAt'), cell: (k) => formatDateTime(k.createdAt, lang) },
    { key: 'expires', header: t('pool.apiKey.expiresAt'), cell: (k) => (k.expiresAt ? formatDateTime(k.expiresAt, lang) : t('pool.apiKey.never')) },
    { key: 'used', header: t('pool.apiKey.lastUsedAt'), cell: (k) => (k.lastUsedAt ? formatDateTime(k.lastUsedAt, lang) : t('pool.apiKey.neverUsed')) },
    {
      key: 'actions', header: t('common.actions'), className: 'actions',
      cell: (k) => (k.revokedAt ? <span className="badge badge-err">{t('pool.apiKey.revokedAt', { at: formatDateTime(k.revokedAt, lang) })}</span> : (
        <button type="button" className="danger-text" onClick={() => setRevoking(k)}>{t('pool.apiKey.revoke')}</button>
      )),
    },
  ];
  return (
    <Page title={t('nav.apiKeys')} actions={<button type="button" className="primary" onClick={() => setCreating(true)}>{t('pool.apiKey.add')}</button>}>
      <p className="muted">{t('pool.apiKey.intro')}</p>
      <div className="filters">
        <CheckboxField label={t('pool.apiKey.includeRevoked')} checked={includeRevoked} onChange={(e) => { setIncludeRevoked(e.target.checked); setPage(1); }} />
      </div>
      <ExplainedErrorNotice error={error} />
      {busy ? <Progress label={busy} /> : null}
      {!loading && data && data.apiKeys.total === 0 ? (
        <div className="panel empty-state">
          <p>{t('pool.apiKey.empty')}</p>
          <button type="button" className="primary" onClick={() => setCreating(true)}>{t('pool.apiKey.add')}</button>
        </div>
      ) : (
        <DataTable caption={t('nav.apiKeys')} columns={columns} rows={data?.apiKeys.items} rowKey={(k) => k.id} loading={loading}
          page={{ page, pageSize, total: data?.apiKeys.total ?? 0, onPage: setPage, onPageSize: (s) => { setPageSize(s); setPage(1); } }} />
      )}
      <Dialog open={creating} title={t('pool.apiKey.createTitle')} onClose={() => setCreating(false)}>
        {creating ? <CreateKeyForm onClose={() => setCreating(false)} /> : null}
      </Dialog>
      <ConfirmDialog
        open={!!revoking}
        title={t('pool.apiKey.revokeTitle')}
        message={revoking ? t('pool.apiKey.revokeConfirm', { name: revoking.name }) : ''}
        confirmLabel={t('pool.apiKey.revoke')}
        onClose={() => setRevoking(null)}
        onConfirm={async () => {
          const k = revoking!;
          setRevoking(null);
          await run(t('common.working'), () => revoke({ variables: { input: { id: k.id } }, refetchQueries: ['ApiKeysList'] }), () => t('pool.apiKey.revoked', { name: k.name }));
        }}
      />
    </Page>
  );
}

function CreateKeyForm({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Set<string>>(new Set(['pool:read']));
  const [expires, setExpires] = useState('');
  const [errors, setErrors] = useState<{ name?: string; scopes?: string }>({});
  const [created, setCreated] = useState<CreateApiKeyMutation['createApiKey'] | null>(null);
  const [create, { loading, error }] = useMutation(CreateApiKeyDocument);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const nameProblem = required(name);
    setErrors({ name: nameProblem && t(nameProblem), scopes: scopes.size === 0 ? t('pool.apiKey.scopesRequired') : undefined });
    if (nameProblem || scopes.size === 0) return;
    try {
      const { data } = await create({
        variables: { input: { name: name.trim(), scopes: API_SCOPES.filter((s) => scopes.has(s)), expiresAt: localToIso(expires) } },
        refetchQueries: ['ApiKeysList'],
      });
      if (data) setCreated(data.createApiKey);
    } catch {
      // shown below
    }
  };
  if (created) {
    return (
      <div>
        <p className="notice notice-warn">{t('pool.apiKey.shownOnce')}</p>
        <SecretBox label={t('pool.apiKey.key')} value={created.key} />
        {created.signingSecret ? <SecretBox label={t('pool.apiKey.signingSecret')} value={created.signingSecret} /> : null}
        <div className="form-actions">
          <button type="button" className="primary" onClick={onClose}>{t('pool.apiKey.done')}</button>
        </div>
      </div>
    );
  }
  const toggle = (s: string, on: boolean) => setScopes((prev) => {
    const next = new Set(prev);
    if (on) next.add(s);
    else next.delete(s);
    return next;
  });
  return (
    <form onSubmit={submit} noValidate>
      <TextField label={t('pool.apiKey.name')} value={name} onChange={(e) => setName(e.target.value)} error={errors.name} maxLength={100} autoFocus />
      <fieldset className="scope-list" aria-describedby={errors.scopes ? 'scope-error' : undefined}>
        <legend>{t('pool.apiKey.scopes')}</legend>
        {API_SCOPES.map((s) => <CheckboxField key={s} label={`${s} — ${t(`pool.apiKey.scope.${s}`)}`} checked={scopes.has(s)} onChange={(e) => toggle(s, e.target.checked)} />)}
      </fieldset>
      {errors.scopes ? <p id="scope-error" className="field-error">{errors.scopes}</p> : null}
      <TextField label={t('pool.apiKey.expiresAt')} type="datetime-local" value={expires} onChange={(e) => setExpires(e.target.value)} hint={t('pool.apiKey.expiresHint')} />
      <ExplainedErrorNotice error={error} />
      {loading ? <Progress label={t('common.working')} /> : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={loading}>{t('pool.apiKey.create')}</button>
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}

