import { raw, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { keyedHash } from '@seatpool/kit';
import { LoginAttempt } from '../entities';

export interface ThrottleDeps {
  hashKey: Buffer;
  now: () => Date;
  maxFailures: number;
  /** Both the counting window and the lockout length. */
  lockMs: number;
}

/**
 * Login throttling per (account, client address): `maxFailures` failures inside the window lock
 * that pair out for `lockMs`. Nothing is global, so an attacker at one address cannot lock the
 * operator out everywhere. Counters live in the database, shared by every replica.
 */
export class LoginThrottle {
  constructor(private readonly em: EntityManager, private readonly deps: ThrottleDeps) {}

  key(account: string, ip: string | undefined): string {
    return keyedHash(this.deps.hashKey, `login:${account}:${ip ?? 'unknown'}`).slice(0, 64);
  }

  /** Seconds until the pair may try again; 0 when it is not locked. */
  async lockedFor(key: string): Promise<number> {
    const row = await this.em.findOne(LoginAttempt, { key }, { refresh: true });
    const now = this.deps.now().getTime();
    return row?.lockedUntil && row.lockedUntil.getTime() > now ? Math.ceil((row.lockedUntil.getTime() - now) / 1000) : 0;
  }

  /** Counts one failure (atomically) and locks the pair once the limit is reached. */
  async failure(key: string): Promise<void> {
    const now = this.deps.now();
    const windowStart = new Date(now.getTime() - this.deps.lockMs);
    let counted = await this.em.nativeUpdate(LoginAttempt, { key, windowStartedAt: { $gt: windowStart } }, { failures: raw('failures + 1'), updatedAt: now });
    if (!counted) counted = await this.em.nativeUpdate(LoginAttempt, { key }, { failures: 1, windowStartedAt: now, lockedUntil: null, updatedAt: now });
    if (!counted) {
      try {
        await this.em.insert(LoginAttempt, { key, failures: 1, windowStartedAt: now, updatedAt: now });
      } catch (err) {
        if (!(err instanceof UniqueConstraintViolationException)) throw err;
        await this.em.nativeUpdate(LoginAttempt, { key }, { failures: raw('failures + 1'), updatedAt: now });
      }
    }
    await this.em.nativeUpdate(
      LoginAttempt,
      { key, failures: { $gte: this.deps.maxFailures }, lockedUntil: null },
      { lockedUntil: new Date(now.getTime() + this.deps.lockMs) },
    );
  }

  async success(key: string): Promise<void> {
    await this.em.nativeDelete(LoginAttempt, { key });
  }

  /** Drops counters older than two windows (maintenance). */
  async purge(): Promise<number> {
    return this.em.nativeDelete(LoginAttempt, { updatedAt: { $lt: new Date(this.deps.now().getTime() - 2 * this.deps.lockMs) } });
  }
}
