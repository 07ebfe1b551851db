import type { EntityManager } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { acquireLease, releaseLease } from './lease';
import type { Logger } from './logger';
import type { Orm } from './orm';

export interface LoopOptions {
  /** Lease name; one runner per name across all replicas sharing the database. */
  name: string;
  orm: Orm;
  logger: Logger;
  intervalMs: number;
  /** One round of work with its own entity manager. Errors are logged; the loop goes on. */
  tick: (em: EntityManager) => Promise<void>;
}

/**
 * Runs `tick` every `intervalMs` on the one replica that holds the lease. The lease outlives
 * three intervals so a slow tick keeps it, and a dead holder is replaced after that.
 */
export function startMaintenanceLoop(opts: LoopOptions) {
  const holder = `${process.pid}-${randomUUID().slice(0, 8)}`;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const round = async () => {
    const em = opts.orm.em.fork();
    try {
      if (!(await acquireLease(em, opts.name, holder, opts.intervalMs * 3 + 5_000))) return;
      await opts.tick(em);
    } catch (err) {
      opts.logger.error({ err, loop: opts.name }, 'maintenance round failed');
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = round().finally(schedule);
    }, opts.intervalMs);
    timer.unref();
  };
  schedule();

  return {
    holder,
    /** Runs one round now (tests and admin triggers), still under the lease. */
    runOnce: () => round(),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      await releaseLease(opts.orm.em.fork(), opts.name, holder).catch(() => undefined);
    },
  };
}
