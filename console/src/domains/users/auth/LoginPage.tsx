import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../../core/i18n';
import { setSession } from '../../../core/session';
import { AdminLoginDocument } from '../../../gql/graphql';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { TextField } from '../../../ui/Field';
import { LanguageSwitch } from '../../../ui/LanguageSwitch';
import { required } from '../../../ui/validate';

/** Where to go after logging in: only a path inside the console (never another site). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

export default function LoginPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [login, { loading, error }] = useMutation(AdminLoginDocument);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = required(password);
    setFieldError(problem && t(problem));
    if (problem) return;
    try {
      const { data } = await login({ variables: { input: { password } } });
      if (!data) return;
      setSession({ token: data.adminLogin.token, expiresAt: data.adminLogin.expiresAt });
      navigate(safeNext(params.get('next')), { replace: true });
    } catch {
      // shown by <ErrorNotice> from the mutation state
    }
  };

  return (
    <div className="login">
      <div className="login-card">
        <div className="login-head">
          <span className="brand">seatpool</span>
          <LanguageSwitch />
        </div>
        <h1>{t('login.title')}</h1>
        {params.get('expired') ? <p className="notice" role="status">{t('login.expired')}</p> : null}
        {params.get('loggedOut') ? <p className="notice" role="status">{t('login.loggedOut')}</p> : null}
        <form onSubmit={submit} noValidate>
          {/* One admin account: the hidden user name only helps password managers. */}
          <input type="text" name="username" autoComplete="username" value="admin" readOnly hidden />
          <TextField label={t('login.password')} type="password" autoComplete="current-password" value={password} error={fieldError} onChange={(e) => setPassword(e.target.value)} autoFocus />
          <ErrorNotice error={error} context="login" />
          <button type="submit" className="primary" disabled={loading}>{loading ? t('common.working') : t('login.submit')}</button>
        </form>
      </div>
    </div>
  );
}
