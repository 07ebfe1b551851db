import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from '@seatpool/kit';
import { randomUUID } from 'node:crypto';
import { CodeEvent, InviteRequest, RedeemCode, SwitchRequest } from '../entities';
import { SeatReleaseService } from './seat-release.service';
import { cancelSentInvite } from './invite-transitions';
import { switchEnded } from './users-events';

const BATCH = 200;

/**
 * Time-driven code states (maintenance): unused codes past their redeem deadline expire, and used
 * codes whose lifecycle ended expire too — their seat is given up through pool under the `remove`
 * policy (recorded as a seat release in the same transaction, so a failed pool call is retried).
 */
export class CodeLifecycleService {
  constructor(private readonly em: EntityManager, private readonly deps: { now: () => Date; policy: 'remove' | 'keep'; logger: Logger }) {}

  /** UNUSED past `expiresAt` → EXPIRED (one statement). */
  async expireUnused(): Promise<number> {
    return this.em.nativeUpdate(RedeemCode, { status: 'unused', expiresAt: { $lte: this.deps.now() } }, { status: 'expired' });
  }

  /** USED (or DISABLED from USED) past `lifecycleEndsAt` → EXPIRED, seat released per policy, open switch requests ended. */
  async endLifecycles(): Promise<number> {
    const now = this.deps.now();
    const due = await this.em.find(
      RedeemCode,
      { lifecycleEndsAt: { $lte: now }, $or: [{ status: 'used' }, { status: 'disabled', disabledFrom: 'used' }] },
      { orderBy: { lifecycleEndsAt: 'asc' }, limit: BATCH, refresh: true },
    );
    let ended = 0;
    for (const code of due) if (await this.endOne(code, now)) ended++;
    if (ended) this.deps.logger.info({ ended, policy: this.deps.policy }, 'ended code lifecycles');
    return ended;
  }

  private endOne(code: RedeemCode, now: Date): Promise<boolean> {
    const release = this.deps.policy === 'remove' && code.seatKey ? code.seatKey : null;
    return this.em.transactional(async (tx) => {
      const n = await tx.nativeUpdate(
        RedeemCode,
        { id: code.id, status: code.status, seatKey: code.seatKey ?? null },
        {
          ...(code.status === 'used' ? { status: 'expired' } : { disabledFrom: 'expired' }),
          ...(release ? { seatKey: null, currentTeamId: null } : {}),
        },
      );
      if (n !== 1) return false;
      if (release) {
        await SeatReleaseService.record(tx, release, code.id, 'EXPIRE', now);
        await cancelSentInvite(tx, { placementKey: release, codeId: code.id, reason: 'EXPIRE' }, now);
        await tx.nativeUpdate(InviteRequest, { placementKey: release, status: 'accepted' }, { status: 'removed', releaseReason: 'EXPIRE', updatedAt: now });
      }
      // At most one open request per code (`openFor` is unique).
      const switchEnds = await tx.nativeUpdate(SwitchRequest, { code: code.id, status: 'queued' }, { status: 'expired', openFor: null, finishedAt: now, updatedAt: now, lastError: 'LIFECYCLE_ENDED' });
      if (switchEnds) await switchEnded(tx, code.id, 'EXPIRED', now);
      await tx.insert(CodeEvent, {
        id: randomUUID(),
        code: code.id,
        type: 'expire',
        actor: 'system',
        detail: JSON.stringify({ policy: this.deps.policy, lifecycleEndsAt: code.lifecycleEndsAt, teamName: code.teamName, seatReleased: Boolean(release) }),
        createdAt: now,
      });
      return true;
    });
  }
}
