/**
 * Bulk data for the statistics benchmark, written straight into each domain's SQLite file through
 * that domain's own ORM connection (migrations applied first, so the schema is the real one).
 * Deterministic: the same sizes and `now` always give the same rows.
 */
import { createOrm, seededRandom, type Orm } from '@seatpool/kit';
import { poolEntities } from '@seatpool/pool/src/entities';
import { poolMigrations } from '@seatpool/pool/src/migrations';
import { usersEntities } from '@seatpool/users/src/entities';
import { usersMigrations } from '@seatpool/users/src/migrations';

export interface SeedSizes {
  codes: number;
  invites: number;
  mothers: number;
}

const DAY = 86_400_000;
const SEATS = 7;

// A seeded PRNG, so runs are repeatable.
const rng = seededRandom;

const uuid = (kind: number, i: number) => `00000000-0000-4${kind.toString(16).padStart(3, '0')}-8000-${i.toString(16).padStart(12, '0')}`;
export const motherId = (i: number) => uuid(1, i);
const motherGroupId = (g: number) => uuid(2, g);
const poolGroupId = (g: number) => uuid(3, g);

type Row = (string | number | null)[];

/** Multi-row inserts (500 rows a statement) in one transaction on the domain's SQLite connection. */
async function insertAll(orm: Orm, table: string, columns: string[], rows: Iterable<Row>) {
  const knex = (orm.em.getConnection() as any).getKnex();
  const db = await knex.client.acquireConnection();
  try {
    const per = 500;
    const one = `(${columns.map(() => '?').join(',')})`;
    const full = db.prepare(`insert into \`${table}\` (${columns.map((c) => `\`${c}\``).join(',')}) values ${Array(per).fill(one).join(',')}`);
    let batch: Row[] = [];
    const flush = (stmt: any) => stmt.run(batch.flat());
    db.exec('begin');
    for (const row of rows) {
      batch.push(row);
      if (batch.length === per) {
        flush(full);
        batch = [];
      }
    }
    if (batch.length) flush(db.prepare(`insert into \`${table}\` (${columns.map((c) => `\`${c}\``).join(',')}) values ${Array(batch.length).fill(one).join(',')}`));
    db.exec('commit');
  } finally {
    await knex.client.releaseConnection(db);
  }
}

/** Pool: mothers (5 % invalid, 5 % disabled), one team each, 7 seats each, groups, status-change and placement events. */
export async function seedPool(dataDir: string, sizes: SeedSizes, now: number) {
  const orm = await createOrm({ domain: 'pool', entities: poolEntities, migrations: poolMigrations, dataDir });
  const r = rng(7);
  try {
    await insertAll(orm, 'mother_group', ['id', 'name', 'created_at'], Array.from({ length: 20 }, (_, g) => [motherGroupId(g), `bench-group-${g}`, now - 200 * DAY]));
    await insertAll(orm, 'pool_group', ['id', 'name', 'is_active', 'auto_invite', 'created_at', 'updated_at'],
      Array.from({ length: 5 }, (_, g) => [poolGroupId(g), `bench-pool-${g}`, 1, 0, now - 200 * DAY, now - 200 * DAY]));
    const status = (i: number) => (i % 20 === 0 ? 'invalid' : i % 20 === 1 ? 'disabled' : 'active');
    const created = Array.from({ length: sizes.mothers }, () => now - Math.floor(r() * 120 * DAY));
    await insertAll(orm, 'mother',
      ['id', 'name', 'name_key', 'status', 'status_changed_at', 'token_ciphertext', 'seat_limit', 'mother_group_id', 'pool_group_id', 'health', 'last_health_check_at', 'created_at', 'unrecorded_members'],
      (function* () {
        for (let i = 0; i < sizes.mothers; i++) {
          const s = status(i);
          const health = s !== 'active' ? 'failing' : i % 20 === 2 ? 'unknown' : i % 20 === 3 ? 'failing' : 'healthy';
          yield [motherId(i), `bench-mother-${i}`, `bench-mother-${i}`, s, s === 'active' ? null : created[i] + DAY, 'sealed', SEATS,
            i % 10 === 4 ? motherGroupId(i % 20) : null, i % 50 === 5 ? poolGroupId(i % 5) : null, health,
            health === 'unknown' ? null : now - Math.floor(r() * 3_600_000), created[i], 0];
        }
      })());
    await insertAll(orm, 'team', ['mother_id', 'team_id', 'name', 'is_enabled', 'is_default', 'lost_at'],
      (function* () {
        for (let i = 0; i < sizes.mothers; i++) yield [motherId(i), `team-${i}`, `Team ${i}`, status(i) === 'disabled' ? 0 : 1, 1, status(i) === 'disabled' ? created[i] + DAY : null];
      })());
    await insertAll(orm, 'seat', ['mother_id', 'slot_index', 'status', 'email', 'team_id', 'placement_key', 'origin', 'used_at'],
      (function* () {
        for (let i = 0; i < sizes.mothers; i++) {
          const used = Math.floor(r() * (SEATS + 1));
          for (let s = 0; s < SEATS; s++) {
            const taken = s < used;
            yield [motherId(i), s, taken ? (s === used - 1 && i % 97 === 0 ? 'held' : 'used') : 'free', taken ? `m${i}s${s}@bench.test` : null,
              taken ? `team-${i}` : null, taken ? `bench-${i}-${s}` : null, taken ? 'placement' : null, taken ? now - DAY : null];
          }
        }
      })());
    await insertAll(orm, 'outbox_event', ['type', 'mother_id', 'payload', 'created_at'],
      (function* () {
        for (let i = 0; i < sizes.mothers; i++) {
          const s = status(i);
          if (s !== 'active') yield ['mother.status_changed', motherId(i), JSON.stringify({ motherId: motherId(i), from: 'active', to: s, reason: 'bench' }), created[i] + DAY];
        }
        // Placement events outnumber status changes by far in a real outbox.
        for (let k = 0; k < sizes.invites / 2; k++) yield ['placement.accepted', motherId(k % sizes.mothers), '{}', now - Math.floor(r() * 90 * DAY)];
      })());
  } finally {
    await orm.close(true);
  }
}

/** Users: code batches, codes (mostly unused), invite requests for the redeemed ones, switch requests, batch jobs. */
export async function seedUsers(dataDir: string, sizes: SeedSizes, now: number) {
  const orm = await createOrm({ domain: 'users', entities: usersEntities as any, migrations: usersMigrations, dataDir });
  const r = rng(11);
  const batches = Math.ceil(sizes.codes / 10_000);
  const codeId = (i: number) => uuid(4, i);
  const used = Math.min(Math.floor(sizes.invites * 0.9), Math.floor(sizes.codes * 0.2));
  try {
    await insertAll(orm, 'code_batch', ['id', 'count', 'created_at'], Array.from({ length: batches }, (_, b) => [uuid(5, b), 10_000, now - 180 * DAY]));
    // Codes [0, used) are redeemed; the rest split into unused, expired, disabled and reserved.
    const usedAt: number[] = [];
    await insertAll(orm, 'redeem_code',
      ['id', 'batch_id', 'code_hash', 'code_ciphertext', 'status', 'bound_email', 'mother_id', 'expires_at', 'used_at', 'mother_group_id', 'created_at', 'lifecycle_days'],
      (function* () {
        for (let i = 0; i < sizes.codes; i++) {
          const created = now - Math.floor(r() * 180 * DAY);
          const isUsed = i < used;
          const at = isUsed ? now - Math.floor(r() * 90 * DAY) : null;
          if (at !== null) usedAt.push(at);
          const status = isUsed ? 'used' : i % 40 === 0 ? 'expired' : i % 40 === 1 ? 'disabled' : i % 200 === 2 ? 'reserved' : 'unused';
          const expires = status === 'expired' ? now - DAY : i % 4 === 0 ? null : i % 97 === 3 ? now - DAY : now + 30 * DAY;
          yield [codeId(i), uuid(5, Math.floor(i / 10_000)), i.toString(16).padStart(64, '0'), 'sealed', status, isUsed ? `u${i}@bench.test` : null,
            isUsed ? motherId(i % sizes.mothers) : null, expires, at, i % 10 === 4 ? motherGroupId(i % 20) : null, created, 30];
        }
      })());
    const statuses = ['sent', 'accepted', 'accepted', 'accepted', 'removed', 'cancelled'];
    await insertAll(orm, 'invite_request',
      ['id', 'code_id', 'email', 'status', 'placement_key', 'created_at', 'updated_at', 'purpose', 'mother_id', 'accepted_at', 'error_code'],
      (function* () {
        for (let k = 0; k < sizes.invites; k++) {
          if (k < used) {
            const status = statuses[k % statuses.length];
            const accepted = status === 'accepted' || status === 'removed' ? usedAt[k] + 3_600_000 : null;
            yield [uuid(6, k), codeId(k), `u${k}@bench.test`, status, uuid(7, k), usedAt[k], usedAt[k], k % 20 === 0 ? 'switch' : 'redeem', motherId(k % sizes.mothers), accepted, null];
          } else {
            const at = now - Math.floor(r() * 90 * DAY);
            const failed = k % 10 !== 0;
            yield [uuid(6, k), codeId(used + (k % (sizes.codes - used))), `f${k}@bench.test`, failed ? 'failed' : 'pending', uuid(7, k), at, at, 'redeem', null, null, failed ? 'NO_CAPACITY' : null];
          }
        }
      })());
    const switchStatuses = ['succeeded', 'succeeded', 'succeeded', 'succeeded', 'succeeded', 'succeeded', 'failed', 'expired', 'cancelled', 'queued'];
    await insertAll(orm, 'switch_request', ['id', 'code_id', 'kind', 'email', 'status', 'open_for', 'attempts', 'created_at', 'updated_at', 'finished_at'],
      (function* () {
        for (let k = 0; k < Math.floor(used / 40); k++) {
          const status = switchStatuses[k % switchStatuses.length];
          const at = now - Math.floor(r() * 90 * DAY);
          yield [uuid(8, k), codeId(k), 'switch', `u${k}@bench.test`, status, status === 'queued' ? codeId(k) : null, 1, at, at, status === 'queued' ? null : at + 60_000];
        }
      })());
    const jobStatuses = ['succeeded', 'succeeded', 'partially_failed', 'failed', 'cancelled', 'succeeded', 'succeeded', 'succeeded', 'pending', 'running'];
    await insertAll(orm, 'batch_job', ['id', 'type', 'status', 'actor', 'total', 'attempts', 'max_attempts', 'created_at', 'updated_at'],
      Array.from({ length: 500 }, (_, k) => [uuid(9, k), 'resend_invites', jobStatuses[k % jobStatuses.length], 'admin', 100, 1, 3, now - k * 3_600_000, now]));
  } finally {
    await orm.close(true);
  }
}
