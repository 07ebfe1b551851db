import { requireAdmin, requireAdminSession } from '@seatpool/kit';
import type { PoolContext } from '../context';
import type { CreateApiKeyInput } from '../services/api-key.service';
import type { IngestMotherInput } from '../services/ingest.service';
import type { ImportMothersInput } from '../services/mother-import.service';

type Ctx = PoolContext;
const write = (ctx: Ctx) => requireAdmin(ctx, 'pool:write');
/** API keys are managed by operator sessions only: a key could otherwise mint a wider one (docs/operations/SECURITY.md). */
const keyAdmin = (ctx: Ctx) => requireAdminSession(ctx, 'API-key management');

/** Bulk import (admin), the signed ingest (public: the HMAC is the credential) and API keys (admin). */
export const importResolvers = {
  Query: {
    apiKeys: (_: unknown, a: { page?: number; pageSize?: number; includeRevoked?: boolean }, ctx: Ctx) =>
      (requireAdmin(ctx, 'pool:read'), ctx.services.apiKeys.list(a.page, a.pageSize, a.includeRevoked ?? false)),
  },
  Mutation: {
    importMothers: (_: unknown, { input }: { input: ImportMothersInput }, ctx: Ctx) => (write(ctx), ctx.services.importer.run(input)),
    ingestMother: (_: unknown, { input }: { input: IngestMotherInput }, ctx: Ctx) => ctx.services.ingest.ingest(input),
    createApiKey: (_: unknown, { input }: { input: CreateApiKeyInput }, ctx: Ctx) => (keyAdmin(ctx), ctx.services.apiKeys.create(input)),
    revokeApiKey: (_: unknown, { input }: { input: { id: string } }, ctx: Ctx) => (keyAdmin(ctx), ctx.services.apiKeys.revoke(input.id)),
  },
};
