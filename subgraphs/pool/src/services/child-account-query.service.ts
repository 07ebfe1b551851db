import { sql, type EntityManager } from '@mikro-orm/core';
import { ChildAccount, type ChildStatus } from '../entities';
import { containsPattern, countsBy, idOf, pageArgs, uuidsOnly } from './common';

export interface ChildAccountFilter {
  motherId?: string | null;
  status?: ChildStatus | null;
  search?: string | null;
}

/** Child account reads: a filtered page, and the batched look-ups behind Mother.children / childrenCount. */
export class ChildAccountQueryService {
  constructor(private readonly em: EntityManager) {}

  async list(filter: ChildAccountFilter = {}, page?: number | null, pageSize?: number | null) {
    const args = pageArgs(page, pageSize);
    const where = {
      ...(filter.motherId ? { mother: idOf('mother', filter.motherId) } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.search?.trim() ? { $or: [{ email: { $like: containsPattern(filter.search.trim()) } }, { [sql.lower('name')]: { $like: containsPattern(filter.search.trim()) } }] } : {}),
    };
    const [items, total] = await this.em.findAndCount(ChildAccount, where, { orderBy: { createdAt: 'desc', id: 'asc' }, limit: args.pageSize, offset: args.offset, disableIdentityMap: true });
    return { items, total, page: args.page, pageSize: args.pageSize };
  }

  async byMother(ids: readonly string[]): Promise<Map<string, ChildAccount[]>> {
    const valid = uuidsOnly(ids);
    const out = new Map<string, ChildAccount[]>(ids.map((id) => [id, []]));
    const rows = valid.length ? await this.em.find(ChildAccount, { mother: { $in: valid } }, { orderBy: { createdAt: 'desc' }, disableIdentityMap: true }) : [];
    for (const c of rows) out.get(c.mother.id)?.push(c);
    return out;
  }

  /** Children counted per mother with one aggregate query. */
  countByMother(ids: readonly string[]): Promise<Map<string, number>> {
    return countsBy(this.em, 'child_account', 'mother_id', ids);
  }
}
