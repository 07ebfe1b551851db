import type { Orm } from '@seatpool/kit';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { CODE_STATUSES } from './entities';

export interface UsersMetrics {
  /** One finished redeem: `outcome` is the answer (`invite_sent`, `processing`, …) or the error code, lower-cased. */
  redeemed(outcome: string, seconds: number): void;
}

/** The users business metrics. Code counts are read from the database on each scrape, never left stale. */
export function createUsersMetrics(registry: Registry, orm: Orm): UsersMetrics {
  new Gauge({
    name: 'seatpool_users_codes',
    help: 'Redeem codes by status',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const rows = (await orm.em.fork().getConnection().execute('select status, count(*) as n from redeem_code group by status')) as {
        status: string;
        n: number | string;
      }[];
      const counts = new Map(rows.map((r) => [r.status, Number(r.n)]));
      for (const status of CODE_STATUSES) this.set({ status }, counts.get(status) ?? 0);
    },
  });
  const redeems = new Counter({
    name: 'seatpool_users_redeems_total',
    help: 'Redeem requests by outcome',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'seatpool_users_redeem_duration_seconds',
    help: 'Redeem request duration in seconds, by outcome',
    labelNames: ['outcome'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 45, 60],
    registers: [registry],
  });
  return {
    redeemed(outcome, seconds) {
      redeems.inc({ outcome });
      duration.observe({ outcome }, seconds);
    },
  };
}

