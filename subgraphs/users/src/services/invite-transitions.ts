import type { EntityManager } from '@mikro-orm/core';
import { InviteRequest } from '../entities';
import { recordUsersEvent } from './users-events';

/**
 * The invite transitions other domains hear about. Each is a conditional UPDATE from SENT, and
 * the outbox event is written only when this call made the change, so a fact seen twice (pool's
 * at-least-once events, a racing operator) is announced once.
 */

/** SENT → ACCEPTED for the invite under `placementKey`, and `users.invite.accepted`; false when it was not SENT. */
export function acceptSentInvite(em: EntityManager, placementKey: string, acceptedAt: Date, now: Date): Promise<boolean> {
  return em.transactional(async (tx) => {
    const invite = await tx.findOne(InviteRequest, { placementKey, status: 'sent' }, { fields: ['code', 'motherId', 'placementKey'], refresh: true });
    if (!invite) return false;
    const n = await tx.nativeUpdate(InviteRequest, { id: invite.id, status: 'sent' }, { status: 'accepted', acceptedAt, updatedAt: now });
    if (n === 1) await markAccepted(tx, invite, now);
    return n === 1;
  });
}

/** `users.invite.accepted` for an invite the caller just moved SENT → ACCEPTED (in its transaction). */
export function markAccepted(tx: EntityManager, invite: Pick<InviteRequest, 'code' | 'placementKey' | 'motherId'>, now: Date): Promise<void> {
  return recordUsersEvent(tx, 'users.invite.accepted', { codeId: invite.code.id, placementKey: invite.placementKey, motherId: invite.motherId }, now);
}

/**
 * SENT → CANCELLED (the invite was never accepted) with `reason` as the release reason, and
 * `users.invite.cancelled`. Run it inside the transaction of the change that gives the seat up.
 */
export async function cancelSentInvite(tx: EntityManager, spec: { placementKey: string; codeId?: string | null; reason: string }, now: Date): Promise<boolean> {
  const reason = spec.reason.toUpperCase().slice(0, 32);
  const n = await tx.nativeUpdate(InviteRequest, { placementKey: spec.placementKey, status: 'sent' }, { status: 'cancelled', releaseReason: reason, updatedAt: now });
  if (n === 1) await recordUsersEvent(tx, 'users.invite.cancelled', { codeId: spec.codeId, placementKey: spec.placementKey, reason }, now);
  return n === 1;
}
