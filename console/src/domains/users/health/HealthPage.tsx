import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../../../core/i18n';
import { formatDateTime } from '../../../ui/format';
import { Badge } from '../../../ui/Badge';
import { Page } from '../../../ui/Page';
import { Progress } from '../../../ui/Progress';
import { servicesOf, type Readiness } from './readiness';

const REFRESH_MS = 10_000;

/** Each service's readiness, from the gateway's /readyz (same origin; it asks every subgraph), every 10 s. */
export default function HealthPage() {
  const { t, lang } = useI18n();
  const [state, setState] = useState<{ at: string; readiness?: Readiness; unreachable?: boolean } | null>(null);
  const load = useCallback(async () => {
    const at = new Date().toISOString();
    try {
      const res = await fetch('/readyz', { headers: { accept: 'application/json' } });
      setState({ at, readiness: (await res.json()) as Readiness });
    } catch {
      setState({ at, unreachable: true });
    }
  }, []);
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  return (
    <Page title={t('nav.health')} actions={<button type="button" onClick={() => void load()}>{t('health.refresh')}</button>}>
      {!state ? <Progress label={t('common.loading')} /> : null}
      {state?.unreachable ? <p className="notice notice-error" role="alert">{t('error.NETWORK')}</p> : null}
      {state?.readiness ? (
        <>
          <p className={`notice ${state.readiness.ok ? 'notice-ok' : 'notice-error'}`} role="status">
            {state.readiness.ok ? t('health.allReady') : t('health.notReady')}
          </p>
          <ul className="health-list" aria-label={t('health.services')}>
            {servicesOf(state.readiness).map((s) => (
              <li key={s.name} className="card">
                <div className="figure">{s.name}</div>
                <Badge value={s.ready ? 'ACTIVE' : 'FAILED'} label={s.ready ? t('health.ready') : t('health.down')} />
              </li>
            ))}
          </ul>
          <p className="muted">{t('health.checkedAt', { time: formatDateTime(state.at, lang) })}</p>
        </>
      ) : null}
    </Page>
  );
}
