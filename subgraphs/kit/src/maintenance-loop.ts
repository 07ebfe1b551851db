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
 * Runs `tick` every `intervalMs` on the one replica that holds the lease. The lease lasts three
 * intervals + 5 s and is renewed every interval while a tick runs, so a slow tick keeps it; a dead
 * holder's lease expires at most 3 intervals + 5 s after its last renewal and the next replica
 * round (≤ 1 interval later) takes it: takeover within about 4 intervals + 5 s.
 * Rounds never overlap within a process: `runOnce` waits for a scheduled round and vice versa.
 */
export function startMaintenanceLoop(opts: LoopOptions) {
  const holder = `${process.pid}-${randomUUID().slice(0, 8)}`;
  const ttlMs = opts.intervalMs * 3 + 5_000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  // The tail of the round queue: each round starts after the previous one has settled.
  let queue: Promise<void> = Promise.resolve();

  const renewWhileRunning = () => {
    const renewal = setInterval(() => {
      acquireLease(opts.orm.em.fork(), opts.name, holder, ttlMs).then(
        (held) => {
          if (!held) opts.logger.error({ loop: opts.name, holder }, 'maintenance lease lost during a round; another replica may run concurrently');
        },
        (err: unknown) => opts.logger.error({ err, loop: opts.name }, 'maintenance lease renewal failed'),
      );
    }, opts.intervalMs);
    renewal.unref();
    return () => clearInterval(renewal);
  };

  const round = async () => {
    const em = opts.orm.em.fork();
    let held: boolean;
    try {
      held = await acquireLease(em, opts.name, holder, ttlMs);
    } catch (err) {
      opts.logger.error({ err, loop: opts.name }, 'maintenance lease check failed (database unavailable?); round skipped');
      return;
    }
    if (!held) return;
    const stopRenewing = renewWhileRunning();
    try {
      await opts.tick(em);
    } catch (err) {
      opts.logger.error({ err, loop: opts.name }, 'maintenance round failed');
    } finally {
      stopRenewing();
    }
  };
  const exclusive = (): Promise<void> => {
    const next = queue.then(round);
    queue = next;
    return next;
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = exclusive().finally(schedule);
    }, opts.intervalMs);
    timer.unref();
  };
  schedule();

  return {
    holder,
    /** Runs one round now (tests and admin triggers), still under the lease, after any round in flight. */
    runOnce: () => exclusive(),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      await queue;
      await releaseLease(opts.orm.em.fork(), opts.name, holder).catch((err: unknown) =>
        opts.logger.warn({ err, loop: opts.name }, 'maintenance lease not released; it expires on its own'),
      );
    },
  };
}
