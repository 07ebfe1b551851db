import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { pageWindow, type Page } from '@seatpool/kit';
import { BulkOperation, type BulkOperationType } from '../entities';
import { compact, newestFirst, timeRange, type TimeFilter } from './list-filters';

export interface BulkFilter extends TimeFilter {
  type?: BulkOperationType | null;
  actor?: string | null;
}

/** The bulk history (generate, export, finished batch jobs), newest first. */
export class BulkHistoryService {
  constructor(private readonly em: EntityManager) {}

  async list(filter: BulkFilter = {}, args: { page?: number | null; pageSize?: number | null } = {}): Promise<Page<BulkOperation>> {
    const window = pageWindow(args);
    const where = compact({ type: filter.type ?? undefined, actor: filter.actor ?? undefined, createdAt: timeRange(filter.createdFrom, filter.createdTo) }) as FilterQuery<BulkOperation>;
    return newestFirst(this.em, BulkOperation, where, window);
  }
}
