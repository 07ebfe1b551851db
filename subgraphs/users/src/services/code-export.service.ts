import type { EntityManager } from '@mikro-orm/core';
import { AppError, csvRow, SecretBox } from '@seatpool/kit';
import { randomUUID } from 'node:crypto';
import { BulkOperation, RedeemCode } from '../entities';
import type { AuditService } from './audit.service';
import { codeWhere, type CodeFilter } from './code-filter';
import { redact } from './redaction';

export const MAX_EXPORT_ROWS = 50_000;
const CHUNK = 2_000;
const HEADER = ['code', 'status', 'batch_id', 'sku_id', 'mother_group_id', 'bound_email', 'team_name', 'created_at', 'used_at', 'expires_at', 'lifecycle_ends_at', 'switches_used', 'switch_limit'];
const FIELDS = ['id', 'codeCiphertext', 'status', 'batch', 'skuId', 'motherGroupId', 'boundEmail', 'teamName', 'createdAt', 'usedAt', 'expiresAt', 'lifecycleEndsAt', 'switchCount', 'switchLimit'] as const;

export interface CodeExport {
  filename: string;
  rowCount: number;
  csv: string;
}

/**
 * Exports codes as CSV with the plain codes decrypted for the operator. Every export is written to
 * the audit log and the bulk history (what was exported, how many rows, by whom; never the codes).
 */
export class CodeExportService {
  constructor(private readonly em: EntityManager, private readonly deps: { box: SecretBox; hashKey: Buffer; audit: AuditService; now: () => Date }) {}

  /** CSV of every code matching the filter (oldest first); BAD_USER_INPUT when it matches more than MAX_EXPORT_ROWS. */
  async export(filter: CodeFilter): Promise<CodeExport> {
    const where = codeWhere(filter, this.deps.hashKey);
    const total = await this.em.count(RedeemCode, where);
    if (total > MAX_EXPORT_ROWS) throw new AppError('BAD_USER_INPUT', { detail: `The filter matches ${total} codes; export at most ${MAX_EXPORT_ROWS} at once.` });
    const parts: string[] = [csvRow(HEADER)];
    let rowCount = 0;
    for (let offset = 0; offset < total; offset += CHUNK) {
      const rows = await this.em.find(RedeemCode, where, {
        fields: [...FIELDS],
        orderBy: { createdAt: 'asc', id: 'asc' },
        limit: CHUNK,
        offset,
        disableIdentityMap: true,
      });
      for (const r of rows) {
        parts.push(
          csvRow([
            this.deps.box.open(r.codeCiphertext),
            r.status.toUpperCase(),
            r.batch.id,
            r.skuId,
            r.motherGroupId,
            r.boundEmail,
            r.teamName,
            r.createdAt,
            r.usedAt,
            r.expiresAt,
            r.lifecycleEndsAt,
            r.switchCount,
            r.switchLimit,
          ]),
        );
      }
      rowCount += rows.length;
    }
    const now = this.deps.now();
    const filename = `codes-${filter.batchId ?? 'filtered'}-${now.toISOString().replace(/[-:]/g, '').slice(0, 15)}.csv`;
    const { audit } = this.deps;
    await this.em.transactional(async (tx) => {
      await audit.record(tx, 'codes.export', filter.batchId ? { type: 'batch', id: filter.batchId } : null, { filter, rowCount });
      await tx.insert(BulkOperation, {
        id: randomUUID(),
        type: 'code_export',
        actor: audit.who.actor,
        total: rowCount,
        succeeded: rowCount,
        failed: 0,
        metadata: JSON.stringify(redact({ filter, filename })),
        createdAt: now,
      });
    });
    return { filename, rowCount, csv: parts.join('') };
  }
}
