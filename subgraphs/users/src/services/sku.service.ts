import { raw, UniqueConstraintViolationException, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import { AppError, pageWindow, type Page } from '@seatpool/kit';
import { randomUUID } from 'node:crypto';
import { CodeSku } from '../entities';
import type { AuditService } from './audit.service';
import { newestFirst } from './list-filters';

export interface SkuInput {
  // null arrives when a client sends an explicit null; `validate` refuses it where a value is required.
  name?: string | null;
  slug?: string | null;
  description?: string | null;
  lifecycleDays?: number | null;
  switchLimit?: number | null;
  refreshLimit?: number | null;
  priceCents?: number | null;
  active?: boolean | null;
}

const SLUG = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const bad = (detail: string) => new AppError('BAD_USER_INPUT', { detail });
const intIn = (v: number, min: number, max: number) => Number.isInteger(v) && v >= min && v <= max;

/** Checks and normalizes every field present in `input`; absent fields stay absent. */
function validate(input: SkuInput): SkuInput {
  const out: SkuInput = {};
  if (input.name !== undefined) {
    out.name = input.name?.trim();
    if (!out.name || out.name.length < 2 || out.name.length > 100) throw bad('name must be 2 to 100 characters.');
  }
  if (input.slug !== undefined) {
    out.slug = input.slug?.trim().toLowerCase();
    if (!out.slug || !SLUG.test(out.slug)) throw bad('slug must match ^[a-z0-9][a-z0-9_-]{0,63}$.');
  }
  if (input.description !== undefined) {
    out.description = input.description?.trim() || null;
    if (out.description && out.description.length > 500) throw bad('description must be at most 500 characters.');
  }
  if (input.lifecycleDays !== undefined) {
    if (input.lifecycleDays === null || !intIn(input.lifecycleDays, 1, 3650)) throw bad('lifecycleDays must be 1 to 3650.');
    out.lifecycleDays = input.lifecycleDays;
  }
  for (const field of ['switchLimit', 'refreshLimit'] as const) {
    const v = input[field];
    if (v === undefined) continue;
    if (v !== null && !intIn(v, 0, 100)) throw bad(`${field} must be 0 to 100, or null for unlimited.`);
    out[field] = v;
  }
  if (input.priceCents !== undefined) {
    if (input.priceCents === null || !intIn(input.priceCents, 0, 100_000_000)) throw bad('priceCents must be 0 to 100000000.');
    out.priceCents = input.priceCents;
  }
  if (input.active !== undefined) {
    if (input.active === null) throw bad('active cannot be null.');
    out.active = input.active;
  }
  return out;
}

/** Code products: the terms (lifecycle, switch and refresh limits, price) codes are minted with. */
export class SkuService {
  constructor(private readonly em: EntityManager, private readonly deps: { audit: AuditService; now: () => Date }) {}

  async list(filter: { includeInactive?: boolean | null; search?: string | null } = {}, args: { page?: number | null; pageSize?: number | null } = {}): Promise<Page<CodeSku>> {
    const window = pageWindow(args);
    const where: FilterQuery<CodeSku> = {};
    if (!filter.includeInactive) Object.assign(where, { active: true });
    const search = filter.search?.trim().toLowerCase().replace(/[%_\\]/g, '');
    // lower() on both sides: SQLite has no ILIKE and PostgreSQL's LIKE is case-sensitive.
    if (search) Object.assign(where, { $or: [{ slug: { $like: `%${search}%` } }, { [raw('lower(name)')]: { $like: `%${search}%` } }] });
    return newestFirst(this.em, CodeSku, where, window);
  }

  get(id: string): Promise<CodeSku | null> {
    return this.em.findOne(CodeSku, { id });
  }

  /** A new SKU; the slug is unique (stored lower-cased), a duplicate is CONFLICT. */
  async create(input: SkuInput): Promise<CodeSku> {
    for (const field of ['name', 'slug', 'lifecycleDays'] as const) if (input[field] === undefined || input[field] === null) throw bad(`${field} is required.`);
    const v = validate(input);
    const now = this.deps.now();
    const row = {
      id: randomUUID(),
      name: v.name!,
      slug: v.slug!,
      description: v.description ?? null,
      lifecycleDays: v.lifecycleDays!,
      switchLimit: v.switchLimit === undefined ? null : v.switchLimit,
      refreshLimit: v.refreshLimit === undefined ? null : v.refreshLimit,
      priceCents: v.priceCents ?? 0,
      active: v.active ?? true,
      createdAt: now,
      updatedAt: now,
    };
    await this.uniqueSlug(() =>
      this.em.transactional(async (tx) => {
        await tx.insert(CodeSku, row);
        await this.deps.audit.record(tx, 'sku.create', { type: 'sku', id: row.id }, row);
      }),
    );
    return this.em.findOneOrFail(CodeSku, { id: row.id }, { refresh: true });
  }

  /** Changes the given fields only; an explicit null clears a nullable field (description, limits). */
  async update(id: string, input: SkuInput): Promise<CodeSku> {
    const v = validate(input);
    await this.uniqueSlug(() =>
      this.em.transactional(async (tx) => {
        const changed = Object.keys(v).length ? await tx.nativeUpdate(CodeSku, { id }, { ...v, updatedAt: this.deps.now() }) : await tx.count(CodeSku, { id });
        if (!changed) throw new AppError('NOT_FOUND', { detail: 'No SKU has this id.' });
        await this.deps.audit.record(tx, 'sku.update', { type: 'sku', id }, v);
      }),
    );
    return this.em.findOneOrFail(CodeSku, { id }, { refresh: true });
  }

  private async uniqueSlug(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw new AppError('CONFLICT', { detail: 'Another SKU already has this slug.' });
      throw err;
    }
  }
}
