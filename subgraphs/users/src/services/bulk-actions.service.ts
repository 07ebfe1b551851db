import { AppError } from '@seatpool/kit';
import type { BatchJob, JobType } from '../entities';
import type { CodeAdminService } from './code-admin.service';
import type { CodeFilter } from './code-filter';
import { MAX_JOB_ITEMS, type JobQueueService } from './job-queue.service';

const INVITE_JOBS: Record<'resend' | 'cancel' | 'remove', JobType> = { resend: 'resend_invites', cancel: 'cancel_invites', remove: 'remove_members' };

/** Bulk admin actions: each becomes a batch job with one item per target. */
export class BulkActionService {
  constructor(private readonly deps: { codeAdmin: CodeAdminService; jobs: JobQueueService }) {}

  /** Disables the codes given by id, or every code matching the filter (exactly one of the two). */
  async disableCodes(input: { ids?: string[] | null; filter?: CodeFilter | null }): Promise<BatchJob> {
    const byIds = Boolean(input.ids?.length);
    if (byIds === Boolean(input.filter)) throw new AppError('BAD_USER_INPUT', { detail: 'Give either ids or filter.' });
    const ids = byIds ? input.ids! : await this.deps.codeAdmin.idsMatching(input.filter!, MAX_JOB_ITEMS);
    if (!ids.length) throw new AppError('BAD_USER_INPUT', { detail: 'The filter matches no code.' });
    return this.deps.jobs.enqueue('disable_codes', ids, byIds ? {} : { filter: input.filter });
  }

  inviteAction(input: { action: 'resend' | 'cancel' | 'remove'; inviteRequestIds: string[] }): Promise<BatchJob> {
    return this.deps.jobs.enqueue(INVITE_JOBS[input.action], input.inviteRequestIds);
  }
}
