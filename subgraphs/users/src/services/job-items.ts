import type { EntityManager } from '@mikro-orm/core';
import type { JobType } from '../entities';
import { actorOf, AuditService } from './audit.service';
import { CodeAdminService } from './code-admin.service';
import type { UsersDeps } from './deps';
import { InviteAdminService, type ItemAttempt } from './invite-admin.service';
import type { ChunkExecutor, ItemExecutor } from './job-runner.service';

/** What a batch job item needs: the invite and code services on their own entity manager. */
function itemServices(em: EntityManager, deps: UsersDeps, requestId: string) {
  const { keys, now, pool, metrics } = deps;
  const audit = new AuditService(em, actorOf(null, requestId), now);
  return {
    invites: new InviteAdminService(em, { pool, audit, metrics, now, requestId, hashKey: keys.hash }),
    codeAdmin: new CodeAdminService(em, { hashKey: keys.hash, audit, now }),
  };
}

const NOT_REPEATED = 'resumed after its worker stopped: pool had already sent this resend, so it was not sent again';
const RESUMED = 'resumed after its worker stopped: pool answered the repeated (idempotent) call';

/** One batch job item: the same service call as the single admin operation, without its own audit entry. */
async function runItem(services: ReturnType<typeof itemServices>, type: JobType, targetId: string, attempt?: ItemAttempt): Promise<{ note?: string }> {
  const opts = { audit: false };
  switch (type) {
    case 'resend_invites': {
      const invite = await services.invites.resend(targetId, { ...opts, attempt });
      return { note: invite.repeated ? NOT_REPEATED : attempt?.resumed ? RESUMED : undefined };
    }
    case 'cancel_invites':
      await services.invites.cancel(targetId, opts);
      return { note: attempt?.resumed ? RESUMED : undefined };
    case 'remove_members':
      await services.invites.remove(targetId, opts);
      return { note: attempt?.resumed ? RESUMED : undefined };
    case 'disable_codes':
      await services.codeAdmin.disable(targetId, opts);
      return {};
  }
}

/** The batch-job dispatch: which service call runs an item of each type (the job runner's executors). */
export function jobDispatch(em: EntityManager, deps: UsersDeps, requestId: string): { execute: ItemExecutor; chunk: Partial<Record<JobType, ChunkExecutor>> } {
  return {
    // Each item runs with its own entity manager, so a long job never grows one identity map.
    execute: (type, targetId, attempt) => runItem(itemServices(em.fork(), deps, requestId), type, targetId, attempt),
    // Disabling codes needs no upstream call: one conditional UPDATE per chunk of items.
    chunk: { disable_codes: (tx, job, targetIds) => itemServices(tx, deps, requestId).codeAdmin.disableMany(tx, targetIds, { type: 'job', id: job.id }) },
  };
}
