import { useState, type FormEvent } from 'react';
import { request } from '../../../core/graphql-fetch';
import { useI18n } from '../../../core/i18n';
import {
  RedeemDocument, RedeemStatusDocument, RefreshCodeDocument, RequestSwitchDocument, ResendRedeemInviteDocument,
} from '../../../gql/graphql';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { TextField } from '../../../ui/Field';
import { LanguageSwitch } from '../../../ui/LanguageSwitch';
import { Progress } from '../../../ui/Progress';
import { formatDateTime } from '../../../ui/format';
import { email as emailCheck, required, validate } from '../../../ui/validate';

type Tab = 'redeem' | 'status' | 'resend' | 'switch' | 'refresh';
const TABS: Tab[] = ['redeem', 'status', 'resend', 'switch', 'refresh'];

type Outcome = { ok: string } | { error: unknown } | null;

/**
 * The end user's page: one form (code + email) and five things to do with it. Each answer is
 * one sentence: what happened, or why not (from the API's error code), never raw JSON.
 */
export function PublicPage() {
  const { t, lang } = useI18n();
  const [tab, setTab] = useState<Tab>('redeem');
  const [values, setValues] = useState({ code: '', email: '', newEmail: '' });
  const [errors, setErrors] = useState<Partial<Record<'code' | 'email' | 'newEmail', string>>>({});
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const set = (field: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));
  const team = (name: string | null | undefined) => name || t('public.teamUnknown');
  const left = (n: number | null | undefined) => (n === null || n === undefined ? t('public.unlimited') : n);

  async function run(action: () => Promise<string>) {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ ok: await action() });
    } catch (error) {
      setOutcome({ error });
    } finally {
      setBusy(false);
    }
  }

  const submit = (e: FormEvent, which: Tab | 'rebind') => {
    e.preventDefault();
    const rules = { code: [required], email: [emailCheck], ...(which === 'rebind' ? { newEmail: [emailCheck] } : {}) };
    const found = validate(values, rules);
    setErrors(Object.fromEntries(Object.entries(found).map(([k, v]) => [k, t(v as string)])));
    if (Object.keys(found).length) return;
    const code = values.code.trim();
    const email = values.email.trim();
    const opts = { lang };
    void run(async () => {
      switch (which) {
        case 'redeem': {
          const r = (await request(RedeemDocument, { input: { code, email } }, opts)).redeem;
          return t(`public.result.${r.status}`, { email, team: team(r.teamName) });
        }
        case 'status': {
          const s = (await request(RedeemStatusDocument, { code, email }, opts)).redeemStatus;
          return [
            t('public.status.summary', {
              codeStatus: t(`codeStatus.${s.codeStatus}`),
              inviteStatus: s.inviteStatus ? t(`inviteStatus.${s.inviteStatus}`) : t('public.none'),
              team: s.teamName ?? t('public.none'),
            }),
            s.expiresAt ? t('public.status.until', { date: formatDateTime(s.expiresAt, lang) }) : '',
            t('public.status.left', { switches: left(s.switchesLeft), refreshes: left(s.refreshesLeft) }),
            s.switchQueued ? t('public.status.queued') : '',
          ].filter(Boolean).join(' ');
        }
        case 'resend': {
          const r = (await request(ResendRedeemInviteDocument, { input: { code, email } }, opts)).resendRedeemInvite;
          return t('public.resent', { team: team(r.teamName) });
        }
        case 'switch': {
          const r = (await request(RequestSwitchDocument, { input: { code, email } }, opts)).requestSwitch;
          return `${t(`public.switch.${r.status}`, { team: team(r.teamName) })} ${t('public.status.left', { switches: left(r.switchesLeft), refreshes: left(r.refreshesLeft) })}`;
        }
        case 'refresh':
        case 'rebind': {
          const newEmail = which === 'rebind' ? values.newEmail.trim() : undefined;
          const r = (await request(RefreshCodeDocument, { input: { code, email, newEmail } }, opts)).refreshCode;
          return `${t(`public.switch.${r.status}`, { team: team(r.teamName) })} ${t('public.status.left', { switches: left(r.switchesLeft), refreshes: left(r.refreshesLeft) })}`;
        }
      }
    });
  };

  const actionLabel: Record<Tab, string> = {
    redeem: t('public.redeem'),
    status: t('public.checkStatus'),
    resend: t('public.resend'),
    switch: t('public.switch'),
    refresh: t('public.refresh'),
  };

  return (
    <div className="public">
      <header className="public-head">
        <span className="brand">seatpool</span>
        <LanguageSwitch />
      </header>
      <main className="public-card">
        <h1>{t('public.title')}</h1>
        <p className="muted">{t('public.intro')}</p>
        <div className="tabs" role="tablist" aria-label={t('public.tabs')}>
          {TABS.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`tab-${id}`}
              aria-selected={tab === id}
              aria-controls="public-panel"
              className={tab === id ? 'active' : undefined}
              onClick={() => {
                setTab(id);
                setOutcome(null);
              }}
            >
              {t(`public.tab.${id}`)}
            </button>
          ))}
        </div>
        <form id="public-panel" role="tabpanel" aria-labelledby={`tab-${tab}`} onSubmit={(e) => submit(e, tab)} noValidate>
          <TextField label={t('public.code')} name="code" autoComplete="off" spellCheck={false} value={values.code} onChange={set('code')} error={errors.code} hint={t('public.codeHint')} />
          <TextField label={t('public.email')} name="email" type="email" autoComplete="email" value={values.email} onChange={set('email')} error={errors.email} />
          {tab === 'refresh' ? (
            <TextField label={t('public.newEmail')} name="newEmail" type="email" value={values.newEmail} onChange={set('newEmail')} error={errors.newEmail} />
          ) : null}
          <div className="form-actions">
            <button type="submit" className="primary" disabled={busy}>{actionLabel[tab]}</button>
            {tab === 'refresh' ? (
              <button type="button" disabled={busy || !values.newEmail.trim()} onClick={(e) => submit(e, 'rebind')}>{t('public.rebind')}</button>
            ) : null}
          </div>
        </form>
        <div className="public-result" aria-live="polite">
          {busy ? <Progress label={t('common.working')} /> : null}
          {outcome && 'ok' in outcome ? <p className="notice notice-ok" role="status">{outcome.ok}</p> : null}
          {outcome && 'error' in outcome ? <ErrorNotice error={outcome.error} /> : null}
        </div>
      </main>
      <footer className="public-foot muted">{t('public.footer')}</footer>
    </div>
  );
}
