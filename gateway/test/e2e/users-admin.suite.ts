import { pollUntil } from '@seatpool/kit/testing';
import { ADMIN_PASSWORD, graphqlClient, startStack, type Stack, type AdminClient, STACK_BOOT_MS } from './harness';
import { LoginAttempt } from '@seatpool/users/src/entities';
import { invitePosts, mother, motherGroup, redeemed, seated } from './users-flows';

jest.setTimeout(120_000);

const JOB = `query($id: ID!) { batchJob(id: $id) { status total done succeeded failed } }`;

async function waitForJob(admin: Awaited<ReturnType<Stack['admin']>>, id: string) {
  return pollUntil(async () => {
    const job = (await admin(JOB, { id })).data.batchJob;
    return !['PENDING', 'RUNNING'].includes(job.status) && job;
  }, { what: `job ${id} finished` });
}

describe('the users admin operations through the gateway', () => {
  let stack: Stack;
  let admin: AdminClient;
  beforeAll(async () => {
    // The failure window is the lock length: 10 s lets three failed logins count together on a loaded machine.
    stack = await startStack({ USERS_LOGIN_MAX_FAILURES: '3', USERS_LOGIN_LOCK_MS: '10000', USERS_MAINTENANCE_INTERVAL_MS: '600000' });
    admin = await stack.admin();
  }, STACK_BOOT_MS);
  afterAll(() => stack?.stop());

  it('SKUs, generation with a SKU, filtered lists, CSV export, bulk disable and enable, all audited', async () => {
    const sku = await admin(`mutation { createCodeSku(input: { name: "Monthly", slug: "monthly", lifecycleDays: 30, switchLimit: 5, refreshLimit: 2, priceCents: 1999 }) { id slug } }`);
    expect(sku.errors).toBeUndefined();
    const skuId = sku.data.createCodeSku.id;
    const gen = (await admin(`mutation($s: ID) { generateCodes(input: { count: 25, prefix: "ADM", skuId: $s }) { batchId codes } }`, { s: skuId })).data.generateCodes;
    const listed = await admin(`query($f: RedeemCodeFilter) { redeemCodes(filter: $f, page: 2, pageSize: 10) { total page pageSize items { status sku { slug } switchLimit lifecycleDays } } }`, { f: { skuId, status: 'UNUSED' } });
    expect(listed.data.redeemCodes).toMatchObject({ total: 25, page: 2, pageSize: 10 });
    expect(listed.data.redeemCodes.items[0]).toEqual({ status: 'UNUSED', sku: { slug: 'monthly' }, switchLimit: 5, lifecycleDays: 30 });

    const exported = (await admin(`mutation($b: ID) { exportCodes(input: { filter: { batchId: $b } }) { rowCount csv } }`, { b: gen.batchId })).data.exportCodes;
    expect(exported.rowCount).toBe(25);
    expect(exported.csv.split('\r\n').slice(1, -1).map((l: string) => l.split(',')[0]).sort()).toEqual([...gen.codes].sort());

    const bulk = (await admin(`mutation($b: ID) { bulkDisableCodes(input: { filter: { batchId: $b } }) { id total } }`, { b: gen.batchId })).data.bulkDisableCodes;
    expect(await waitForJob(admin, bulk.id)).toMatchObject({ status: 'SUCCEEDED', total: 25, done: 25 });
    const one = (await admin(`query($c: String!) { redeemCode(code: $c) { id status } }`, { c: gen.codes[0] })).data.redeemCode;
    expect(one.status).toBe('DISABLED');
    expect((await stack.gql(`mutation($c: String!) { redeem(input: { code: $c, email: "x@example.com" }) { status } }`, { c: gen.codes[0] })).errors![0].extensions!.code).toBe('CODE_DISABLED');
    expect((await admin(`mutation($id: ID!) { enableCode(input: { id: $id }) { status } }`, { id: one.id })).data.enableCode.status).toBe('UNUSED');

    const audit = await admin(`{ auditLogs(pageSize: 100) { items { action actor sessionId ip requestId payload } } }`);
    const actions = audit.data.auditLogs.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['sku.create', 'codes.generate', 'codes.export', 'job.enqueue', 'code.enable', 'admin.login']));
    const exportEntry = audit.data.auditLogs.items.find((e: { action: string }) => e.action === 'codes.export');
    expect(exportEntry).toMatchObject({ actor: 'admin', sessionId: expect.any(String), ip: expect.any(String), requestId: expect.any(String) });
    expect(JSON.stringify(audit.data)).not.toContain(gen.codes[0]);
    const history = await admin(`{ bulkOperations(pageSize: 10) { items { type total succeeded failed } } }`);
    expect(history.data.bulkOperations.items.map((b: { type: string }) => b.type)).toEqual(expect.arrayContaining(['CODE_GENERATE', 'CODE_EXPORT', 'CODES_DISABLE']));
  });

  it('resends, cancels and removes invites through pool', async () => {
    const group = await motherGroup(admin);
    const m = await mother(stack, admin, group);
    await redeemed(stack, admin, group, 'pending@example.com');
    await redeemed(stack, admin, group, 'member@example.com');
    await fetch(`${stack.sandbox.url}/_sandbox/accounts/${m.teamId}/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'member@example.com' }) });
    const list = await admin(`query($t: String) { inviteRequests(filter: { teamId: $t }) { total items { id email status } } }`, { t: m.teamId });
    expect(list.data.inviteRequests.total).toBe(2);
    const idOf = (email: string) => list.data.inviteRequests.items.find((i: { email: string }) => i.email === email).id;

    const posts = await invitePosts(stack, m.teamId);
    expect((await admin(`mutation($id: ID!) { resendInvite(input: { inviteRequestId: $id }) { resendCount } }`, { id: idOf('pending@example.com') })).data.resendInvite.resendCount).toBe(1);
    expect(await invitePosts(stack, m.teamId)).toBe(posts + 1);

    const cancelled = await admin(`mutation($id: ID!) { cancelInvite(input: { inviteRequestId: $id }) { status code { currentTeamId } } }`, { id: idOf('pending@example.com') });
    expect(cancelled.data.cancelInvite).toEqual({ status: 'CANCELLED', code: { currentTeamId: null } });
    const removed = await admin(`mutation($id: ID!) { removeMember(input: { inviteRequestId: $id }) { status } }`, { id: idOf('member@example.com') });
    expect(removed.data.removeMember.status).toBe('REMOVED');
    expect(await seated(stack, m.teamId)).toEqual([]);
    expect((await admin(`query($id: ID!) { mother(id: $id) { seatsUsed } }`, { id: m.id })).data.mother.seatsUsed).toBe(0);
  });

  it('the remaining admin operations: batches, SKU edits, jobs, operator switch, queue and session revocation', async () => {
    const sku = (await admin(`mutation { createCodeSku(input: { name: "Weekly", slug: "weekly", lifecycleDays: 7 }) { id } }`)).data.createCodeSku.id;
    const updated = await admin(`mutation($id: ID!) { updateCodeSku(input: { id: $id, priceCents: 500, active: false }) { priceCents active } }`, { id: sku });
    expect(updated.data.updateCodeSku).toEqual({ priceCents: 500, active: false });
    const skus = await admin(`query($id: ID!) { codeSku(id: $id) { slug } codeSkus(filter: { includeInactive: true, search: "week" }) { total } }`, { id: sku });
    expect(skus.data).toEqual({ codeSku: { slug: 'weekly' }, codeSkus: { total: 1 } });

    const group = await motherGroup(admin);
    const a = await mother(stack, admin, group);
    const code = await redeemed(stack, admin, group, 'moved@example.com');
    const row = (await admin(`query($c: String!) { redeemCode(code: $c) { id batchId } }`, { c: code })).data.redeemCode;
    const batch = await admin(`query($id: ID!) { codeBatch(id: $id) { count motherGroupId codes { total used } } codeBatches(filter: { motherGroupId: "${group}" }) { total } }`, { id: row.batchId });
    expect(batch.data).toEqual({ codeBatch: { count: 1, motherGroupId: group, codes: { total: 1, used: 1 } }, codeBatches: { total: 1 } });

    // No other mother yet: a user's switch waits in the queue; the operator cancels it.
    const queued = await stack.gql(`mutation($i: RequestSwitchInput!) { requestSwitch(input: $i) { status } }`, { i: { code, email: 'moved@example.com' } });
    expect(queued.data.requestSwitch.status).toBe('QUEUED');
    const request = (await admin(`query($c: ID) { switchRequests(filter: { codeId: $c }) { items { id } } }`, { c: row.id })).data.switchRequests.items[0];
    expect((await admin(`mutation($id: ID!) { cancelSwitchRequest(input: { id: $id }) { status } }`, { id: request.id })).data.cancelSwitchRequest.status).toBe('CANCELLED');
    const b = await mother(stack, admin, group);
    const switched = await admin(`mutation($id: ID!) { switchCode(input: { codeId: $id }) { status teamName switchesLeft } }`, { id: row.id });
    expect(switched.data.switchCode).toMatchObject({ status: 'SWITCHED', teamName: b.teamName, switchesLeft: 3 });
    expect(await seated(stack, b.teamId)).toEqual(['moved@example.com']);
    expect(await seated(stack, a.teamId)).toEqual([]);

    const job = (await admin(`mutation($ids: [ID!]) { bulkDisableCodes(input: { ids: $ids }) { id } }`, { ids: [row.id] })).data.bulkDisableCodes;
    const cancel = await admin(`mutation($id: ID!) { cancelBatchJob(input: { id: $id }) { status } }`, { id: job.id });
    // It runs right after enqueue, so it may have finished already: then cancelling is a CONFLICT.
    expect(cancel.data?.cancelBatchJob.status ?? cancel.errors![0].extensions!.code).toMatch(/^(CANCELLED|CONFLICT)$/);
    const jobs = await admin(`{ batchJobs(filter: { type: DISABLE_CODES }, pageSize: 5) { total items { id status } } }`);
    expect(jobs.data.batchJobs.items.map((j: { id: string }) => j.id)).toContain(job.id);

    const second = await stack.admin();
    const third = await stack.admin();
    const sessions = (await admin('{ adminSessions(filter: { activeOnly: true }, pageSize: 100) { items { id current } } }')).data.adminSessions.items;
    const mine = sessions.find((x: { current: boolean }) => x.current).id;
    const secondId = (await second('{ adminMe { sessionId } }')).data.adminMe.sessionId;
    expect((await admin(`mutation($id: ID!) { revokeAdminSession(input: { sessionId: $id }) { active } }`, { id: secondId })).data.revokeAdminSession.active).toBe(false);
    expect((await second('{ adminMe { name } }')).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await admin('mutation { revokeOtherAdminSessions }')).data.revokeOtherAdminSessions).toBeGreaterThanOrEqual(1);
    expect((await third('{ adminMe { name } }')).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await admin('{ adminMe { sessionId } }')).data.adminMe.sessionId).toBe(mine);
  });

  it('admin me, sessions, password change (revoking the other sessions) and login throttling', async () => {
    const me = await admin('{ adminMe { name sessionId passwordChangedAt } }');
    expect(me.data.adminMe).toMatchObject({ name: 'admin', passwordChangedAt: null });
    const other = await stack.admin();
    const sessions = await admin('{ adminSessions(filter: { activeOnly: true }) { total items { id current } } }');
    expect(sessions.data.adminSessions.items.filter((s: { current: boolean }) => s.current)).toHaveLength(1);

    const changed = await admin(`mutation($i: ChangeAdminPasswordInput!) { changeAdminPassword(input: $i) { revokedSessions } }`, { i: { currentPassword: ADMIN_PASSWORD, newPassword: 'the-new-admin-password-1' } });
    expect(changed.data.changeAdminPassword.revokedSessions).toBeGreaterThanOrEqual(1);
    expect((await other('{ adminMe { name } }')).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await admin('{ adminMe { name } }')).errors).toBeUndefined();

    const login = (password: string) => stack.gql('mutation($p: String!) { adminLogin(input: { password: $p }) { token } }', { p: password });
    for (let i = 0; i < 3; i++) expect((await login('not-the-password')).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const locked = await login('the-new-admin-password-1');
    expect(locked.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'LOGIN_LOCKED' });
    // The lock ends by itself at `lockedUntil`: moved into the past here instead of waiting 10 s.
    expect(await stack.users.orm.em.fork().nativeUpdate(LoginAttempt, { lockedUntil: { $ne: null } }, { lockedUntil: new Date(Date.now() - 1000) })).toBe(1);
    const unlocked = await login('the-new-admin-password-1');
    expect(unlocked.errors).toBeUndefined();
    const token = unlocked.data.adminLogin.token;
    expect((await graphqlClient(stack.gateway.url, token)('{ adminMe { name } }')).data.adminMe.name).toBe('admin');
  });
});
