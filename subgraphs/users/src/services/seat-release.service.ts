import type { EntityManager } from '@mikro-orm/core';
import { ServiceCallError, type Logger } from '@seatpool/kit';
import type { PoolClient } from '../clients/pool.client';
import { SeatRelease, type SeatReleaseReason } from '../entities';

const MAX_ATTEMPTS = 12;
const BASE_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 3_600_000;
const DONE = new Set(['RELEASED', 'FAILED', 'ABORTED']);

export interface SeatReleaseDeps {
  pool: PoolClient;
  now: () => Date;
  logger: Logger;
  requestId: string;
}

/**
 * Seats users has given up (old seat after a switch, an ended lifecycle). A release is recorded in
 * the transaction that gives the seat up, then sent to pool at once; a failed call is retried by
 * maintenance with backoff until pool confirms (`releasePlacement` is idempotent per key).
 */
export class SeatReleaseService {
  constructor(private readonly em: EntityManager, private readonly deps: SeatReleaseDeps) {}

  /** Records the release with `tx` (the caller's transaction); a key already recorded is left as is. */
  static async record(tx: EntityManager, key: string, codeId: string | null, reason: SeatReleaseReason, now: Date): Promise<void> {
    if (await tx.count(SeatRelease, { placementKey: key })) return;
    await tx.insert(SeatRelease, { placementKey: key, codeId, reason, status: 'pending', attempts: 0, nextAttemptAt: now, createdAt: now });
  }

  /** Asks pool to free the seat under `key` now; true when pool confirmed. Never throws for pool failures. */
  async releaseNow(key: string): Promise<boolean> {
    const row = await this.em.findOne(SeatRelease, { placementKey: key, status: 'pending' }, { refresh: true });
    if (!row) return false;
    let error: string;
    try {
      const placement = await this.deps.pool.releasePlacement({ idempotencyKey: key, reason: row.reason }, this.deps.requestId);
      if (DONE.has(placement.status)) {
        await this.em.nativeUpdate(SeatRelease, { placementKey: key, status: 'pending' }, { status: 'done', doneAt: this.deps.now(), attempts: row.attempts + 1, lastError: null });
        return true;
      }
      error = `pool answered ${placement.status}`;
    } catch (err) {
      if (!(err instanceof ServiceCallError)) throw err;
      if (err.code === 'NOT_FOUND') {
        await this.em.nativeUpdate(SeatRelease, { placementKey: key, status: 'pending' }, { status: 'done', doneAt: this.deps.now(), lastError: 'NOT_FOUND' });
        return true;
      }
      error = err.code ?? err.kind;
    }
    const attempts = row.attempts + 1;
    const backoff = Math.min(BASE_BACKOFF_MS * 2 ** (attempts - 1), MAX_BACKOFF_MS);
    await this.em.nativeUpdate(
      SeatRelease,
      { placementKey: key, status: 'pending' },
      { attempts, lastError: error.slice(0, 64), status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending', nextAttemptAt: new Date(this.deps.now().getTime() + backoff) },
    );
    this.deps.logger[attempts >= MAX_ATTEMPTS ? 'error' : 'warn']({ placementKey: key, attempts, error }, 'pool did not release a seat');
    return false;
  }

  /** One pass over due releases (maintenance). */
  async drain(limit = 50): Promise<{ released: number; left: number }> {
    const due = await this.em.find(SeatRelease, { status: 'pending', nextAttemptAt: { $lte: this.deps.now() } }, { orderBy: { nextAttemptAt: 'asc' }, limit });
    let released = 0;
    for (const row of due) if (await this.releaseNow(row.placementKey)) released++;
    return { released, left: due.length - released };
  }
}
