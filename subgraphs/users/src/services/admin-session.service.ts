import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { AppError, pageWindow, type Page } from '@seatpool/kit';
import { AdminAccount, AdminSession } from '../entities';
import { ADMIN_NAME } from './admin-auth.service';
import type { AuditService } from './audit.service';
import { newestFirst } from './list-filters';

// Expired or revoked sessions are kept a day for the audit trail, then deleted.
const SESSION_RETENTION_MS = 24 * 3_600_000;

export interface AdminMe {
  name: string;
  sessionId: string;
  sessionExpiresAt: Date;
  passwordChangedAt: Date | null;
  accountCreatedAt: Date;
}

/** The operator's own account view and session management (list, revoke one, revoke all others). */
export class AdminSessionService {
  constructor(private readonly em: EntityManager, private readonly deps: { audit: AuditService; now: () => Date }) {}

  async me(sessionId: string): Promise<AdminMe> {
    const admin = await this.em.findOneOrFail(AdminAccount, { name: ADMIN_NAME });
    const session = await this.em.findOne(AdminSession, { id: sessionId });
    if (!session) throw new AppError('UNAUTHENTICATED');
    return { name: admin.name, sessionId, sessionExpiresAt: session.expiresAt, passwordChangedAt: admin.passwordChangedAt ?? null, accountCreatedAt: admin.createdAt };
  }

  /** Sessions newest first; `activeOnly` hides revoked and expired ones. */
  async list(filter: { activeOnly?: boolean | null } = {}, args: { page?: number | null; pageSize?: number | null } = {}): Promise<Page<AdminSession>> {
    const window = pageWindow(args);
    const where: FilterQuery<AdminSession> = filter.activeOnly ? { revokedAt: null, expiresAt: { $gt: this.deps.now() } } : {};
    return newestFirst(this.em, AdminSession, where, window);
  }

  /** Revokes one session at once (idempotent); NOT_FOUND for an unknown id. */
  async revoke(id: string): Promise<AdminSession> {
    await this.em.transactional(async (tx) => {
      const n = await tx.nativeUpdate(AdminSession, { id, revokedAt: null }, { revokedAt: this.deps.now() });
      if (n) await this.deps.audit.record(tx, 'admin.revoke_session', { type: 'session', id });
    });
    const session = await this.em.findOne(AdminSession, { id }, { refresh: true });
    if (!session) throw new AppError('NOT_FOUND', { detail: 'No admin session has this id.' });
    return session;
  }

  /** Revokes every live session but the caller's; answers how many. */
  async revokeOthers(currentId: string): Promise<number> {
    return this.em.transactional(async (tx) => {
      const n = await tx.nativeUpdate(AdminSession, { id: { $ne: currentId }, revokedAt: null }, { revokedAt: this.deps.now() });
      await this.deps.audit.record(tx, 'admin.revoke_other_sessions', null, { revoked: n });
      return n;
    });
  }

  /** Deletes sessions that expired or were revoked more than a day ago (maintenance). */
  purge(): Promise<number> {
    const cutoff = new Date(this.deps.now().getTime() - SESSION_RETENTION_MS);
    return this.em.nativeDelete(AdminSession, { $or: [{ expiresAt: { $lt: cutoff } }, { revokedAt: { $lt: cutoff } }] });
  }
}
