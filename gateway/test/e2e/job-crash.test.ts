/**
 * Issue 10, item 14: users is killed (`kill -9`) in the middle of a bulk RESEND. After a restart
 * the reclaimed job finishes and every invite reached the upstream exactly once: the item that was
 * in flight at the kill is resumed under its recorded attempt key, pool says the resend already
 * went out, and the item's result says so instead of sending it again.
 */
import { pollUntil } from '@seatpool/kit/testing';
import { STACK_BOOT_MS } from './harness';
import { startChildUsersStack, type ChildUsersStack } from './support/child-users';
import { REDEEM } from './users-flows';

jest.setTimeout(240_000);

// Enough items that the kill lands mid-job with items done before and after it (each resend takes LATENCY_MS).
const INVITES = 16;
const KILL_AT = 6; // the 6th resend POST is in flight at the sandbox when users dies
const LATENCY_MS = 500;
const BULK = `mutation($i: BulkInviteActionInput!) { bulkInviteAction(input: $i) { id status total } }`;
const JOB = `query($id: ID!) { batchJob(id: $id) { status total succeeded failed attempts items(pageSize: 100) { items { targetId status attempts error note } } } }`;

type Gql = Awaited<ReturnType<ChildUsersStack['admin']>>;

async function ok(res: Promise<{ data?: any; errors?: unknown }>, what: string) {
  const r = await res;
  if (r.errors) throw new Error(`${what}: ${JSON.stringify(r.errors)}`);
  return r.data;
}

async function invitePosts(stack: ChildUsersStack): Promise<Record<string, number>> {
  return ((await (await fetch(`${stack.sandbox.url}/_sandbox/requests`)).json()) as { invitePosts: Record<string, number> }).invitePosts;
}

const sum = (posts: Record<string, number>, teams: string[]) => teams.reduce((n, t) => n + (posts[t] ?? 0), 0);

describe('a bulk resend survives kill -9 of users without a duplicate upstream invite', () => {
  let stack: ChildUsersStack;
  let admin: Gql;
  beforeAll(async () => {
    stack = await startChildUsersStack({
      // A dead worker's job lease lapses after 4 s; the next maintenance round (every 300 ms) reclaims it.
      // Renewed per item (each takes LATENCY_MS upstream): 1 s lapsed under a live runner on a loaded
      // machine, and a third claim broke the count of attempts.
      USERS_JOB_LEASE_MS: '4000', USERS_JOB_BACKOFF_MS: '0', USERS_MAINTENANCE_INTERVAL_MS: '300',
    });
    admin = await stack.admin();
  }, STACK_BOOT_MS);
  afterAll(() => stack?.stop());

  it('sends exactly one invite POST per item across the crash and the reclaim', async () => {
    // One one-seat mother per invite, so the sandbox's per-workspace counters count per item.
    const group = (await ok(admin(`mutation($i: CreateMotherGroupInput!) { createMotherGroup(input: $i) { id } }`, { i: { name: 'crash-group' } }), 'group')).createMotherGroup.id;
    const teams: string[] = [];
    for (let i = 0; i < INVITES; i++) {
      const account = (await (await fetch(`${stack.sandbox.url}/_sandbox/accounts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ seats: 1 }) })).json()) as { accessToken: string; accountIds: string[] };
      await ok(admin(`mutation($i: CreateMotherInput!) { createMother(input: $i) { id } }`, { i: { name: `crash-${i}`, accessToken: account.accessToken, seatLimit: 1, motherGroupId: group } }), 'createMother');
      teams.push(account.accountIds[0]);
    }
    const codes: string[] = (await ok(admin(`mutation($i: GenerateCodesInput!) { generateCodes(input: $i) { codes } }`, { i: { count: INVITES, motherGroupId: group } }), 'codes')).generateCodes.codes;
    for (const [i, code] of codes.entries()) {
      expect((await ok(stack.gql(REDEEM, { i: { code, email: `crash${i}@example.com` } }), 'redeem')).redeem.status).toBe('INVITE_SENT');
    }
    const ids: string[] = (await ok(admin(`{ inviteRequests(pageSize: 100) { items { id } } }`), 'invites')).inviteRequests.items.map((i: { id: string }) => i.id);
    expect(ids).toHaveLength(INVITES);
    const before = await invitePosts(stack);
    expect(teams.map((t) => before[t])).toEqual(teams.map(() => 1)); // the first invite of each redeem

    // Every upstream invite now takes LATENCY_MS, so a resend is in flight for that long.
    await fetch(`${stack.sandbox.url}/_sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ path: '/invites', latencyMs: LATENCY_MS }) });
    const job = (await ok(admin(BULK, { i: { action: 'RESEND', inviteRequestIds: ids } }), 'bulk')).bulkInviteAction;
    await pollUntil(async () => sum(await invitePosts(stack), teams) >= INVITES + KILL_AT, { what: 'the resend POSTs reached the kill point', timeoutMs: 60_000, intervalMs: 20 });
    await stack.killUsers(); // kill -9 while the KILL_AT-th resend waits in the sandbox
    const atKill = sum(await invitePosts(stack), teams) - INVITES;
    expect(atKill).toBeGreaterThanOrEqual(KILL_AT);
    expect(atKill).toBeLessThan(INVITES);

    await stack.restartUsers();
    admin = await stack.admin();
    const done = await pollUntil(async () => {
      const j = (await admin(JOB, { id: job.id })).data?.batchJob;
      return j && j.status !== 'RUNNING' && j.status !== 'PENDING' ? j : null;
    }, { what: 'the reclaimed job finished', timeoutMs: 90_000, intervalMs: 200 });
    await fetch(`${stack.sandbox.url}/_sandbox/faults`, { method: 'DELETE' });

    expect(done).toMatchObject({ status: 'SUCCEEDED', total: INVITES, succeeded: INVITES, failed: 0, attempts: 2 });
    const after = await invitePosts(stack);
    // Exactly one resend POST per item: the first invite plus one resend on every workspace.
    expect(teams.map((t) => after[t])).toEqual(teams.map(() => 2));
    // The item in flight at the kill was resumed; pool had sent it, so it was not sent again, and its result says so.
    const resumed = done.items.items.filter((i: { note: string | null }) => i.note?.includes('not sent again'));
    expect(resumed).toHaveLength(1);
    expect(resumed[0]).toMatchObject({ status: 'SUCCEEDED', attempts: 1, error: null });
    // Every invite counted its resend once (the resumed one too: its first run never got to count it).
    const counts = (await ok(admin(`{ inviteRequests(pageSize: 100) { items { resendCount } } }`), 'counts')).inviteRequests.items.map((i: { resendCount: number }) => i.resendCount);
    expect(counts).toEqual(ids.map(() => 1));
    const metrics = await (await fetch(stack.users.url.replace(/graphql$/, 'metrics'))).text();
    expect(metrics).toMatch(/seatpool_users_job_items_total\{type="resend_invites",outcome="resumed",service="users"\} 1/);
    expect(stack.users.output.join('')).toContain('resuming a batch job item whose worker stopped mid-call');
  });
});
