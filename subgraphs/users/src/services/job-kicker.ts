import type { Logger } from '@seatpool/kit';

/**
 * Runs batch jobs in this process soon after one is enqueued, instead of waiting for the next
 * maintenance round. One run at a time; a kick during a run schedules one more run after it.
 * Claims are conditional updates, so this and the maintenance runner never take the same job.
 */
export function createJobKicker(run: () => Promise<unknown>, logger: Logger) {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const loop = async () => {
    do {
      again = false;
      await run().catch((err) => logger.error({ err }, 'batch job run failed'));
    } while (again && !stopped);
  };
  return {
    kick() {
      if (stopped) return;
      if (running) {
        again = true;
        return;
      }
      running = loop().finally(() => {
        running = null;
      });
    },
    /** Stops accepting kicks and waits for the current run (shutdown). */
    async stop() {
      stopped = true;
      while (running) await running;
    },
  };
}
