import { requireAdmin, requireAdminSession } from '@seatpool/kit';
import type { PoolContext } from '../context';
import { audited } from './audited';
import type { MutationCreateApiKeyArgs, MutationImportMothersArgs, MutationRevokeApiKeyArgs, Resolvers } from '../generated/resolvers-types';
import type { ImportLine } from '../services/mother-import.service';

type Ctx = PoolContext;
type ImportOutcome = { dryRun: boolean; total: number; created: number; updated: number; failed: number; lines: ImportLine[] };
const write = (ctx: Ctx) => requireAdmin(ctx, 'pool:write');
/** API keys are managed by operator sessions only: a key could otherwise mint a wider one (docs/operations/SECURITY.md). */
const keyAdmin = (ctx: Ctx) => requireAdminSession(ctx, 'API-key management');

/** Bulk import (admin), the signed ingest (public: the HMAC is the credential) and API keys (admin). */
export const importResolvers = {
  Query: {
    apiKeys: (_, a, ctx) =>
      (requireAdmin(ctx, 'pool:read'), ctx.services.apiKeys.list(a.page, a.pageSize, a.includeRevoked ?? false)),
  },
  Mutation: {
    importMothers: audited(
      'mothers.import',
      // A dry run changes nothing; the content (tokens) is never kept, only the outcome per line.
      (_: MutationImportMothersArgs, r: ImportOutcome) => (r.dryRun ? null : {
        target: null,
        payload: { total: r.total, created: r.created, updated: r.updated, failed: r.failed, lines: r.lines.map((l) => ({ line: l.line, status: l.status, motherId: l.motherId, errorCode: l.errorCode })) },
      }),
      (_, { input }, ctx) => (write(ctx), ctx.services.importer.run(input)),
    ),
    ingestMother: (_, { input }, ctx) => ctx.services.ingest.ingest(input),
    createApiKey: audited(
      'api_key.create',
      ({ input }: MutationCreateApiKeyArgs, r: { apiKey: { id: string; keyPrefix: string } }) => ({ target: { type: 'api_key', id: r.apiKey.id }, payload: { name: input.name, scopes: input.scopes, expiresAt: input.expiresAt ?? null } }),
      (_, { input }, ctx) => (keyAdmin(ctx), ctx.services.apiKeys.create(input)),
    ),
    revokeApiKey: audited('api_key.revoke', ({ input }: MutationRevokeApiKeyArgs) => ({ target: { type: 'api_key', id: input.id } }),
      (_, { input }, ctx) => (keyAdmin(ctx), ctx.services.apiKeys.revoke(input.id))),
  },
} satisfies Resolvers;
