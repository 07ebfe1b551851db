import { pollUntil } from '@seatpool/kit/testing';
import { Placement } from '@seatpool/pool/src/entities';
import { RedeemCode } from '@seatpool/users/src/entities';
import { startStack, type Stack, type AdminClient, STACK_BOOT_MS } from './harness';
import { clearFaults, CODE, codes, fault, invitePosts, mother, motherGroup, redeemed, REDEEM, seated, STATUS } from './users-flows';

jest.setTimeout(120_000);

const RESEND = `mutation($i: ResendRedeemInviteInput!) { resendRedeemInvite(input: $i) { teamName inviteStatus } }`;

describe('the redeem saga and its after-sale through the gateway', () => {
  let stack: Stack;
  let admin: AdminClient;
  beforeAll(async () => {
    // users gives up on pool after 1.5 s; a reservation lapses after 6 s.
    // Maintenance runs only when a test says so: a scheduled pool round could sync a mother before
    // the test accepts its invite, and the next sync would then not be due.
    stack = await startStack({ USERS_PLACEMENT_TIMEOUT_MS: '1500', USERS_RESERVATION_TTL_MS: '6000', USERS_MAINTENANCE_INTERVAL_MS: '600000', POOL_MAINTENANCE_INTERVAL_MS: '600000' });
    admin = await stack.admin();
  }, STACK_BOOT_MS);
  afterAll(() => stack?.stop());

  it('the same redeem retried after a timeout invites once', async () => {
    const group = await motherGroup(admin);
    const m = await mother(stack, admin, group);
    const [code] = await codes(admin, { motherGroupId: group });
    // Longer than users' 1.5 s placement timeout: the saga gives up while pool is still inviting.
    await fault(stack, { accountId: m.teamId, latencyMs: 2000, path: '/invites' });
    const first = await stack.gql(REDEEM, { i: { code, email: 'patient@example.com' } });
    expect(first.data.redeem).toMatchObject({ status: 'PROCESSING', teamName: null });
    // The user retries at once, while pool is still inviting: same request, no second placement.
    const second = await stack.gql(REDEEM, { i: { code, email: 'patient@example.com' } });
    expect(second.data.redeem).toEqual(first.data.redeem);
    // Pool's placement finishes once the upstream answers.
    await pollUntil(async () => (await stack.pool.orm.em.fork().count(Placement, { status: 'in_flight' })) === 0, { what: 'the late placement settled in pool' });
    await clearFaults(stack);
    const third = await stack.gql(REDEEM, { i: { code, email: 'patient@example.com' } });
    expect(third.data.redeem).toEqual({ status: 'INVITE_SENT', teamName: m.teamName, inviteRequestId: first.data.redeem.inviteRequestId });
    const fourth = await stack.gql(REDEEM, { i: { code, email: 'patient@example.com' } });
    expect(fourth.data.redeem.status).toBe('ALREADY_IN_TEAM');
    expect(await invitePosts(stack, m.teamId)).toBe(1);
    expect(await seated(stack, m.teamId)).toEqual(['patient@example.com']);
    // No internal id reaches the public: only the status, the team name and the public request id.
    for (const res of [first, second, third, fourth]) {
      const text = JSON.stringify(res.data);
      expect(text).not.toContain(m.id);
      expect(text).not.toContain(m.teamId);
    }
  });

  it('public resend proves ownership with code and email', async () => {
    const group = await motherGroup(admin);
    const m = await mother(stack, admin, group);
    const code = await redeemed(stack, admin, group, 'owner@example.com');
    const before = await invitePosts(stack, m.teamId);
    const stranger = await stack.gql(RESEND, { i: { code, email: 'someone@example.com' } });
    expect(stranger.errors![0].extensions!.code).toBe('CODE_INVALID');
    const res = await stack.gql(RESEND, { i: { code, email: 'Owner@Example.com' } });
    expect(res.data.resendRedeemInvite).toEqual({ teamName: m.teamName, inviteStatus: 'SENT' });
    expect(await invitePosts(stack, m.teamId)).toBe(before + 1);
    const zh = await stack.gql(RESEND, { i: { code, email: 'owner@example.com' } }, { 'accept-language': 'zh-CN' });
    expect(zh.errors![0]).toMatchObject({ message: '请求过于频繁，请稍后再试。（邀请刚刚重发过，请稍后再试。）', extensions: { code: 'RATE_LIMITED' } });
  });

  it('pool events: an accepted invite shows as ACCEPTED; a lost team grants one extra switch', async () => {
    const group = await motherGroup(admin);
    const m = await mother(stack, admin, group);
    const code = await redeemed(stack, admin, group, 'joiner@example.com');
    await fetch(`${stack.sandbox.url}/_sandbox/accounts/${m.teamId}/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'joiner@example.com' }) });
    await stack.pool.maintenance.runOnce(); // pool's member sync sees the member and writes placement.accepted
    await stack.users.maintenance.runOnce(); // users reads pool's outbox
    expect((await stack.gql(STATUS, { c: code, e: 'joiner@example.com' })).data.redeemStatus).toMatchObject({ inviteStatus: 'ACCEPTED', switchesLeft: 3 });

    // The operator deletes the mother: pool removes the member and reports the seat lost.
    const deleted = await admin(`mutation($i: DeleteMotherInput!) { deleteMother(input: $i) { releasedSeats } }`, { i: { id: m.id, force: true } });
    expect(deleted.errors).toBeUndefined();
    await stack.users.maintenance.runOnce();
    await stack.users.maintenance.runOnce(); // an event read twice changes nothing
    const after = (await admin(`query($c: String!) { redeemCode(code: $c) { switchesLeft currentTeamId events { type } } }`, { c: code })).data.redeemCode;
    expect(after.switchesLeft).toBe(4);
    expect(after.currentTeamId).toBeNull();
    expect(after.events.map((e: { type: string }) => e.type)).toEqual(['BIND', 'GRANT']);
    const invites = await admin(`query($f: InviteRequestFilter) { inviteRequests(filter: $f) { items { status releaseReason } } }`, { f: { email: 'joiner@example.com' } });
    expect(invites.data.inviteRequests.items).toEqual([{ status: 'REMOVED', releaseReason: 'REMOVE' }]);
    expect((await admin(CODE, { c: code })).data.redeemCode.status).toBe('USED');
  });

  it('maintenance ends a lifecycle: the code expires and its seat is given up upstream', async () => {
    const group = await motherGroup(admin);
    const m = await mother(stack, admin, group);
    const code = await redeemed(stack, admin, group, 'ending@example.com');
    const row = (await admin(`query($c: String!) { redeemCode(code: $c) { id lifecycleDays lifecycleStartedAt lifecycleEndsAt } }`, { c: code })).data.redeemCode;
    expect(new Date(row.lifecycleEndsAt).getTime() - new Date(row.lifecycleStartedAt).getTime()).toBe(row.lifecycleDays * 86_400_000);
    // Fast-forward: the lifecycle ended a moment ago.
    await stack.users.orm.em.fork().nativeUpdate(RedeemCode, { id: row.id }, { lifecycleEndsAt: new Date(Date.now() - 1000) });
    await stack.users.maintenance.runOnce();
    expect((await admin(CODE, { c: code })).data.redeemCode).toMatchObject({ status: 'EXPIRED', currentTeamId: null });
    expect(await seated(stack, m.teamId)).toEqual([]);
    expect((await stack.gql(STATUS, { c: code, e: 'ending@example.com' })).data.redeemStatus).toMatchObject({ codeStatus: 'EXPIRED', teamName: null, inviteStatus: 'CANCELLED' });
    const switched = await stack.gql(`mutation($i: RequestSwitchInput!) { requestSwitch(input: $i) { status } }`, { i: { code, email: 'ending@example.com' } });
    expect(switched.errors![0].extensions!.code).toBe('CODE_EXPIRED');
  });
});
