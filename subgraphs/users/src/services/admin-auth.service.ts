import type { EntityManager } from '@mikro-orm/core';
import { AppError, keyedHash, type Logger } from '@seatpool/kit';
import { randomBytes, randomUUID } from 'node:crypto';
import { AdminAccount, AdminSession } from '../entities';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password-hash';

export const MIN_ADMIN_PASSWORD_LENGTH = 12;
const ADMIN_NAME = 'admin';
const TOKEN_PREFIX = 'spa_'; // recognisable by secret scanners

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
    if (await em.fork().count(AdminAccount, {})) return {};
    throw err;
  }
  logger.info({ generated: configured === undefined }, 'admin account created');
  return configured === undefined ? { generatedPassword: password } : {};
}

export interface AdminSessionInfo {
  sessionId: string;
  expiresAt: Date;
}

/** Admin login, session verification (for the gateway) and logout. Tokens are stored as keyed hashes only. */
export class AdminAuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: { hashKey: Buffer; sessionTtlMs: number; now: () => Date },
  ) {}

  /** Exchanges the password for a new session token (shown once). One generic error for any failure. */
  async login(password: string, ip: string | undefined): Promise<{ token: string; expiresAt: Date }> {
    const admin = await this.em.findOne(AdminAccount, { name: ADMIN_NAME });
    // Verify against a dummy hash when there is no admin, so timing says nothing either way.
    const ok = await verifyPassword(password, admin?.passwordHash ?? DUMMY_HASH);
    if (!admin || !ok) throw new AppError('UNAUTHENTICATED');
    const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const now = this.deps.now();
    const expiresAt = new Date(now.getTime() + this.deps.sessionTtlMs);
    this.em.create(AdminSession, { tokenHash: this.tokenHash(token), createdAt: now, expiresAt, ip: ip?.slice(0, 64) ?? null });
    await this.em.flush();
    return { token, expiresAt };
  }

  /** The live session a token belongs to; null when unknown, revoked or expired. */
  async verifySession(token: string): Promise<AdminSessionInfo | null> {
    if (!token.startsWith(TOKEN_PREFIX) || token.length > 128) return null;
    const session = await this.em.findOne(
      AdminSession,
      { tokenHash: this.tokenHash(token), revokedAt: null, expiresAt: { $gt: this.deps.now() } },
      { refresh: true },
    );
    return session ? { sessionId: session.id, expiresAt: session.expiresAt } : null;
  }

  /** Revokes the session at once (idempotent). */
  async logout(sessionId: string): Promise<boolean> {
    await this.em.nativeUpdate(AdminSession, { id: sessionId, revokedAt: null }, { revokedAt: this.deps.now() });
    return true;
  }

  private tokenHash(token: string): string {
    return keyedHash(this.deps.hashKey, `session:${token}`);
  }
}
