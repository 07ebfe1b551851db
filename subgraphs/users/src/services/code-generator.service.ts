import type { EntityManager } from '@mikro-orm/core';
import { AppError, SecretBox } from '@seatpool/kit';
import { randomUUID } from 'node:crypto';
import { CodeBatch, RedeemCode } from '../entities';
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

/** Mints batches of random codes. Storage keeps a keyed hash (lookup) and ciphertext (export) only. */
export class CodeGeneratorService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: { hashKey: Buffer; box: SecretBox; now: () => Date },
  ) {}

  /** Creates the batch and all its codes in one transaction; the plain codes are returned only here. */
  async generateCodes(input: GenerateCodesInput): Promise<{ batchId: string; codes: string[] }> {
    const now = this.deps.now();
    if (!Number.isInteger(input.count) || input.count < 1 || input.count > MAX_CODES_PER_BATCH) {
      throw new AppError('BAD_USER_INPUT', { detail: `count must be between 1 and ${MAX_CODES_PER_BATCH}.` });
    }
    const prefix = parsePrefix(input.prefix);
    const expiresAt = input.expiresAt ?? null;
    if (expiresAt && expiresAt <= now) throw new AppError('BAD_USER_INPUT', { detail: 'expiresAt must be in the future.' });
    const motherGroupId = input.motherGroupId ?? null;

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
    }));
    await this.em.transactional(async (em) => {
      await em.insert(CodeBatch, { id: batchId, count: input.count, prefix, expiresAt, skuId: input.skuId ?? null, motherGroupId, createdAt: now });
      for (let i = 0; i < rows.length; i += CHUNK) await em.insertMany(RedeemCode, rows.slice(i, i + CHUNK));
    });
    return { batchId, codes: [...codes] };
  }
}
