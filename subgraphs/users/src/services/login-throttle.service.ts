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

/** Account-wide failures (all addresses) after which each further failure adds a delay. */
export const ACCOUNT_DELAY_AFTER = 10;
/** The account-wide delay doubles per failure from 1 s, up to this. */
export const ACCOUNT_MAX_DELAY_MS = 60_000;

/**
 * Login throttling per (account, client address): `maxFailures` failures inside the window lock
 * that pair out for `lockMs`. Across addresses, an account gets an exponential delay instead of a
 * lock (after `ACCOUNT_DELAY_AFTER` failures: 1 s, 2 s, 4 s … ≤ 60 s), which addresses that
 * logged in successfully recently skip — so strangers guessing from many addresses are slowed
 * but can never lock the operator out. Counters live in the database, shared by every replica.
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
    await this.count(key, now);
    await this.em.nativeUpdate(
      LoginAttempt,
      { key, failures: { $gte: this.deps.maxFailures }, lockedUntil: null },
      { lockedUntil: new Date(now.getTime() + this.deps.lockMs) },
    );
  }

  /** One more failure for `key` in the current window (a lapsed window starts again at 1), atomically. */
  private async count(key: string, now: Date): Promise<void> {
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
  }

  async success(key: string): Promise<void> {
    await this.em.nativeDelete(LoginAttempt, { key });
  }

  private accountKey = (account: string) => keyedHash(this.deps.hashKey, `login-account:${account}`).slice(0, 64);
  private knownKey = (account: string, ip: string | undefined) => keyedHash(this.deps.hashKey, `login-known:${account}:${ip ?? 'unknown'}`).slice(0, 64);

  /**
   * Why this login attempt must wait, in seconds (0: go ahead): the pair's lock first, then the
   * account-wide delay unless the address is known (a success from it within two windows).
   */
  async wait(account: string, ip: string | undefined): Promise<{ seconds: number; reason: 'LOGIN_LOCKED' | 'LOGIN_DELAYED' }> {
    const locked = await this.lockedFor(this.key(account, ip));
    if (locked > 0) return { seconds: locked, reason: 'LOGIN_LOCKED' };
    const delayed = await this.lockedFor(this.accountKey(account));
    if (delayed > 0 && !(await this.em.findOne(LoginAttempt, { key: this.knownKey(account, ip) }, { refresh: true }))) {
      return { seconds: delayed, reason: 'LOGIN_DELAYED' };
    }
    return { seconds: 0, reason: 'LOGIN_LOCKED' };
  }

  /** A wrong password: counts for the pair and for the account (whose delay grows exponentially). */
  async failed(account: string, ip: string | undefined): Promise<void> {
    await this.failure(this.key(account, ip));
    const key = this.accountKey(account);
    const now = this.deps.now();
    await this.count(key, now);
    const row = await this.em.findOne(LoginAttempt, { key }, { refresh: true });
    const excess = (row?.failures ?? 0) - ACCOUNT_DELAY_AFTER;
    if (excess >= 0) {
      const delayMs = Math.min(1000 * 2 ** Math.min(excess, 30), ACCOUNT_MAX_DELAY_MS);
      await this.em.nativeUpdate(LoginAttempt, { key }, { lockedUntil: new Date(now.getTime() + delayMs) });
    }
  }

  /** The right password: clears the pair and the account delay, and remembers the address as known. */
  async succeeded(account: string, ip: string | undefined): Promise<void> {
    await this.success(this.key(account, ip));
    await this.success(this.accountKey(account));
    const key = this.knownKey(account, ip);
    const now = this.deps.now();
    if (!(await this.em.nativeUpdate(LoginAttempt, { key }, { updatedAt: now }))) {
      try {
        await this.em.insert(LoginAttempt, { key, failures: 0, windowStartedAt: now, updatedAt: now });
      } catch (err) {
        if (!(err instanceof UniqueConstraintViolationException)) throw err;
      }
    }
  }

  /** Drops counters older than two windows (maintenance). */
  async purge(): Promise<number> {
    return this.em.nativeDelete(LoginAttempt, { updatedAt: { $lt: new Date(this.deps.now().getTime() - 2 * this.deps.lockMs) } });
  }
}
