import type { EntityManager } from '@mikro-orm/core';
import { AppError, SecretBox, ServiceCallError } from '@seatpool/kit';
import { randomUUID } from 'node:crypto';
import { BulkOperation, CodeBatch, CodeSku, RedeemCode } from '../entities';
import type { AuditService } from './audit.service';
import { codeHash, parsePrefix, randomCode } from './code-format';

export const MAX_CODES_PER_BATCH = 10_000;
const CHUNK = 500;

export interface GenerateCodesInput {
  count: number;
  prefix?: string | null;
  expiresAt?: Date | null;
  skuId?: string | null;
  motherGroupId?: string | null;
}

/** Terms of a code minted without a SKU. */
export interface DefaultTerms {
  lifecycleDays: number;
  switchLimit: number | null;
  refreshLimit: number | null;
}

/** Mints batches of random codes. Storage keeps a keyed hash (lookup) and ciphertext (export) only. */
export class CodeGeneratorService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: {
      hashKey: Buffer;
      box: SecretBox;
      now: () => Date;
      audit: AuditService;
      /** Asks pool (internal API) whether a mother group exists. */
      groupExists: (id: string) => Promise<boolean>;
      defaults: DefaultTerms;
    },
  ) {}

  /** Codes for a group pool does not know could never be redeemed, yet would count as redeemable. */
  private async assertGroup(id: string): Promise<void> {
    let known: boolean;
    try {
      known = await this.deps.groupExists(id);
    } catch (err) {
      if (err instanceof ServiceCallError) throw new AppError('UPSTREAM_UNAVAILABLE', { detail: 'Pool could not confirm motherGroupId; nothing was generated. Try again.' });
      throw err;
    }
    if (!known) throw new AppError('BAD_USER_INPUT', { detail: `motherGroupId: no mother group has the id ${id}.`, extensions: { field: 'motherGroupId' } });
  }

  /**
   * Creates the batch, all its codes (with the SKU's terms copied onto each), the audit entry and
   * the bulk-history row in one transaction; the plain codes are returned only here.
   */
  async generateCodes(input: GenerateCodesInput): Promise<{ batchId: string; codes: string[] }> {
    const now = this.deps.now();
    if (!Number.isInteger(input.count) || input.count < 1 || input.count > MAX_CODES_PER_BATCH) {
      throw new AppError('BAD_USER_INPUT', { detail: `count must be between 1 and ${MAX_CODES_PER_BATCH}.` });
    }
    const prefix = parsePrefix(input.prefix);
    const expiresAt = input.expiresAt ?? null;
    if (expiresAt && expiresAt <= now) throw new AppError('BAD_USER_INPUT', { detail: 'expiresAt must be in the future.' });
    const motherGroupId = input.motherGroupId?.trim() || null;
    if (motherGroupId && motherGroupId.length > 64) throw new AppError('BAD_USER_INPUT', { detail: 'motherGroupId must be at most 64 characters.' });
    const terms = await this.terms(input.skuId ?? null);
    if (motherGroupId) await this.assertGroup(motherGroupId);

    const codes = new Set<string>();
    while (codes.size < input.count) codes.add(randomCode(prefix));
    const batchId = randomUUID();
    const rows = [...codes].map((code) => ({
      id: randomUUID(),
      batch: batchId,
      codeHash: codeHash(this.deps.hashKey, code.replace(/-/g, '')),
      codeCiphertext: this.deps.box.seal(code),
      status: 'unused' as const,
      expiresAt,
      motherGroupId,
      createdAt: now,
      skuId: terms.skuId,
      lifecycleDays: terms.lifecycleDays,
      switchLimit: terms.switchLimit,
      refreshLimit: terms.refreshLimit,
    }));
    const { audit } = this.deps;
    const details = { count: input.count, prefix, expiresAt, skuId: terms.skuId, motherGroupId };
    await this.em.transactional(async (em) => {
      await em.insert(CodeBatch, { id: batchId, count: input.count, prefix, expiresAt, skuId: terms.skuId, motherGroupId, createdAt: now, createdBy: audit.who.actor });
      for (let i = 0; i < rows.length; i += CHUNK) await em.insertMany(RedeemCode, rows.slice(i, i + CHUNK));
      await audit.record(em, 'codes.generate', { type: 'batch', id: batchId }, details);
      await em.insert(BulkOperation, {
        id: randomUUID(),
        type: 'code_generate',
        actor: audit.who.actor,
        total: input.count,
        succeeded: input.count,
        failed: 0,
        metadata: JSON.stringify({ batchId, ...details }),
        createdAt: now,
      });
    });
    return { batchId, codes: [...codes] };
  }

  /** The SKU's terms (it must exist and be active), or the configured defaults without a SKU. */
  private async terms(skuId: string | null): Promise<DefaultTerms & { skuId: string | null }> {
    if (!skuId) return { ...this.deps.defaults, skuId: null };
    const sku = await this.em.findOne(CodeSku, { id: skuId });
    if (!sku || !sku.active) throw new AppError('BAD_USER_INPUT', { detail: 'skuId does not name an active SKU.' });
    return { skuId: sku.id, lifecycleDays: sku.lifecycleDays, switchLimit: sku.switchLimit ?? null, refreshLimit: sku.refreshLimit ?? null };
  }
}
