import { BatchJob } from '@seatpool/users/src/entities';
import { startStack, type Stack, type AdminClient, STACK_BOOT_MS } from './harness';
import { clearFaults, fault, invitePosts, mother, motherGroup, redeemed } from './users-flows';

jest.setTimeout(180_000);

const BULK = `mutation($i: BulkInviteActionInput!) { bulkInviteAction(input: $i) { id status total } }`;
const JOB = `query($id: ID!) { batchJob(id: $id) { status total done succeeded failed attempts items { items { targetId status attempts error } } } }`;

describe('batch jobs through the gateway, against real pool and sandbox', () => {
  let stack: Stack;
  let admin: AdminClient;
  beforeAll(async () => {
    // Jobs run only when a test runs maintenance; two attempts, no backoff between them; short leases.
    stack = await startStack({
      USERS_JOBS_RUN_ON_ENQUEUE: 'false', USERS_JOB_MAX_ATTEMPTS: '2', USERS_JOB_BACKOFF_MS: '0', USERS_JOB_LEASE_MS: '1000',
      USERS_MAINTENANCE_INTERVAL_MS: '600000',
      // The failures must not open pool's breaker for the faulted mother (it has its own tests):
      // the retried job then needs no wait for a half-open probe.
      POOL_UPSTREAM_BREAKER_THRESHOLD: '100',
    });
    admin = await stack.admin();
  }, STACK_BOOT_MS);
  afterAll(() => stack?.stop());

  const inviteIdOf = async (email: string) =>
    (await admin(`query($e: String) { inviteRequests(filter: { email: $e }) { items { id } } }`, { e: email })).data.inviteRequests.items[0].id as string;

  it('a retried job never repeats a succeeded item', async () => {
    const group = await motherGroup(admin);
    const a = await mother(stack, admin, group, 1); // one seat: the first email lands here
    const b = await mother(stack, admin, group);
    for (const e of ['one@example.com', 'two@example.com', 'three@example.com']) await redeemed(stack, admin, group, e);
    const ids = [await inviteIdOf('one@example.com'), await inviteIdOf('two@example.com'), await inviteIdOf('three@example.com')];
    const postsA = await invitePosts(stack, a.teamId);

    await fault(stack, { accountId: b.teamId, status: 500 });
    const job = (await admin(BULK, { i: { action: 'RESEND', inviteRequestIds: ids } })).data.bulkInviteAction;
    try {
      await stack.users.maintenance.runOnce();
    } finally {
      await clearFaults(stack);
    }
    // Attempt 1 and, after the (zero) backoff, attempt 2 ran the two failing items only.
    const first = (await admin(JOB, { id: job.id })).data.batchJob;
    expect(first).toMatchObject({ status: 'PARTIALLY_FAILED', total: 3, done: 3, succeeded: 1, failed: 2, attempts: 2 });
    expect(first.items.items.find((i: { targetId: string }) => i.targetId === ids[0])).toMatchObject({ status: 'SUCCEEDED', attempts: 1 });
    expect(await invitePosts(stack, a.teamId)).toBe(postsA + 1);

    expect((await admin(`mutation($id: ID!) { retryBatchJob(input: { id: $id }) { status } }`, { id: job.id })).data.retryBatchJob.status).toBe('PENDING');
    await stack.users.maintenance.runOnce();
    const second = (await admin(JOB, { id: job.id })).data.batchJob;
    expect(second).toMatchObject({ status: 'SUCCEEDED', succeeded: 3, failed: 0, attempts: 3 });
    expect(second.items.items.find((i: { targetId: string }) => i.targetId === ids[0])).toMatchObject({ status: 'SUCCEEDED', attempts: 1 });
    expect(await invitePosts(stack, a.teamId)).toBe(postsA + 1); // the succeeded item was not resent again
    const resent = await admin(`query($e: String) { inviteRequests(filter: { email: $e }) { items { resendCount } } }`, { e: 'one@example.com' });
    expect(resent.data.inviteRequests.items[0].resendCount).toBe(1);
  });

  it('a job whose worker dies is reclaimed and finishes', async () => {
    const group = await motherGroup(admin);
    const m = await mother(stack, admin, group);
    for (const e of ['d1@example.com', 'd2@example.com']) await redeemed(stack, admin, group, e);
    const ids = [await inviteIdOf('d1@example.com'), await inviteIdOf('d2@example.com')];
    const job = (await admin(BULK, { i: { action: 'RESEND', inviteRequestIds: ids } })).data.bulkInviteAction;
    const posts = await invitePosts(stack, m.teamId);

    // A worker claimed the job and died without finishing: the state it leaves behind (its lease still
    // runs for a minute, so the next round must leave the job alone however slow the machine).
    await stack.users.orm.em.fork().nativeUpdate(BatchJob, { id: job.id }, { status: 'running', attempts: 1, leaseHolder: 'worker-that-died', leaseUntil: new Date(Date.now() + 60_000), startedAt: new Date() });
    expect((await admin(JOB, { id: job.id })).data.batchJob.status).toBe('RUNNING');
    await stack.users.maintenance.runOnce(); // the lease is still held: nobody else may take it
    expect((await admin(JOB, { id: job.id })).data.batchJob).toMatchObject({ status: 'RUNNING', done: 0 });

    // Fast-forward: the dead worker's lease ran out a moment ago.
    await stack.users.orm.em.fork().nativeUpdate(BatchJob, { id: job.id }, { leaseUntil: new Date(Date.now() - 1) });
    await stack.users.maintenance.runOnce();
    const done = (await admin(JOB, { id: job.id })).data.batchJob;
    expect(done).toMatchObject({ status: 'SUCCEEDED', attempts: 2, succeeded: 2 });
    expect(await invitePosts(stack, m.teamId)).toBe(posts + 2);
    const metrics = await (await fetch(stack.users.url.replace(/graphql$/, 'metrics'))).text();
    expect(metrics).toMatch(/seatpool_users_job_reclaims_total\{type="resend_invites",service="users"\} 1/);
  });
});
