import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { AppError, keyedHash, type Logger } from '@seatpool/kit';
import { randomBytes, randomUUID } from 'node:crypto';
import { AdminAccount, AdminSession } from '../entities';
import { reasonError } from '../public-messages';
import type { AuditService } from './audit.service';
import type { LoginThrottle } from './login-throttle.service';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password-hash';

export const MIN_ADMIN_PASSWORD_LENGTH = 12;
export const MAX_ADMIN_PASSWORD_LENGTH = 1024;
export const ADMIN_NAME = 'admin';
const TOKEN_PREFIX = 'spa_'; // recognisable by secret scanners
const SEEN_EVERY_MS = 60_000;

/** Startup refused: the configured admin password cannot be used. */
export class AdminBootstrapError extends Error {}

/**
 * Makes sure the admin exists. When none does, it is created from `ADMIN_PASSWORD` or, when
 * that is unset, from a random password that is returned (for main.ts to print once) and never
 * logged. There is no default password. An existing admin is never changed.
 */
export async function bootstrapAdmin(
  em: EntityManager,
  configured: string | undefined,
  logger: Logger,
): Promise<{ generatedPassword?: string }> {
  if (await em.count(AdminAccount, {})) {
    if (configured) logger.info('ADMIN_PASSWORD is ignored: the admin account already exists');
    return {};
  }
  if (configured !== undefined && configured.length < MIN_ADMIN_PASSWORD_LENGTH) {
    throw new AdminBootstrapError(
      `ADMIN_PASSWORD must be at least ${MIN_ADMIN_PASSWORD_LENGTH} characters; unset it to have a random one generated and printed once`,
    );
  }
  const password = configured ?? randomBytes(18).toString('base64url');
  try {
    await em.insert(AdminAccount, { id: randomUUID(), name: ADMIN_NAME, passwordHash: await hashPassword(password), createdAt: new Date(), updatedAt: new Date() });
  } catch (err) {
    // Another replica created it first (unique name): its password wins, ours was never shown.
    if (err instanceof UniqueConstraintViolationException && (await em.fork().count(AdminAccount, {}))) return {};
    throw err;
  }
  logger.info({ generated: configured === undefined }, 'admin account created');
  return configured === undefined ? { generatedPassword: password } : {};
}

export interface AdminSessionInfo {
  sessionId: string;
  expiresAt: Date;
}

export interface AdminAuthDeps {
  hashKey: Buffer;
  sessionTtlMs: number;
  now: () => Date;
  throttle: LoginThrottle;
  audit: AuditService;
}

/** Admin login (throttled), session verification (for the gateway), logout and password change. */
export class AdminAuthService {
  constructor(private readonly em: EntityManager, private readonly deps: AdminAuthDeps) {}

  /**
   * Exchanges the password for a new session token (shown once). One generic error for a wrong
   * password; RATE_LIMITED (with `retryAfterSeconds`) while this account + address is locked out.
   */
  async login(password: string, ip: string | undefined): Promise<{ token: string; expiresAt: Date }> {
    const wait = await this.deps.throttle.wait(ADMIN_NAME, ip);
    if (wait.seconds > 0) throw reasonError('RATE_LIMITED', wait.reason, { retryAfterSeconds: wait.seconds });
    const admin = await this.em.findOne(AdminAccount, { name: ADMIN_NAME });
    // Verify against a dummy hash when there is no admin, so timing says nothing either way.
    const ok = password.length <= MAX_ADMIN_PASSWORD_LENGTH && (await verifyPassword(password, admin?.passwordHash ?? DUMMY_HASH));
    if (!admin || !ok) {
      await this.deps.throttle.failed(ADMIN_NAME, ip);
      await this.deps.audit.record(this.em, 'admin.login_failed', null);
      throw new AppError('UNAUTHENTICATED');
    }
    await this.deps.throttle.succeeded(ADMIN_NAME, ip);
    const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const now = this.deps.now();
    const expiresAt = new Date(now.getTime() + this.deps.sessionTtlMs);
    const id = randomUUID();
    await this.em.transactional(async (tx) => {
      await tx.insert(AdminSession, { id, tokenHash: this.tokenHash(token), createdAt: now, expiresAt, ip: ip?.slice(0, 64) ?? null, lastSeenAt: now });
      await this.deps.audit.record(tx, 'admin.login', { type: 'session', id });
    });
    return { token, expiresAt };
  }

  /** The live session a token belongs to; null when unknown, revoked or expired. Marks it seen (at most once a minute). */
  async verifySession(token: string): Promise<AdminSessionInfo | null> {
    if (!token.startsWith(TOKEN_PREFIX) || token.length > 128) return null;
    const now = this.deps.now();
    const session = await this.em.findOne(AdminSession, { tokenHash: this.tokenHash(token), revokedAt: null, expiresAt: { $gt: now } }, { refresh: true });
    if (!session) return null;
    if (!session.lastSeenAt || session.lastSeenAt.getTime() < now.getTime() - SEEN_EVERY_MS) {
      await this.em.nativeUpdate(AdminSession, { id: session.id, $or: [{ lastSeenAt: null }, { lastSeenAt: { $lt: new Date(now.getTime() - SEEN_EVERY_MS) } }] }, { lastSeenAt: now });
    }
    return { sessionId: session.id, expiresAt: session.expiresAt };
  }

  /** Revokes the session at once (idempotent). */
  async logout(sessionId: string): Promise<boolean> {
    await this.em.transactional(async (tx) => {
      const n = await tx.nativeUpdate(AdminSession, { id: sessionId, revokedAt: null }, { revokedAt: this.deps.now() });
      if (n) await this.deps.audit.record(tx, 'admin.logout', { type: 'session', id: sessionId });
    });
    return true;
  }

  /**
   * Sets a new password (same rule as at bootstrap: at least 12 characters, and not the current one)
   * after checking the current one, and revokes every other session; one transaction with its audit entry.
   */
  async changePassword(sessionId: string, current: string, next: string): Promise<{ revokedSessions: number }> {
    const admin = await this.em.findOneOrFail(AdminAccount, { name: ADMIN_NAME }, { refresh: true });
    const key = this.deps.throttle.key(`${ADMIN_NAME}:password`, this.deps.audit.who.ip ?? undefined);
    const wait = await this.deps.throttle.lockedFor(key);
    if (wait > 0) throw reasonError('RATE_LIMITED', 'LOGIN_LOCKED', { retryAfterSeconds: wait });
    if (current.length > MAX_ADMIN_PASSWORD_LENGTH || !(await verifyPassword(current, admin.passwordHash))) {
      await this.deps.throttle.failure(key);
      throw reasonError('BAD_USER_INPUT', 'CURRENT_PASSWORD_WRONG');
    }
    if (next.length < MIN_ADMIN_PASSWORD_LENGTH || next.length > MAX_ADMIN_PASSWORD_LENGTH || next === current) throw reasonError('BAD_USER_INPUT', 'WEAK_PASSWORD');
    await this.deps.throttle.success(key);
    const hash = await hashPassword(next);
    const now = this.deps.now();
    return this.em.transactional(async (tx) => {
      const changed = await tx.nativeUpdate(AdminAccount, { id: admin.id, passwordHash: admin.passwordHash }, { passwordHash: hash, passwordChangedAt: now, updatedAt: now });
      if (changed !== 1) throw new AppError('CONFLICT', { detail: 'The password was changed meanwhile; try again.' });
      const revokedSessions = await tx.nativeUpdate(AdminSession, { id: { $ne: sessionId }, revokedAt: null }, { revokedAt: now });
      await this.deps.audit.record(tx, 'admin.change_password', { type: 'account', id: admin.id }, { revokedSessions });
      return { revokedSessions };
    });
  }

  private tokenHash(token: string): string {
    return keyedHash(this.deps.hashKey, `session:${token}`);
  }
}
