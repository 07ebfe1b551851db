import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../core/i18n';
import {
  OverviewDashboardDocument, OverviewRecentAuditDocument, OverviewTrendsDocument,
  type OverviewDashboardQuery, type OverviewRecentAuditQuery, type TrendGranularity,
} from '../../../gql/graphql';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { CheckboxField } from '../../../ui/Field';
import { formatDateTime } from '../../../ui/format';
import { Page } from '../../../ui/Page';
import { Progress } from '../../../ui/Progress';
import '../stats.css';
import { TrendChart } from './TrendChart';

type Dashboard = OverviewDashboardQuery['dashboard'];
type GroupUsage = Dashboard['motherGroupUsage'][number];
type PoolUsage = Dashboard['poolGroupUsage'][number];
type AuditEntry = OverviewRecentAuditQuery['auditLogs']['items'][number];

const REFRESH_MS = 30_000;
const REFRESH_KEY = 'seatpool.overview.autoRefresh';
export const RANGES: { id: string; days: number; granularity: TrendGranularity }[] = [
  { id: '48h', days: 2, granularity: 'HOUR' },
  { id: '7d', days: 7, granularity: 'DAY' },
  { id: '30d', days: 30, granularity: 'DAY' },
  { id: '90d', days: 90, granularity: 'DAY' },
];

const pct = (v: number | null | undefined) => (v == null ? '—' : `${Math.round(v * 1000) / 10}%`);

function readAutoRefresh(): boolean {
  try {
    return localStorage.getItem(REFRESH_KEY) !== '0';
  } catch {
    return true;
  }
}

export default function OverviewPage() {
  const { t, lang } = useI18n();
  const [auto, setAuto] = useState(readAutoRefresh);
  const [rangeId, setRangeId] = useState('7d');
  const range = RANGES.find((r) => r.id === rangeId) ?? RANGES[1];
  const poll = auto ? REFRESH_MS : 0;
  const dash = useQuery(OverviewDashboardDocument, { pollInterval: poll });
  const trends = useQuery(OverviewTrendsDocument, { variables: { days: range.days, granularity: range.granularity }, pollInterval: poll });
  const audit = useQuery(OverviewRecentAuditDocument, { pollInterval: poll });
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  useEffect(() => {
    if (dash.data) setUpdatedAt(new Date());
  }, [dash.data]);
  const toggleAuto = (on: boolean) => {
    setAuto(on);
    try {
      localStorage.setItem(REFRESH_KEY, on ? '1' : '0');
    } catch {
      // not remembered; still applies now
    }
  };
  const refresh = () => {
    void dash.refetch();
    void trends.refetch();
    void audit.refetch();
  };

  const d = dash.data?.dashboard;
  const tr = trends.data?.trends;
  return (
    <Page
      title={t('nav.overview')}
      actions={
        <div className="overview-head">
          <CheckboxField label={t('stats.autoRefresh')} checked={auto} onChange={(e) => toggleAuto(e.target.checked)} />
          <button type="button" onClick={refresh} disabled={dash.loading}>{t('stats.refresh')}</button>
        </div>
      }
    >
      {updatedAt ? <p className="muted small" role="status">{t('stats.updatedAt', { at: updatedAt.toLocaleTimeString(lang === 'zh' ? 'zh-CN' : 'en-GB') })}{auto ? ` · ${t('stats.every30s')}` : ''}</p> : null}
      <ErrorNotice error={dash.error} />
      {!d && dash.loading ? <Progress label={t('common.loading')} /> : null}
      {d ? <Figures d={d} /> : null}

      <section className="panel" aria-labelledby="trends-title">
        <div className="panel-head">
          <h2 id="trends-title">{t('stats.trends')}</h2>
          <div className="range" role="group" aria-label={t('stats.trends.range')}>
            {RANGES.map((r) => (
              <button key={r.id} type="button" aria-pressed={r.id === rangeId} onClick={() => setRangeId(r.id)}>{t(`stats.range.${r.id}`)}</button>
            ))}
          </div>
        </div>
        <ErrorNotice error={trends.error} />
        {tr ? (
          <TrendChart
            title={t('stats.trends.chart', { range: t(`stats.range.${range.id}`) })}
            hourly={tr.granularity === 'HOUR'}
            series={[
              { key: 'redeems', label: t('stats.series.redeems'), points: tr.redeems },
              { key: 'invitesSent', label: t('stats.series.invitesSent'), points: tr.invitesSent },
              { key: 'invitesFailed', label: t('stats.series.invitesFailed'), points: tr.invitesFailed },
              { key: 'switches', label: t('stats.series.switches'), points: tr.switches },
              { key: 'mothersAdded', label: t('stats.series.mothersAdded'), points: tr.mothersAdded },
              { key: 'mothersLost', label: t('stats.series.mothersLost'), points: tr.mothersLost },
            ]}
          />
        ) : trends.loading ? <Progress label={t('common.loading')} /> : null}
      </section>

      {d ? <GroupUsage d={d} /> : null}

      <section className="overview-section" aria-labelledby="audit-title">
        <div className="panel-head">
          <h2 id="audit-title">{t('stats.audit')}</h2>
          <Link to="/audit">{t('stats.audit.all')}</Link>
        </div>
        <ErrorNotice error={audit.error} />
        <DataTable<AuditEntry>
          caption={t('stats.audit')}
          rows={audit.data?.auditLogs.items}
          rowKey={(a) => a.id}
          loading={audit.loading}
          columns={[
            { key: 'at', header: t('stats.audit.at'), cell: (a) => formatDateTime(a.createdAt, lang) },
            { key: 'actor', header: t('stats.audit.actor'), className: 'code', cell: (a) => a.actor },
            { key: 'action', header: t('stats.audit.action'), className: 'code', cell: (a) => a.action },
            { key: 'target', header: t('stats.audit.target'), cell: (a) => (a.targetType ? `${a.targetType}${a.targetId ? ` ${a.targetId}` : ''}` : '—') },
          ]}
        />
      </section>
    </Page>
  );
}

function FigGroup({ title, main, sub, negative, children }: { title: string; main: ReactNode; sub?: string; negative?: boolean; children?: ReactNode }) {
  return (
    <section className="fig-group" aria-label={title}>
      <h2>{title}</h2>
      <div className={`fig-main${negative ? ' neg' : ''}`}>{main}</div>
      {sub ? <div className="fig-sub">{sub}</div> : null}
      {children}
    </section>
  );
}

function List({ rows }: { rows: [string, ReactNode, boolean?][] }) {
  return (
    <dl className="fig-list">
      {rows.map(([k, v, bad]) => (
        <div key={k} className="contents">
          <dt>{k}</dt>
          <dd className={bad ? 'bad' : undefined}>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function Figures({ d }: { d: Dashboard }) {
  const { t, lang } = useI18n();
  const w = d.redeemSuccess;
  const since = (iso: string | null | undefined) => (iso ? formatDateTime(iso, lang) : '—');
  return (
    <div className="fig-groups">
      <FigGroup title={t('stats.codes')} main={d.redeemableCodes} sub={t('stats.codes.redeemable')}>
        <List rows={[
          [t('stats.codes.total'), d.codes.total], [t('stats.codes.unused'), d.codes.unused], [t('stats.codes.reserved'), d.codes.reserved],
          [t('stats.codes.used'), d.codes.used], [t('stats.codes.disabled'), d.codes.disabled], [t('stats.codes.expired'), d.codes.expired],
        ]} />
      </FigGroup>
      <FigGroup title={t('stats.quota')} main={d.codeQuota} negative={d.codeQuota < 0} sub={d.codeQuota < 0 ? t('stats.quota.oversold') : t('stats.quota.hint')}>
        <List rows={[[t('stats.quota.sellable'), d.sellableSeats], [t('stats.quota.redeemable'), d.redeemableCodes]]} />
      </FigGroup>
      <FigGroup title={t('stats.seats')} main={pct(d.seatUtilisation)} sub={t('stats.seats.utilisation')}>
        <div className="bar"><progress max={1} value={d.seatUtilisation} aria-label={t('stats.seats.utilisation')} /></div>
        <List rows={[[t('stats.seats.total'), d.seats.total], [t('stats.seats.free'), d.seats.free], [t('stats.seats.held'), d.seats.held], [t('stats.seats.used'), d.seats.used]]} />
      </FigGroup>
      <FigGroup title={t('stats.mothers')} main={d.mothers.total} sub={t('stats.mothers.activeOf', { active: d.mothers.active })}>
        <List rows={[
          [t('stats.mothers.invalid'), d.mothers.invalid, d.mothers.invalid > 0], [t('stats.mothers.disabled'), d.mothers.disabled],
          [t('stats.health.healthy'), d.motherHealth.healthy], [t('stats.health.failing'), d.motherHealth.failing, d.motherHealth.failing > 0],
          [t('stats.health.unknown'), d.motherHealth.unknown],
          [t('stats.teams'), t('stats.teams.cell', { enabled: d.teams.enabled, total: d.teams.total, lost: d.teams.lost })],
        ]} />
      </FigGroup>
      <FigGroup title={t('stats.invites')} main={d.invites.sent + d.invites.accepted} sub={t('stats.invites.placed')}>
        <List rows={[
          [t('stats.invites.pending'), d.invites.pending], [t('stats.invites.sent'), d.invites.sent], [t('stats.invites.accepted'), d.invites.accepted],
          [t('stats.invites.failed'), d.invites.failed, d.invites.failed > 0], [t('stats.invites.cancelled'), d.invites.cancelled], [t('stats.invites.removed'), d.invites.removed],
        ]} />
      </FigGroup>
      <FigGroup title={t('stats.queues')} main={d.switchQueue.queued + d.switchQueue.running + d.batchQueue.pending + d.batchQueue.running} sub={t('stats.queues.waiting')}>
        <List rows={[
          [t('stats.queues.switchQueued'), d.switchQueue.queued], [t('stats.queues.switchRunning'), d.switchQueue.running],
          [t('stats.queues.oldestSwitch'), since(d.switchQueue.oldestQueuedAt)],
          [t('stats.queues.batchPending'), d.batchQueue.pending], [t('stats.queues.batchRunning'), d.batchQueue.running],
          [t('stats.queues.oldestBatch'), since(d.batchQueue.oldestPendingAt)],
        ]} />
      </FigGroup>
      <FigGroup title={t('stats.redeem')} main={pct(w.last24Hours.successRate)} sub={t('stats.redeem.rate24h')}>
        <List rows={[
          [t('stats.redeem.lastHour'), t('stats.redeem.cell', { ok: w.lastHour.succeeded, failed: w.lastHour.failed, rate: pct(w.lastHour.successRate) })],
          [t('stats.redeem.last24Hours'), t('stats.redeem.cell', { ok: w.last24Hours.succeeded, failed: w.last24Hours.failed, rate: pct(w.last24Hours.successRate) })],
          [t('stats.redeem.last7Days'), t('stats.redeem.cell', { ok: w.last7Days.succeeded, failed: w.last7Days.failed, rate: pct(w.last7Days.successRate) })],
          [t('stats.redeem.pending'), w.last24Hours.pending],
        ]} />
      </FigGroup>
    </div>
  );
}

function GroupUsage({ d }: { d: Dashboard }) {
  const { t } = useI18n();
  const seatsCell = (s: { used: number; held: number; total: number }) => t('stats.usage.seatsCell', { used: s.used + s.held, total: s.total });
  const groupCols: Column<GroupUsage>[] = [
    { key: 'name', header: t('stats.usage.group'), cell: (g) => <Link to={`/mothers?group=${encodeURIComponent(g.motherGroupId)}`}>{g.name}</Link> },
    { key: 'mothers', header: t('stats.usage.mothers'), className: 'num', cell: (g) => t('stats.usage.mothersCell', { active: g.activeMothers, total: g.mothers }) },
    { key: 'failing', header: t('stats.health.failing'), className: 'num', cell: (g) => g.failingMothers },
    { key: 'seats', header: t('stats.usage.seats'), className: 'num', cell: (g) => seatsCell(g.seats) },
    { key: 'codes', header: t('stats.usage.codesRedeemed'), className: 'num', cell: (g) => g.codesRedeemed },
    { key: 'rate', header: t('stats.usage.acceptance'), className: 'num', cell: (g) => pct(g.inviteAcceptanceRate) },
  ];
  const poolCols: Column<PoolUsage>[] = [
    { key: 'name', header: t('stats.usage.poolGroup'), cell: (g) => <Link to={`/mothers?pool=${encodeURIComponent(g.poolGroupId)}`}>{g.name}</Link> },
    { key: 'active', header: t('stats.usage.active'), cell: (g) => (g.isActive ? t('common.yes') : t('common.no')) },
    { key: 'mothers', header: t('stats.usage.mothers'), className: 'num', cell: (g) => t('stats.usage.mothersCell', { active: g.activeMothers, total: g.mothers }) },
    { key: 'failing', header: t('stats.health.failing'), className: 'num', cell: (g) => g.failingMothers },
    { key: 'seats', header: t('stats.usage.seats'), className: 'num', cell: (g) => seatsCell(g.seats) },
    { key: 'children', header: t('stats.usage.children'), className: 'num', cell: (g) => g.childAccounts },
  ];
  return (
    <section className="overview-section" aria-labelledby="usage-title">
      <h2 id="usage-title">{t('stats.usage')}</h2>
      {d.motherGroupUsage.length === 0 && d.poolGroupUsage.length === 0 ? (
        <p className="panel muted">{t('stats.usage.none')}</p>
      ) : (
        <>
          {d.motherGroupUsage.length ? <DataTable caption={t('stats.usage.motherGroups')} columns={groupCols} rows={d.motherGroupUsage} rowKey={(g) => g.motherGroupId} /> : null}
          {d.poolGroupUsage.length ? (
            <>
              <h3 className="sub-title">{t('stats.usage.poolGroups')}</h3>
              <DataTable caption={t('stats.usage.poolGroups')} columns={poolCols} rows={d.poolGroupUsage} rowKey={(g) => g.poolGroupId} />
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
