import type { EntityManager } from '@mikro-orm/core';
import type { SqlStatement } from '@seatpool/kit';
import { UsersOutboxEvent, type BatchJob, type JobStatus } from '../entities';

/**
 * The `users.*` facts other domains may consume (docs/architecture/EVENTS.md) and the version of
 * `schema/events/<type>.json` this code writes. Data carries ids only: never a code, a token or an
 * email.
 */
export interface UsersEventData {
  'users.code.redeemed': { codeId: string; batchId?: string | null; motherGroupId?: string | null; motherId: string; teamId?: string | null; placementKey: string };
  /** Only failures on our side; a buyer's wrong input is never one. */
  'users.redeem.failed': { reason: RedeemFailure; motherGroupId?: string | null };
  'users.invite.accepted': { codeId: string; placementKey: string; motherId?: string | null };
  'users.invite.cancelled': { codeId?: string | null; placementKey: string; reason: string };
  'users.switch.done': { codeId: string; fromMotherId?: string | null; toMotherId?: string | null; status: SwitchDoneStatus };
  'users.job.finished': { jobId: string; kind: string; status: JobFinishedStatus; total: number; succeeded: number; failed: number };
}
export type UsersEventType = keyof UsersEventData;
export type RedeemFailure = 'NO_CAPACITY' | 'UPSTREAM_UNAVAILABLE' | 'INTERNAL';
export type SwitchDoneStatus = 'SUCCEEDED' | 'FAILED' | 'EXPIRED' | 'CANCELLED';
export type JobFinishedStatus = 'SUCCEEDED' | 'PARTIALLY_FAILED' | 'FAILED' | 'CANCELLED';

/** Bump together with `schema/events/<type>.json` (`npm run events:check` holds them to the released copies). */
export const USERS_EVENT_VERSIONS: Record<UsersEventType, number> = {
  'users.code.redeemed': 1,
  'users.redeem.failed': 1,
  'users.invite.accepted': 1,
  'users.invite.cancelled': 1,
  'users.switch.done': 1,
  'users.job.finished': 1,
};

/**
 * Writes one event into users' outbox: a single INSERT on the caller's entity manager, so inside
 * the caller's transaction it commits or rolls back with the change it describes. Absent optional
 * fields are left out rather than written as null.
 */
export async function recordUsersEvent<T extends UsersEventType>(em: EntityManager, type: T, data: UsersEventData[T], at: Date): Promise<void> {
  const payload = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null && v !== undefined));
  await em.insert(UsersOutboxEvent, { type, version: USERS_EVENT_VERSIONS[type], payload, createdAt: at });
}

/** `recordUsersEvent` as one hand-written INSERT, for a `sqlTransaction` or a follower of `sqlGuarded` (the redeem path). */
export function usersEventSql<T extends UsersEventType>(type: T, data: UsersEventData[T], at: Date): SqlStatement {
  const payload = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null && v !== undefined));
  return { sql: 'insert into users_outbox_event (type, version, payload, created_at) values (?, ?, ?, ?)', params: [type, USERS_EVENT_VERSIONS[type], payload, at] };
}

/** `users.switch.done` for a switch request that ended without moving (its code's mothers are not in hand). */
export function switchEnded(em: EntityManager, codeId: string, status: Exclude<SwitchDoneStatus, 'SUCCEEDED'>, at: Date): Promise<void> {
  return recordUsersEvent(em, 'users.switch.done', { codeId, status }, at);
}

/** `users.job.finished` for a job that reached a final status (`kind` is its BatchJobType). */
export function jobFinished(em: EntityManager, job: Pick<BatchJob, 'id' | 'type' | 'total'>, status: Exclude<JobStatus, 'pending' | 'running'>, counts: { succeeded: number; failed: number }, at: Date): Promise<void> {
  const data = { jobId: job.id, kind: job.type.toUpperCase(), status: status.toUpperCase() as JobFinishedStatus, total: job.total, succeeded: counts.succeeded, failed: counts.failed };
  return recordUsersEvent(em, 'users.job.finished', data, at);
}
