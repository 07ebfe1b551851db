import { InviteRequest, SeatRelease, SwitchRequest } from '../src/entities';
import { withStatus, type FakePool } from './support/fake-pool';
import { newCode, placeOnMothers, redeemedCode, rowOf } from './support/flows';
import { codeOf, type Caller, type UsersHarness } from './support/harness';
import { withFakePool } from './support/with-fake-pool';

const SWITCH = `mutation($c: String!, $e: String!) { requestSwitch(input: { code: $c, email: $e }) { status teamName switchesLeft } }`;
const REFRESH = `mutation($i: RefreshCodeInput!) { refreshCode(input: $i) { status teamName refreshesLeft switchesLeft } }`;
const STATUS = `query($c: String!, $e: String!) { redeemStatus(code: $c, email: $e) { codeStatus teamName inviteStatus switchesLeft refreshesLeft switchQueued } }`;

describe('switch, refresh and rebind', () => {
  let pool: FakePool;
  let h: UsersHarness;
  let admin: Caller;

  withFakePool({ USERS_SWITCH_RETRY_MS: '0', USERS_SWITCH_DEDUP_MS: '0', USERS_REFRESH_COOLDOWN_MS: '0', USERS_PLACEMENT_TIMEOUT_MS: '300', USERS_RESERVATION_TTL_MS: '1000' }, (s) => ({ pool, h, admin } = s));

  const calls = (op: string) => pool.calls.filter((c) => c.op === op);
  const sw = (code: string, email: string) => h.gql(SWITCH, { c: code, e: email });
  const em = () => h.users.orm.em.fork();

  it('invites into a team on another mother first, then releases the old seat; never the same team', async () => {
    const code = await redeemedCode(h, admin, 'sam@example.com');
    const before = await rowOf(h, admin, code);
    expect(before).toMatchObject({ motherId: 'mother-1', currentTeamId: 'team-1', seatKey: before.reservationKey });
    pool.calls.length = 0;

    const res = await sw(code, ' SAM@example.com ');
    expect(res.data.requestSwitch).toEqual({ status: 'SWITCHED', teamName: 'Team 2', switchesLeft: 2 });
    const [place] = calls('placeEmail');
    expect(place.variables.input).toMatchObject({ email: 'sam@example.com', excludeMotherIds: ['mother-1'], preferRecentTeams: false });
    expect(place.variables.input.idempotencyKey).not.toBe(before.seatKey);
    expect(calls('releasePlacement').map((c) => c.variables.input)).toEqual([{ idempotencyKey: before.seatKey, reason: 'SWITCH' }]);
    // The placement came before the release.
    expect(pool.calls.findIndex((c) => c.op === 'placeEmail')).toBeLessThan(pool.calls.findIndex((c) => c.op === 'releasePlacement'));

    const after = await rowOf(h, admin, code);
    expect(after).toMatchObject({ motherId: 'mother-2', currentTeamId: 'team-2', teamName: 'Team 2', switchCount: 1, seatKey: place.variables.input.idempotencyKey });
    expect(await em().findOneOrFail(SeatRelease, { placementKey: before.seatKey! })).toMatchObject({ status: 'done', reason: 'SWITCH' });
    const oldInvite = await em().findOneOrFail(InviteRequest, { placementKey: before.seatKey! });
    expect(oldInvite).toMatchObject({ status: 'cancelled', releaseReason: 'SWITCH' });

    // A second switch leaves mother-2 (back to mother-1): still never the current team.
    const again = await sw(code, 'sam@example.com');
    expect(again.data.requestSwitch.teamName).toBe('Team 1');
    expect(calls('placeEmail')[1].variables.input.excludeMotherIds).toEqual(['mother-2']);
    const events = (await h.gql(`query($c: String!) { redeemCode(code: $c) { events { type actor detail } } }`, { c: code }, admin)).data.redeemCode.events;
    expect(events.map((e: { type: string }) => e.type)).toEqual(['BIND', 'SWITCH', 'SWITCH']);
    expect(JSON.parse(events[1].detail)).toMatchObject({ fromTeamId: 'team-1', toTeamId: 'team-2' });
    const metrics = await (await fetch(h.users.url.replace(/graphql$/, 'metrics'))).text();
    expect(metrics).toMatch(/seatpool_users_switches_total\{kind="switch",outcome="succeeded",service="users"\} 2/);
  });

  it('queues when no seat is free, keeps the old seat, and the maintenance drain switches later', async () => {
    const code = await redeemedCode(h, admin, 'queue@example.com');
    const seat = (await rowOf(h, admin, code)).seatKey;
    placeOnMothers(pool, { full: () => true });
    const res = await sw(code, 'queue@example.com');
    expect(res.data.requestSwitch).toEqual({ status: 'QUEUED', teamName: 'Team 1', switchesLeft: 3 });
    expect(calls('releasePlacement')).toHaveLength(0);
    expect(await rowOf(h, admin, code)).toMatchObject({ seatKey: seat, currentTeamId: 'team-1', switchCount: 0 });
    expect((await h.gql(STATUS, { c: code, e: 'queue@example.com' })).data.redeemStatus).toMatchObject({ switchQueued: true, teamName: 'Team 1', inviteStatus: 'SENT' });
    // Asking again while queued answers QUEUED without a second request.
    expect((await sw(code, 'queue@example.com')).data.requestSwitch.status).toBe('QUEUED');
    expect(await em().count(SwitchRequest, { code: (await rowOf(h, admin, code)).id })).toBe(1);

    await h.users.maintenance.runOnce(); // still full: stays queued, one more attempt
    const queued = await em().findOneOrFail(SwitchRequest, { code: (await rowOf(h, admin, code)).id });
    expect(queued).toMatchObject({ status: 'queued', attempts: 2, lastError: 'NO_CAPACITY' });

    placeOnMothers(pool);
    await h.users.maintenance.runOnce();
    expect(await em().findOneOrFail(SwitchRequest, { id: queued.id })).toMatchObject({ status: 'succeeded', teamName: 'Team 2', openFor: null });
    expect(await rowOf(h, admin, code)).toMatchObject({ currentTeamId: 'team-2', switchCount: 1 });
    expect(calls('releasePlacement').map((c) => c.variables.input.idempotencyKey)).toEqual([seat]);
  });

  it('lets an operator switch a code for free, and cancel a queued request', async () => {
    const code = await redeemedCode(h, admin, 'op@example.com');
    const id = (await rowOf(h, admin, code)).id;
    const res = await h.gql(`mutation($id: ID!) { switchCode(input: { codeId: $id }) { status teamName switchesLeft } }`, { id }, admin);
    expect(res.data.switchCode).toEqual({ status: 'SWITCHED', teamName: 'Team 2', switchesLeft: 3 });
    expect(codeOf(await h.gql(`mutation($id: ID!) { switchCode(input: { codeId: $id }) { status } }`, { id }, { kind: 'anonymous', sub: '', scopes: [] }))).toBe('UNAUTHENTICATED');

    placeOnMothers(pool, { full: () => true });
    expect((await sw(code, 'op@example.com')).data.requestSwitch.status).toBe('QUEUED');
    const list = await h.gql(`query($c: ID) { switchRequests(filter: { codeId: $c, status: QUEUED }) { total items { id kind } } }`, { c: id }, admin);
    expect(list.data.switchRequests).toMatchObject({ total: 1, items: [{ kind: 'SWITCH' }] });
    const cancelled = await h.gql(`mutation($id: ID!) { cancelSwitchRequest(input: { id: $id }) { status } }`, { id: list.data.switchRequests.items[0].id }, admin);
    expect(cancelled.data.cancelSwitchRequest.status).toBe('CANCELLED');
    expect((await h.gql(STATUS, { c: code, e: 'op@example.com' })).data.redeemStatus.switchQueued).toBe(false);
    const audit = await h.gql(`{ auditLogs(filter: { targetType: "code" }) { items { action payload } } }`, {}, admin);
    expect(audit.data.auditLogs.items.map((a: { action: string }) => a.action)).toContain('code.switch');
  });

  it('keeps the old seat and answers UPSTREAM_UNAVAILABLE when the new placement fails upstream', async () => {
    const code = await redeemedCode(h, admin, 'fail@example.com');
    const seat = (await rowOf(h, admin, code)).seatKey;
    pool.script.placeEmail = (input) => ({ ...withStatus(input.idempotencyKey, 'FAILED', 'UPSTREAM_UNAVAILABLE') });
    expect(codeOf(await sw(code, 'fail@example.com'))).toBe('UPSTREAM_UNAVAILABLE');
    expect(await rowOf(h, admin, code)).toMatchObject({ seatKey: seat, currentTeamId: 'team-1', switchCount: 0 });
    expect(calls('releasePlacement')).toHaveLength(0);
    expect((await h.gql(STATUS, { c: code, e: 'fail@example.com' })).data.redeemStatus).toMatchObject({ switchesLeft: 3, switchQueued: false });
  });

  it('leaves a timed-out switch RUNNING and lets the reconciler finish it', async () => {
    const code = await redeemedCode(h, admin, 'slow@example.com');
    pool.script.placeEmail = () => 'hang';
    expect((await sw(code, 'slow@example.com')).data.requestSwitch.status).toBe('QUEUED');
    const id = (await rowOf(h, admin, code)).id;
    const running = await em().findOneOrFail(SwitchRequest, { code: id });
    expect(running.status).toBe('running');
    pool.script.placement = (key) => ({ ...withStatus(key, 'PLACED'), motherId: 'mother-3', teamId: 'team-3', teamName: 'Team 3' });
    // Fast-forward: the attempt started longer ago than the 300 ms placement timeout (not yet the 1 s TTL).
    await em().nativeUpdate(SwitchRequest, { id: running.id }, { attemptStartedAt: new Date(Date.now() - 400) });
    await h.users.maintenance.runOnce();
    expect(await em().findOneOrFail(SwitchRequest, { id: running.id })).toMatchObject({ status: 'succeeded', teamName: 'Team 3' });
    expect(await rowOf(h, admin, code)).toMatchObject({ currentTeamId: 'team-3', switchCount: 1 });
  });

  it('refuses strangers, other states and an exhausted switch limit', async () => {
    const code = await redeemedCode(h, admin, 'own@example.com', {});
    expect(codeOf(await sw(code, 'other@example.com'))).toBe('CODE_INVALID');
    expect(codeOf(await sw(await newCode(h, admin), 'own@example.com'))).toBe('CODE_INVALID');
    const sku = await h.gql(`mutation { createCodeSku(input: { name: "One switch", slug: "one-switch", lifecycleDays: 7, switchLimit: 1, refreshLimit: 0 }) { id } }`, {}, admin);
    const limited = await redeemedCode(h, admin, 'lim@example.com', { skuId: sku.data.createCodeSku.id });
    expect((await sw(limited, 'lim@example.com')).data.requestSwitch).toMatchObject({ status: 'SWITCHED', switchesLeft: 0 });
    const refused = await sw(limited, 'lim@example.com');
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors![0].extensions.reason).toBe('SWITCH_LIMIT_REACHED');
    expect(refused.errors![0].message).toBe('The request conflicts with the current state. No switches are left for this code.');
    const zh = await h.gql(SWITCH, { c: limited, e: 'lim@example.com' }, undefined, { 'accept-language': 'zh-CN' });
    expect(zh.errors![0].message).toBe('请求与当前状态冲突。（该兑换码的换车次数已用完。）');
    expect(codeOf(await h.gql(REFRESH, { i: { code: limited, email: 'lim@example.com' } }))).toBe('CONFLICT');
    await h.gql(`mutation($id: ID!) { disableCode(id: $id) { status } }`, { id: (await rowOf(h, admin, code)).id }, admin);
    expect(codeOf(await sw(code, 'own@example.com'))).toBe('CODE_DISABLED');
  });

  it('refreshes the same email with its own allowance, and rebinds to a new email', async () => {
    const code = await redeemedCode(h, admin, 'ref@example.com');
    const first = await h.gql(REFRESH, { i: { code, email: 'ref@example.com' } });
    expect(first.data.refreshCode).toMatchObject({ status: 'SWITCHED', refreshesLeft: 2, switchesLeft: 3 });
    expect(calls('placeEmail')[1].variables.input).toMatchObject({ preferRecentTeams: true, excludeMotherIds: [] });

    const old = (await rowOf(h, admin, code)).seatKey;
    const rebind = await h.gql(REFRESH, { i: { code, email: 'ref@example.com', newEmail: 'New@Example.com' } });
    expect(rebind.data.refreshCode).toMatchObject({ status: 'SWITCHED', refreshesLeft: 1 });
    expect(calls('placeEmail')[2].variables.input.email).toBe('new@example.com');
    expect(calls('releasePlacement').map((c) => c.variables.input.idempotencyKey)).toContain(old);
    expect(await rowOf(h, admin, code)).toMatchObject({ boundEmail: 'new@example.com', refreshUsed: 2, switchCount: 0 });
    expect(codeOf(await h.gql(STATUS, { c: code, e: 'ref@example.com' }))).toBe('CODE_INVALID');
    expect((await h.gql(STATUS, { c: code, e: 'new@example.com' })).data.redeemStatus).toMatchObject({ codeStatus: 'USED', refreshesLeft: 1 });
    const same = await h.gql(REFRESH, { i: { code, email: 'new@example.com', newEmail: 'new@example.com' } });
    expect(same.errors![0].extensions.reason).toBe('SAME_EMAIL');
    const types = (await h.gql(`query($c: String!) { redeemCode(code: $c) { events { type } } }`, { c: code }, admin)).data.redeemCode.events;
    expect(types.map((e: { type: string }) => e.type)).toEqual(['BIND', 'REFRESH', 'REBIND']);
  });
});

describe('refresh cooldown and switch de-duplication', () => {
  let h: UsersHarness;
  let admin: Caller;
  withFakePool({}, (s) => ({ h, admin } = s));

  it('answers a switch repeated right after it succeeded with that switch, and cools refreshes down', async () => {
    const code = await redeemedCode(h, admin, 'dup@example.com');
    const first = await h.gql(SWITCH, { c: code, e: 'dup@example.com' });
    const second = await h.gql(SWITCH, { c: code, e: 'dup@example.com' });
    expect(second.data.requestSwitch).toEqual(first.data.requestSwitch);
    expect((await rowOf(h, admin, code)).switchCount).toBe(1);

    expect((await h.gql(REFRESH, { i: { code, email: 'dup@example.com' } })).data.refreshCode.status).toBe('SWITCHED');
    const cooled = await h.gql(REFRESH, { i: { code, email: 'dup@example.com', newEmail: 'dup2@example.com' } });
    expect(codeOf(cooled)).toBe('RATE_LIMITED');
    expect(cooled.errors![0].extensions).toMatchObject({ reason: 'REFRESH_COOLDOWN', retryAfterSeconds: expect.any(Number) });
  });
});
