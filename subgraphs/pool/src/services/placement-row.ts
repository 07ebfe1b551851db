import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { sqlBool, sqlDate, sqlQuery, sqlReturning } from '@seatpool/kit';
import type { InviteState, Placement, PlacementStatus, ReleaseReason } from '../entities';

/** Every column of a placement, as `placementOf` reads them. */
export const PLACEMENT_COLUMNS =
  'id, idempotency_key, email, status, mother_group_id, mother_id, team_id, team_name, already_member, error_code, invite_state, accepted_at, ' +
  'release_reason, released_at, pending_mother_id, pending_team_id, pending_since, created_at, updated_at';

/**
 * The placement stored under a key, read with one hand-written SELECT (kit's direct-sql): every
 * placement of a burst answers with it. A plain object with the entity's fields (nothing here
 * changes it through the ORM), or null.
 */
export async function placementByKey(em: EntityManager, key: string): Promise<Placement | null> {
  const [r] = await sqlQuery<Record<string, unknown>>(em, `select ${PLACEMENT_COLUMNS} from placement where idempotency_key = ?`, [key]);
  return r ? placementOf(r) : null;
}

interface FailRequest {
  em: EntityManager;
  key: string;
  errorCode: string;
  now: Date;
}

// Placements waiting behind held seats all learn at once that none is left (the shared capacity
// probe): their failing updates are batched, one statement per batch instead of one each.
const failBatchers = new WeakMap<object, DataLoader<FailRequest, Placement | null>>();
const FAIL_BATCH = 100;

async function failMany(requests: readonly FailRequest[]): Promise<(Placement | null)[]> {
  const out = new Map<string, Placement>();
  for (const errorCode of new Set(requests.map((r) => r.errorCode))) {
    const same = requests.filter((r) => r.errorCode === errorCode);
    const rows = await sqlReturning<Record<string, unknown>>(
      same[0].em,
      `update placement set status = 'failed', error_code = ?, updated_at = ? where idempotency_key in (${same.map(() => '?').join(', ')}) and status = 'in_flight' returning ${PLACEMENT_COLUMNS}`,
      [errorCode, same[0].now, ...same.map((r) => r.key)],
    );
    for (const r of rows) out.set(String(r.idempotency_key), placementOf(r));
  }
  return requests.map((r) => out.get(r.key) ?? null);
}

/**
 * Ends an in-flight placement as FAILED with `errorCode` and answers it as stored; null when it
 * was not in flight any more (aborted or settled meanwhile). Calls of one tick share a statement.
 */
export function failInFlight(em: EntityManager, key: string, errorCode: string, now: Date): Promise<Placement | null> {
  if (em.isInTransaction()) return failMany([{ em, key, errorCode, now }]).then(([p]) => p);
  const driver = em.getDriver(); // one per ORM: the forks of one database share a batcher
  let batcher = failBatchers.get(driver);
  if (!batcher) {
    batcher = new DataLoader(failMany, { cache: false, maxBatchSize: FAIL_BATCH });
    failBatchers.set(driver, batcher);
  }
  return batcher.load({ em, key, errorCode, now });
}

/**
 * Stores a placement that failed before it was claimed (FAILED with `errorCode`), in one insert;
 * null when the key exists already (the caller then claims it as usual and gets the stored one).
 */
export async function insertFailed(em: EntityManager, req: { key: string; email: string; motherGroupId: string | null }, errorCode: string, now: Date): Promise<Placement | null> {
  const [r] = await sqlReturning<Record<string, unknown>>(
    em,
    "insert into placement (idempotency_key, email, status, mother_group_id, already_member, error_code, created_at, updated_at) values (?, ?, 'failed', ?, ?, ?, ?, ?) " +
      `on conflict (idempotency_key) do nothing returning ${PLACEMENT_COLUMNS}`,
    [req.key, req.email, req.motherGroupId, false, errorCode, now, now],
  );
  return r ? placementOf(r) : null;
}

/** A placement row as read by hand-written SQL (snake_case columns) as the entity's plain fields. */
export function placementOf(r: Record<string, unknown>): Placement {
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    id: Number(r.id),
    idempotencyKey: String(r.idempotency_key),
    email: String(r.email),
    status: r.status as PlacementStatus,
    motherGroupId: text(r.mother_group_id),
    motherId: text(r.mother_id),
    teamId: text(r.team_id),
    teamName: text(r.team_name),
    alreadyMember: sqlBool(r.already_member),
    errorCode: text(r.error_code),
    inviteState: text(r.invite_state) as InviteState | null,
    acceptedAt: sqlDate(r.accepted_at),
    releaseReason: text(r.release_reason) as ReleaseReason | null,
    releasedAt: sqlDate(r.released_at),
    pendingMotherId: text(r.pending_mother_id),
    pendingTeamId: text(r.pending_team_id),
    pendingSince: sqlDate(r.pending_since),
    createdAt: sqlDate(r.created_at)!,
    updatedAt: sqlDate(r.updated_at)!,
  } as Placement;
}
