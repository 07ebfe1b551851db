import { statusCounts, type Orm } from '@seatpool/kit';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { CODE_STATUSES, INVITE_STATUSES, JOB_TYPES, SWITCH_KINDS } from './entities';

export interface UsersMetrics {
  /** One finished redeem: `outcome` is the answer (`invite_sent`, `processing`, …) or the error code, lower-cased. */
  redeemed(outcome: string, seconds: number): void;
  /** A switch request reached `outcome` (its status: succeeded, queued, running, failed, …). */
  switched(kind: string, outcome: string): void;
  /** An invite action through pool (resend, cancel, remove) and whether pool did it. */
  inviteAction(action: string, outcome: 'ok' | 'failed'): void;
  /** A pool event applied (accepted, released, lost). */
  poolEvent(type: string): void;
  /** `resumed`: an item whose worker died mid-call, finished without repeating its side effect. */
  jobItem(type: string, outcome: 'succeeded' | 'failed' | 'resumed', n?: number): void;
  jobRun(type: string, seconds: number): void;
  jobFinished(type: string, status: string): void;
  jobRetried(type: string): void;
  jobReclaimed(type: string): void;
}

type Row = { k: string; n: number | string };
type Counts = (orm: Orm) => Promise<Partial<Record<string, number>>>;

/** Counts of a grouped `select … as k, count(*) as n` statement. */
const grouped = (sql: string): Counts => async (orm) => {
  const rows = (await orm.em.fork().getConnection().execute(sql)) as Row[];
  return Object.fromEntries(rows.map((r) => [r.k, Number(r.n)]));
};

/** A table's rows by status, as the dashboard counts them (kit's `statusCounts`: cheap on SQLite at a million codes). */
const byStatus = (table: string, statuses: readonly string[]): Counts => (orm) => statusCounts(orm.em.fork(), table, statuses);

/** A gauge read from the database on each scrape (never stale, never unset). */
function liveGauge(registry: Registry, orm: Orm, name: string, help: string, label: string, count: Counts, values: readonly string[]) {
  new Gauge({
    name,
    help,
    labelNames: [label],
    registers: [registry],
    async collect() {
      const counts = await count(orm);
      for (const v of values) this.set({ [label]: v }, counts[v] ?? 0);
    },
  });
}

/** The users business metrics: counters as things happen, gauges from the database on scrape. */
export function createUsersMetrics(registry: Registry, orm: Orm): UsersMetrics {
  liveGauge(registry, orm, 'seatpool_users_codes', 'Redeem codes by status', 'status', byStatus('redeem_code', CODE_STATUSES), CODE_STATUSES);
  liveGauge(registry, orm, 'seatpool_users_invites', 'Invite requests by status', 'status', byStatus('invite_request', INVITE_STATUSES), INVITE_STATUSES);
  liveGauge(registry, orm, 'seatpool_users_switch_queue_length', 'Open switch requests by status (queued: waiting for a seat; running: placing)', 'status',
    grouped("select status as k, count(*) as n from switch_request where status in ('queued', 'running') group by status"), ['queued', 'running']);
  liveGauge(registry, orm, 'seatpool_users_batch_jobs', 'Batch jobs waiting or running (the job queue length)', 'status',
    grouped("select status as k, count(*) as n from batch_job where status in ('pending', 'running') group by status"), ['pending', 'running']);
  liveGauge(registry, orm, 'seatpool_users_seat_releases_pending', 'Seats given up that pool has not confirmed released yet', 'status',
    grouped("select status as k, count(*) as n from seat_release where status in ('pending', 'failed') group by status"), ['pending', 'failed']);
  const counter = (name: string, help: string, labelNames: string[]) => new Counter({ name, help, labelNames, registers: [registry] });
  const redeems = counter('seatpool_users_redeems_total', 'Redeem requests by outcome', ['outcome']);
  const duration = new Histogram({
    name: 'seatpool_users_redeem_duration_seconds',
    help: 'Redeem request duration in seconds, by outcome',
    labelNames: ['outcome'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 45, 60],
    registers: [registry],
  });
  const switches = counter('seatpool_users_switches_total', 'Switch, refresh and rebind outcomes by kind', ['kind', 'outcome']);
  const invites = counter('seatpool_users_invite_actions_total', 'Invite actions through pool by action and outcome', ['action', 'outcome']);
  const events = counter('seatpool_users_pool_events_total', 'Pool events applied, by type', ['type']);
  const items = counter('seatpool_users_job_items_total', 'Batch job items run, by job type and outcome', ['type', 'outcome']);
  const finished = counter('seatpool_users_jobs_finished_total', 'Batch jobs finished, by type and final status', ['type', 'status']);
  const retries = counter('seatpool_users_job_retries_total', 'Batch job attempts after the first (backoff retries and reclaims)', ['type']);
  const reclaims = counter('seatpool_users_job_reclaims_total', 'Batch jobs taken over after their runner stopped renewing the lease', ['type']);
  const jobDuration = new Histogram({
    name: 'seatpool_users_job_run_duration_seconds',
    help: 'Duration of one batch job attempt in seconds',
    labelNames: ['type'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
    registers: [registry],
  });
  // Known series start at 0, so a dashboard shows "none yet" instead of "no data".
  for (const outcome of ['invite_sent', 'already_in_team', 'processing', 'no_capacity', 'upstream_unavailable']) redeems.inc({ outcome }, 0);
  for (const kind of SWITCH_KINDS) for (const outcome of ['succeeded', 'queued', 'failed']) switches.inc({ kind, outcome }, 0);
  for (const action of ['resend', 'cancel', 'remove']) for (const outcome of ['ok', 'failed'] as const) invites.inc({ action, outcome }, 0);
  for (const type of JOB_TYPES) {
    for (const outcome of ['succeeded', 'failed']) items.inc({ type, outcome }, 0);
    for (const status of ['succeeded', 'partially_failed', 'failed']) finished.inc({ type, status }, 0);
    retries.inc({ type }, 0);
    reclaims.inc({ type }, 0);
  }
  return {
    redeemed(outcome, seconds) {
      redeems.inc({ outcome });
      duration.observe({ outcome }, seconds);
    },
    switched: (kind, outcome) => switches.inc({ kind, outcome }),
    inviteAction: (action, outcome) => invites.inc({ action, outcome }),
    poolEvent: (type) => events.inc({ type: type.slice(0, 40) }),
    jobItem: (type, outcome, n = 1) => items.inc({ type, outcome }, n),
    jobRun: (type, seconds) => jobDuration.observe({ type }, seconds),
    jobFinished: (type, status) => finished.inc({ type, status }),
    jobRetried: (type) => retries.inc({ type }),
    jobReclaimed: (type) => reclaims.inc({ type }),
  };
}
