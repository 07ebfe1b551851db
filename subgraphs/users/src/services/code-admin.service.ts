import { raw, type EntityManager } from '@mikro-orm/core';
import { AppError, pageWindow, type Page } from '@seatpool/kit';
import { CodeBatch, RedeemCode, type CodeStatus } from '../entities';
import type { AuditService } from './audit.service';
import { codeWhere, type CodeFilter } from './code-filter';
import { codeHash, normalizeCode } from './code-format';
import { compact, newestFirst, timeRange } from './list-filters';

const DISABLEABLE: CodeStatus[] = ['unused', 'expired', 'used'];

export interface BatchFilter {
  skuId?: string | null;
  motherGroupId?: string | null;
  createdFrom?: Date | null;
  createdTo?: Date | null;
}

/** Admin look-ups, lists and state changes of codes and batches. */
export class CodeAdminService {
  constructor(private readonly em: EntityManager, private readonly deps: { hashKey: Buffer; audit: AuditService; now: () => Date }) {}

  /** Finds a code by its plain text (any case, dashes optional); null when it does not exist. */
  async findByCode(plain: string): Promise<RedeemCode | null> {
    const normalized = normalizeCode(plain);
    return normalized ? this.em.findOne(RedeemCode, { codeHash: codeHash(this.deps.hashKey, normalized) }) : null;
  }

  /** Codes matching the filter, newest first, with the total. */
  async list(filter: CodeFilter = {}, args: { page?: number | null; pageSize?: number | null } = {}): Promise<Page<RedeemCode>> {
    const window = pageWindow(args);
    return newestFirst(this.em, RedeemCode, codeWhere(filter, this.deps.hashKey), window);
  }

  async batches(filter: BatchFilter = {}, args: { page?: number | null; pageSize?: number | null } = {}): Promise<Page<CodeBatch>> {
    const window = pageWindow(args);
    const where = compact({ skuId: filter.skuId ?? undefined, motherGroupId: filter.motherGroupId ?? undefined, createdAt: timeRange(filter.createdFrom, filter.createdTo) });
    return newestFirst(this.em, CodeBatch, where, window);
  }

  batch(id: string): Promise<CodeBatch | null> {
    return this.em.findOne(CodeBatch, { id });
  }

  /**
   * UNUSED, EXPIRED or USED → DISABLED, remembering the status to return to (a used code keeps its
   * binding and seat; it only stops answering redeems and switches). DISABLED stays as is. RESERVED →
   * CONFLICT: a redeem is in flight, and disabling under it would let pool seat an email for a dead code.
   */
  async disable(id: string, opts: { audit?: boolean } = {}): Promise<RedeemCode> {
    assertCodeId(id);
    for (let round = 0; round < 3; round++) {
      const code = await this.em.findOne(RedeemCode, { id }, { refresh: true });
      if (!code) throw new AppError('NOT_FOUND', { detail: 'No redeem code has this id.' });
      if (code.status === 'disabled') return code;
      if (code.status === 'reserved') throw new AppError('CONFLICT', { detail: 'A redeem of this code is in flight; try again shortly.' });
      if (!DISABLEABLE.includes(code.status)) throw new Error(`unknown code status ${code.status}`);
      const won = await this.em.transactional(async (tx) => {
        const n = await tx.nativeUpdate(RedeemCode, { id, status: code.status }, { status: 'disabled', disabledFrom: code.status });
        if (n === 1 && opts.audit !== false) await this.deps.audit.record(tx, 'code.disable', { type: 'code', id }, { from: code.status });
        return n === 1;
      });
      if (won) return this.em.findOneOrFail(RedeemCode, { id }, { refresh: true });
    }
    throw new AppError('CONFLICT', { detail: 'The code changed while it was being disabled; try again.' });
  }

  /**
   * `disable` for many codes at once, set-based: one look-up and one conditional UPDATE for the
   * whole set (the caller's transaction), and one audit entry with the counts. Answers each id's
   * outcome: null (disabled now or already), or an error that is `permanent` (no such code) or not
   * (a redeem is in flight: a later attempt may succeed).
   */
  async disableMany(tx: EntityManager, ids: string[], target: { type: string; id: string }): Promise<Map<string, ItemOutcome>> {
    const out = new Map<string, ItemOutcome>(ids.map((id) => [id, NO_SUCH_CODE]));
    const valid = ids.filter((id) => UUID.test(id));
    if (!valid.length) return out;
    // Plain rows: nothing to hydrate or track for a thousand codes.
    const statusOf = async () => {
      const rows: { id: string; status: CodeStatus }[] = await tx.getConnection().execute(`select id, status from redeem_code where id in (${valid.map(() => '?').join(',')})`, valid, 'all', tx.getTransactionContext());
      return new Map(rows.map((r) => [r.id, r.status]));
    };
    const before = await statusOf();
    const disableable = [...before].filter(([, status]) => DISABLEABLE.includes(status));
    const changed = disableable.length
      ? await tx.nativeUpdate(RedeemCode, { id: { $in: disableable.map(([id]) => id) }, status: { $in: DISABLEABLE } }, { disabledFrom: raw('status'), status: 'disabled' })
      : 0;
    // A code that changed between the look-up and the update (a redeem took it) is read again.
    const after = changed === disableable.length ? before : await statusOf();
    for (const [id, status] of after) {
      const disabledNow = status === 'disabled' || (after === before && DISABLEABLE.includes(status));
      out.set(id, disabledNow ? DONE : status === 'reserved' ? IN_FLIGHT : { error: `CONFLICT: The code is ${status.toUpperCase()}.`, permanent: false });
    }
    const from: Record<string, number> = {};
    for (const [, status] of disableable) from[status] = (from[status] ?? 0) + 1;
    if (changed) await this.deps.audit.record(tx, 'code.disable', target, { count: changed, from });
    return out;
  }

  /**
   * DISABLED → the status it had before (an unused code whose redeem deadline passed meanwhile
   * becomes EXPIRED). Any other status is returned unchanged.
   */
  async enable(id: string): Promise<RedeemCode> {
    assertCodeId(id);
    const code = await this.em.findOne(RedeemCode, { id }, { refresh: true });
    if (!code) throw new AppError('NOT_FOUND', { detail: 'No redeem code has this id.' });
    if (code.status !== 'disabled') return code;
    let to: CodeStatus = code.disabledFrom ?? 'unused';
    if (to === 'unused' && code.expiresAt && code.expiresAt <= this.deps.now()) to = 'expired';
    await this.em.transactional(async (tx) => {
      const n = await tx.nativeUpdate(RedeemCode, { id, status: 'disabled', disabledFrom: code.disabledFrom ?? null }, { status: to, disabledFrom: null });
      if (n === 1) await this.deps.audit.record(tx, 'code.enable', { type: 'code', id }, { to });
    });
    return this.em.findOneOrFail(RedeemCode, { id }, { refresh: true });
  }

  /**
   * The ids of every code matching the filter (for a bulk job), at most `max`; BAD_USER_INPUT
   * beyond. Plain rows through the query builder: ten thousand ids are not worth ten thousand
   * (partial) entities, and building them would hold the event loop while a bulk job starts.
   */
  async idsMatching(filter: CodeFilter, max: number): Promise<string[]> {
    const rows = await (this.em as unknown as { createQueryBuilder(entity: typeof RedeemCode): IdQuery })
      .createQueryBuilder(RedeemCode)
      .select(['id'])
      .where(codeWhere(filter, this.deps.hashKey))
      .orderBy({ createdAt: 'asc', id: 'asc' })
      .limit(max + 1)
      .execute<{ id: string }[]>('all', false);
    if (rows.length > max) throw new AppError('BAD_USER_INPUT', { detail: `The filter matches more than ${max} codes; narrow it.` });
    return rows.map((r) => r.id);
  }
}

/** The part of MikroORM's SQL query builder (both our drivers are SQL) that `idsMatching` uses. */
interface IdQuery {
  select(fields: string[]): IdQuery;
  where(where: unknown): IdQuery;
  orderBy(order: Record<string, 'asc' | 'desc'>): IdQuery;
  limit(n: number): IdQuery;
  execute<T>(method: 'all', mapResults: boolean): Promise<T>;
}

/** One bulk item's outcome: null error = done; a `permanent` error is never retried automatically. */
export interface ItemOutcome {
  error: string | null;
  permanent: boolean;
}
const DONE: ItemOutcome = { error: null, permanent: false };
const NO_SUCH_CODE: ItemOutcome = { error: 'NOT_FOUND: No redeem code has this id.', permanent: true };
const IN_FLIGHT: ItemOutcome = { error: 'CONFLICT: A redeem of this code is in flight; try again shortly.', permanent: false };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Code ids are UUIDs; anything else (including NUL bytes a driver may choke on) cannot exist. */
function assertCodeId(id: string) {
  if (!UUID.test(id)) throw new AppError('NOT_FOUND', { detail: 'No redeem code has this id.' });
}
