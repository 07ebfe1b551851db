import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../core/i18n';
import { setSession } from '../../../core/session';
import {
  AdminLogoutDocument, AdminSettingsDocument, ChangeAdminPasswordDocument, RevokeAdminSessionDocument, RevokeOtherAdminSessionsDocument,
} from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ErrorNotice, useErrorText } from '../../../ui/ErrorNotice';
import { TextField } from '../../../ui/Field';
import { formatDateTime } from '../../../ui/format';
import { LanguageSwitch } from '../../../ui/LanguageSwitch';
import { Page } from '../../../ui/Page';
import { useToast } from '../../../ui/Toasts';
import { validatePassword, type PasswordForm } from './password-form';

const EMPTY: PasswordForm = { current: '', next: '', confirm: '' };

/** The operator's account: password, active sessions (revoke one or all others), language, log out. */
export default function SettingsPage() {
  const { t, lang } = useI18n();
  const toast = useToast();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [page, setPage] = useState(1);
  const { data, loading, error, refetch } = useQuery(AdminSettingsDocument, { variables: { page, pageSize: 20 } });
  const [form, setForm] = useState<PasswordForm>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof PasswordForm, string>>>({});
  const [change, changing] = useMutation(ChangeAdminPasswordDocument);
  const [revoke] = useMutation(RevokeAdminSessionDocument);
  const [revokeOthers, revokingOthers] = useMutation(RevokeOtherAdminSessionsDocument);
  const [logout] = useMutation(AdminLogoutDocument);
  const set = (k: keyof PasswordForm) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));

  const submitPassword = async (e: FormEvent) => {
    e.preventDefault();
    const found = validatePassword(form);
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      const { data: d } = await change({ variables: { input: { currentPassword: form.current, newPassword: form.next } } });
      setForm(EMPTY);
      toast('ok', t('settings.passwordChanged', { count: d?.changeAdminPassword.revokedSessions ?? 0 }));
      await refetch();
    } catch {
      // shown under the form
    }
  };
  const doLogout = async () => {
    try {
      await logout();
    } catch {
      // forgotten locally either way
    }
    setSession(null);
    await client.clearStore();
    navigate('/login?loggedOut=1', { replace: true });
  };

  type Row = NonNullable<typeof data>['adminSessions']['items'][number];
  const columns: Column<Row>[] = [
    { key: 'created', header: t('settings.sessionStarted'), cell: (s) => formatDateTime(s.createdAt, lang) },
    { key: 'seen', header: t('settings.lastSeen'), cell: (s) => formatDateTime(s.lastSeenAt, lang) },
    { key: 'expires', header: t('settings.expires'), cell: (s) => formatDateTime(s.expiresAt, lang) },
    { key: 'ip', header: t('audit.ip'), cell: (s) => s.ip ?? '—' },
    { key: 'current', header: t('settings.thisSession'), cell: (s) => (s.current ? <Badge value="true" label={t('settings.thisSession')} /> : '') },
    {
      key: 'actions',
      header: t('common.actions'),
      cell: (s) =>
        s.current ? null : (
          <button
            type="button"
            onClick={async () => {
              try {
                await revoke({ variables: { input: { sessionId: s.id } } });
                toast('ok', t('settings.revoked'));
                await refetch();
              } catch (err) {
                toast('error', errorText(err));
              }
            }}
          >
            {t('settings.revoke')}
          </button>
        ),
    },
  ];
  const me = data?.adminMe;
  return (
    <Page title={t('nav.settings')} actions={<button type="button" onClick={doLogout}>{t('nav.logout')}</button>}>
      <ErrorNotice error={error} />
      <div className="panel">
        <h2>{t('settings.account')}</h2>
        <dl className="kv">
          <dt>{t('settings.name')}</dt>
          <dd>{me?.name ?? '—'}</dd>
          <dt>{t('settings.passwordChangedAt')}</dt>
          <dd>{formatDateTime(me?.passwordChangedAt, lang)}</dd>
          <dt>{t('settings.sessionExpires')}</dt>
          <dd>{formatDateTime(me?.sessionExpiresAt, lang)}</dd>
          <dt>{t('lang.label')}</dt>
          <dd><LanguageSwitch /></dd>
        </dl>
      </div>
      <div className="panel">
        <h2>{t('settings.changePassword')}</h2>
        <form onSubmit={submitPassword} noValidate className="narrow-form">
          <input type="text" name="username" autoComplete="username" value="admin" readOnly hidden />
          <TextField label={t('settings.currentPassword')} type="password" autoComplete="current-password" value={form.current} onChange={set('current')} error={errors.current && t(errors.current)} />
          <TextField label={t('settings.newPassword')} type="password" autoComplete="new-password" value={form.next} onChange={set('next')} error={errors.next && t(errors.next)} hint={t('settings.passwordHint')} />
          <TextField label={t('settings.confirmPassword')} type="password" autoComplete="new-password" value={form.confirm} onChange={set('confirm')} error={errors.confirm && t(errors.confirm)} />
          <ErrorNotice error={changing.error} />
          <button type="submit" className="primary" disabled={changing.loading}>{t('settings.changePassword')}</button>
        </form>
      </div>
      <div className="page-head">
        <h2>{t('settings.sessions')}</h2>
        <button
          type="button"
          disabled={revokingOthers.loading}
          onClick={async () => {
            try {
              const { data: d } = await revokeOthers();
              toast('ok', t('settings.revokedOthers', { count: d?.revokeOtherAdminSessions ?? 0 }));
              await refetch();
            } catch (err) {
              toast('error', errorText(err));
            }
          }}
        >
          {t('settings.revokeOthers')}
        </button>
      </div>
      <DataTable
        caption={t('settings.sessions')}
        columns={columns}
        rows={data?.adminSessions.items}
        rowKey={(s) => s.id}
        loading={loading}
        page={{ page, pageSize: 20, total: data?.adminSessions.total ?? 0, onPage: setPage }}
      />
    </Page>
  );
}
