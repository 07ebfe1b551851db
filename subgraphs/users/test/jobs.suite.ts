import { BatchJob, BatchJobItem, InviteRequest, RedeemCode } from '../src/entities';
import { SET_CHUNK } from '../src/services/job-runner.service';
import { placed, type FakePool } from './support/fake-pool';
import { redeemedCode, rowOf } from './support/flows';
import { codeOf, type Caller, type UsersHarness } from './support/harness';
import { captureStatements } from './support/statements';
import { withFakePool } from './support/with-fake-pool';

const BULK = `mutation($i: BulkInviteActionInput!) { bulkInviteAction(input: $i) { id status total } }`;
const JOB = `query($id: ID!) { batchJob(id: $id) { id type status total done succeeded failed attempts maxAttempts lastError nextRunAt
  items { total items { targetId status attempts error } } } }`;
const RETRY = `mutation($id: ID!) { retryBatchJob(input: { id: $id }) { status maxAttempts } }`;
const CANCEL = `mutation($id: ID!) { cancelBatchJob(input: { id: $id }) { status } }`;

describe('batch jobs', () => {
  let pool: FakePool;
  let h: UsersHarness;
  let admin: Caller;
  let failing: Set<string>;

  withFakePool({ USERS_JOBS_RUN_ON_ENQUEUE: 'false', USERS_JOB_BACKOFF_MS: '0', USERS_JOB_MAX_ATTEMPTS: '2', USERS_JOB_LEASE_MS: '200' }, (s) => ({ pool, h, admin } = s));
  beforeEach(() => {
    failing = new Set();
    pool.script.resendPlacementInvite = (key) => (failing.has(key) ? { error: 'UPSTREAM_UNAVAILABLE' } : placed(key, 'x@example.com'));
  });

  const em = () => h.users.orm.em.fork();
  const invitesOf = async (n: number, tag: string) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const code = await redeemedCode(h, admin, `${tag}${i}@example.com`);
      ids.push((await em().findOneOrFail(InviteRequest, { placementKey: (await rowOf(h, admin, code)).seatKey! })).id);
    }
    return ids;
  };
  const job = async (id: string) => (await h.gql(JOB, { id }, admin)).data.batchJob;
  const resends = async (ids: string[]) => {
    const rows = new Map((await em().find(InviteRequest, { id: { $in: ids } })).map((i) => [i.id, i.resendCount]));
    return ids.map((id) => rows.get(id));
  };

  it('runs every item, retries only the failed ones after a backoff, and ends PARTIALLY_FAILED', async () => {
    const ids = await invitesOf(4, 'job');
    failing.add((await em().findOneOrFail(InviteRequest, { id: ids[3] })).placementKey);
    const enqueued = (await h.gql(BULK, { i: { action: 'RESEND', inviteRequestIds: [...ids, ids[0], 'unknown-invite'] } }, admin)).data.bulkInviteAction;
    expect(enqueued).toMatchObject({ status: 'PENDING', total: 5 });

    await h.users.maintenance.runOnce(); // attempt 1: 3 ok, the failing one and the unknown one fail; attempt 2 follows at once (backoff 0)
    const after = await job(enqueued.id);
    expect(after).toMatchObject({ status: 'PARTIALLY_FAILED', total: 5, done: 5, succeeded: 3, failed: 2, attempts: 2, maxAttempts: 2 });
    const items = Object.fromEntries(after.items.items.map((i: { targetId: string }) => [i.targetId, i]));
    expect(items[ids[0]]).toMatchObject({ status: 'SUCCEEDED', attempts: 1 });
    expect(items[ids[3]]).toMatchObject({ status: 'FAILED', attempts: 2, error: expect.stringMatching(/^UPSTREAM_UNAVAILABLE/) });
    expect(items['unknown-invite']).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/^NOT_FOUND/) });
    expect(await resends(ids.slice(0, 3))).toEqual([1, 1, 1]);

    // The admin retries once the upstream is back: only the failed items run again. The unknown
    // invite fails for good on the first attempt of that round, so no further attempt follows.
    failing.clear();
    expect((await h.gql(RETRY, { id: enqueued.id }, admin)).data.retryBatchJob).toEqual({ status: 'PENDING', maxAttempts: 4 });
    await h.users.maintenance.runOnce();
    expect(await job(enqueued.id)).toMatchObject({ status: 'PARTIALLY_FAILED', succeeded: 4, failed: 1, attempts: 3 });
    expect(await resends(ids)).toEqual([1, 1, 1, 1]); // each invite resent exactly once overall
    const history = await h.gql(`{ bulkOperations(filter: { type: INVITES_RESEND }) { total items { total succeeded failed jobId } } }`, {}, admin);
    expect(history.data.bulkOperations.items[0]).toEqual({ total: 5, succeeded: 4, failed: 1, jobId: enqueued.id });
  });

  it('ends FAILED when nothing succeeds, and SUCCEEDED when everything does', async () => {
    const bad = (await h.gql(`mutation { bulkDisableCodes(input: { ids: ["nope-1", "nope-2"] }) { id } }`, {}, admin)).data.bulkDisableCodes;
    const code = await redeemedCode(h, admin, 'dis@example.com');
    const good = (await h.gql(`mutation($ids: [ID!]) { bulkDisableCodes(input: { ids: $ids }) { id } }`, { ids: [(await rowOf(h, admin, code)).id] }, admin)).data.bulkDisableCodes;
    await h.users.maintenance.runOnce();
    expect(await job(bad.id)).toMatchObject({ status: 'FAILED', failed: 2, succeeded: 0, attempts: 1 }); // NOT_FOUND is not retried
    expect(await job(good.id)).toMatchObject({ status: 'SUCCEEDED', succeeded: 1, lastError: null });
    expect((await rowOf(h, admin, code)).status).toBe('disabled');
  });

  it('a permanent item error fails that item at once; only a transient one is retried', async () => {
    const ids = await invitesOf(3, 'perm');
    const keys = await Promise.all(ids.map(async (id) => (await em().findOneOrFail(InviteRequest, { id })).placementKey));
    failing.add(keys[1]); // transient: pool answers UPSTREAM_UNAVAILABLE
    pool.script.resendPlacementInvite = (key) =>
      key === keys[0] ? { error: 'CONFLICT' } : failing.has(key) ? { error: 'UPSTREAM_UNAVAILABLE' } : placed(key, 'x@example.com');
    const callsBefore = pool.calls.length;
    const enqueued = (await h.gql(BULK, { i: { action: 'RESEND', inviteRequestIds: ids } }, admin)).data.bulkInviteAction;
    await h.users.maintenance.runOnce(); // two attempts (backoff 0)
    const done = await job(enqueued.id);
    expect(done).toMatchObject({ status: 'PARTIALLY_FAILED', succeeded: 1, failed: 2, attempts: 2 });
    const items = Object.fromEntries(done.items.items.map((i: { targetId: string }) => [i.targetId, i]));
    expect(items[ids[0]]).toMatchObject({ status: 'FAILED', attempts: 1, error: expect.stringMatching(/^CONFLICT: /) });
    expect(items[ids[1]]).toMatchObject({ status: 'FAILED', attempts: 2, error: expect.stringMatching(/^UPSTREAM_UNAVAILABLE/) });
    const resendsOf = (key: string) => pool.calls.slice(callsBefore).filter((c) => c.op === 'resendPlacementInvite' && c.variables.key === key).length;
    expect(keys.map(resendsOf)).toEqual([1, 2, 1]);

    // Only permanent failures left: the job ends at once instead of waiting out its attempts.
    const again = (await h.gql(BULK, { i: { action: 'RESEND', inviteRequestIds: [ids[0]] } }, admin)).data.bulkInviteAction;
    await h.users.maintenance.runOnce();
    expect(await job(again.id)).toMatchObject({ status: 'FAILED', attempts: 1, failed: 1 });
  });

  it('bulk-disables N codes exactly and set-based: one conditional UPDATE per chunk, every item recorded', async () => {
    const N = 1_234;
    const gen = (await h.gql(`mutation { generateCodes(input: { count: ${N} }) { batchId } }`, {}, admin)).data.generateCodes;
    const db = em();
    const [reserved, used] = await db.find(RedeemCode, { batch: gen.batchId }, { limit: 2, orderBy: { id: 'asc' } });
    await db.nativeUpdate(RedeemCode, { id: reserved.id }, { status: 'reserved' });
    await db.nativeUpdate(RedeemCode, { id: used.id }, { status: 'used' });
    const res = (await h.gql(`mutation($b: ID) { bulkDisableCodes(input: { filter: { batchId: $b } }) { id total } }`, { b: gen.batchId }, admin)).data.bulkDisableCodes;
    expect(res.total).toBe(N);

    // Count the statements the run sends to the database.
    const statements = await captureStatements(h, () => h.users.maintenance.runOnce());
    const codeUpdates = statements.filter((q) => /^update\s+["`]redeem_code["`] .* where ["`]id["`] in/i.test(q));
    expect(codeUpdates).toHaveLength(Math.ceil(N / SET_CHUNK)); // one per chunk; the retry of the reserved code finds nothing to update
    expect(statements.filter((q) => /^update\s+["`]batch_job_item["`]/i.test(q)).length).toBeLessThanOrEqual(Math.ceil(N / SET_CHUNK) * 2 + 2);

    const done = await job(res.id);
    expect(done).toMatchObject({ status: 'PARTIALLY_FAILED', total: N, succeeded: N - 1, failed: 1, attempts: 2 });
    const rows = await em().find(RedeemCode, { batch: gen.batchId }, { fields: ['id', 'status', 'disabledFrom'] });
    expect(rows.filter((r) => r.status === 'disabled')).toHaveLength(N - 1);
    expect(rows.find((r) => r.id === reserved.id)!.status).toBe('reserved');
    expect(rows.find((r) => r.id === used.id)!.disabledFrom).toBe('used'); // remembers what to return to
    expect(rows.filter((r) => r.disabledFrom === 'unused')).toHaveLength(N - 2);
    const failed = (await h.gql(`query($id: ID!) { batchJob(id: $id) { items(status: FAILED) { items { targetId attempts error } } } }`, { id: res.id }, admin)).data.batchJob.items.items;
    expect(failed).toEqual([{ targetId: reserved.id, attempts: 2, error: expect.stringMatching(/^CONFLICT: A redeem of this code is in flight/) }]);
    const audit = await h.gql(`query($id: String) { auditLogs(filter: { action: "code.disable", targetId: $id }) { total } }`, { id: res.id }, admin);
    expect(audit.data?.auditLogs.total ?? audit.errors).toBe(Math.ceil(N / SET_CHUNK)); // one compact entry per chunk
  });

  it('reclaims a job whose runner died, counts the reclaim as an attempt, and never repeats a finished item', async () => {
    const ids = await invitesOf(3, 'dead');
    const enqueued = (await h.gql(BULK, { i: { action: 'RESEND', inviteRequestIds: ids } }, admin)).data.bulkInviteAction;
    // A runner took the job, finished the first item, then died: its lease lapses.
    const db = em();
    await db.nativeUpdate(BatchJob, { id: enqueued.id }, { status: 'running', attempts: 1, leaseHolder: 'dead-runner', leaseUntil: new Date(Date.now() - 1), startedAt: new Date() });
    const first = await db.findOneOrFail(BatchJobItem, { job: enqueued.id, targetId: ids[0] });
    await db.nativeUpdate(BatchJobItem, { id: first.id }, { status: 'succeeded', attempts: 1 });
    await db.nativeUpdate(InviteRequest, { id: ids[0] }, { resendCount: 1 });

    await h.users.maintenance.runOnce();
    expect(await job(enqueued.id)).toMatchObject({ status: 'SUCCEEDED', attempts: 2, succeeded: 3 });
    expect(await resends(ids)).toEqual([1, 1, 1]);
    const metrics = await (await fetch(h.users.url.replace(/graphql$/, 'metrics'))).text();
    expect(metrics).toMatch(/seatpool_users_job_reclaims_total\{type="resend_invites",service="users"\} 1/);
    expect(metrics).toMatch(/seatpool_users_batch_jobs\{status="pending",service="users"\} \d+/);
    expect(metrics).toMatch(/seatpool_users_jobs_finished_total\{type="resend_invites",status="succeeded",service="users"\} \d+/);
    expect(metrics).toMatch(/seatpool_users_job_items_total\{type="resend_invites",outcome="succeeded",service="users"\} \d+/);
    expect(metrics).toMatch(/seatpool_users_job_retries_total\{type="resend_invites",service="users"\} \d+/);
    expect(metrics).toContain('seatpool_users_job_run_duration_seconds_bucket');
    expect(metrics).toMatch(/seatpool_users_invites\{status="sent",service="users"\} \d+/);
    expect(metrics).toMatch(/seatpool_users_invite_actions_total\{action="resend",outcome="ok",service="users"\} \d+/);
    expect(metrics).toMatch(/seatpool_users_switch_queue_length\{status="queued",service="users"\} 0/);
  });

  it('cancels a pending job and refuses to retry a running or succeeded one', async () => {
    const ids = await invitesOf(1, 'cancel');
    const enqueued = (await h.gql(BULK, { i: { action: 'RESEND', inviteRequestIds: ids } }, admin)).data.bulkInviteAction;
    expect(codeOf(await h.gql(RETRY, { id: enqueued.id }, admin))).toBe('CONFLICT');
    expect((await h.gql(CANCEL, { id: enqueued.id }, admin)).data.cancelBatchJob.status).toBe('CANCELLED');
    await h.users.maintenance.runOnce();
    expect(await job(enqueued.id)).toMatchObject({ status: 'CANCELLED', done: 0 });
    expect(codeOf(await h.gql(CANCEL, { id: enqueued.id }, admin))).toBe('CONFLICT');
    expect(codeOf(await h.gql(RETRY, { id: 'no-such-job' }, admin))).toBe('NOT_FOUND');
    const list = await h.gql(`{ batchJobs(filter: { status: CANCELLED, type: RESEND_INVITES }, pageSize: 10) { total items { id } } }`, {}, admin);
    expect(list.data.batchJobs.items.map((j: { id: string }) => j.id)).toContain(enqueued.id);
    expect(codeOf(await h.gql(BULK, { i: { action: 'RESEND', inviteRequestIds: [] } }, admin))).toBe('BAD_USER_INPUT');
  });

  it('bulk-disables by filter and refuses a reserved code per item, not for the whole job', async () => {
    const code = await redeemedCode(h, admin, 'flt@example.com');
    const row = await rowOf(h, admin, code);
    await em().nativeUpdate(RedeemCode, { id: row.id }, { status: 'reserved' });
    const res = await h.gql(`mutation($b: ID) { bulkDisableCodes(input: { filter: { batchId: $b } }) { id total } }`, { b: row.batch.id }, admin);
    expect(res.data.bulkDisableCodes.total).toBe(1);
    await h.users.maintenance.runOnce();
    const done = await job(res.data.bulkDisableCodes.id);
    expect(done.items.items[0]).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/^CONFLICT/) });
    expect(codeOf(await h.gql(`mutation { bulkDisableCodes(input: {}) { id } }`, {}, admin))).toBe('BAD_USER_INPUT');
  });
});
