import { pollUntil } from '@seatpool/kit/testing';
import { startStack, type Stack, type AdminClient, STACK_BOOT_MS } from './harness';
import { clearFaults, CODE, fault, mother, motherGroup, redeemed, seated, STATUS, SWITCH } from './users-flows';

jest.setTimeout(120_000);

describe('requestSwitch through the gateway, against real pool and sandbox', () => {
  let stack: Stack;
  let admin: AdminClient;
  let rebindStack: Stack;
  beforeAll(async () => {
    // A breaker the 500s open probes again after 0.5 s (not 15 s), so the recovery below is quick.
    stack = await startStack({ USERS_SWITCH_RETRY_MS: '0', USERS_SWITCH_DEDUP_MS: '0', USERS_MAINTENANCE_INTERVAL_MS: '600000', POOL_UPSTREAM_BREAKER_HALF_OPEN_MS: '500' });
    rebindStack = await startStack({ USERS_REFRESH_COOLDOWN_MS: '0', USERS_MAINTENANCE_INTERVAL_MS: '600000' });
    admin = await stack.admin();
  }, STACK_BOOT_MS);
  afterAll(async () => {
    await stack?.stop();
    await rebindStack?.stop();
  });

  it('a switch never lands in the same team: the new invite first, then the old seat is given up', async () => {
    const group = await motherGroup(admin);
    const a = await mother(stack, admin, group);
    const b = await mother(stack, admin, group);
    const code = await redeemed(stack, admin, group, 'walker@example.com');
    expect((await admin(CODE, { c: code })).data.redeemCode).toMatchObject({ currentTeamId: a.teamId, mother: { id: a.id } });

    const teams = [a.teamId];
    for (let i = 0; i < 3; i++) {
      const res = await stack.gql(SWITCH, { i: { code, email: 'walker@example.com' } });
      expect(res.errors).toBeUndefined();
      expect(res.data.requestSwitch.status).toBe('SWITCHED');
      const now = (await admin(CODE, { c: code })).data.redeemCode;
      expect(now.currentTeamId).not.toBe(teams[teams.length - 1]);
      teams.push(now.currentTeamId);
      // Exactly one workspace holds the email: the new one.
      const other = now.currentTeamId === a.teamId ? b.teamId : a.teamId;
      expect(await seated(stack, now.currentTeamId)).toEqual(['walker@example.com']);
      expect(await seated(stack, other)).toEqual([]);
    }
    expect(teams).toEqual([a.teamId, b.teamId, a.teamId, b.teamId]);
    const status = (await stack.gql(STATUS, { c: code, e: 'walker@example.com' })).data.redeemStatus;
    expect(status).toMatchObject({ codeStatus: 'USED', switchesLeft: 0, switchQueued: false, inviteStatus: 'SENT' });
    const limited = await stack.gql(SWITCH, { i: { code, email: 'walker@example.com' } });
    expect(limited.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SWITCH_LIMIT_REACHED' });
    const mothers = await admin(`query($a: ID!, $b: ID!) { a: mother(id: $a) { seatsUsed } b: mother(id: $b) { seatsUsed } }`, { a: a.id, b: b.id });
    expect(mothers.data).toEqual({ a: { seatsUsed: 0 }, b: { seatsUsed: 1 } });
  });

  it('a failed switch keeps the old seat: queued while no seat is free, moved by maintenance once one is', async () => {
    const group = await motherGroup(admin);
    const a = await mother(stack, admin, group);
    const code = await redeemed(stack, admin, group, 'waiting@example.com');
    const queued = await stack.gql(SWITCH, { i: { code, email: 'waiting@example.com' } });
    expect(queued.data.requestSwitch).toEqual({ status: 'QUEUED', teamName: a.teamName, switchesLeft: 3 });
    expect(await seated(stack, a.teamId)).toEqual(['waiting@example.com']);
    expect((await stack.gql(STATUS, { c: code, e: 'waiting@example.com' })).data.redeemStatus).toMatchObject({ switchQueued: true, teamName: a.teamName });
    const list = await admin(`{ switchRequests(filter: { status: QUEUED, email: "waiting@example.com" }) { total items { kind status attempts lastError code { id } } } }`);
    expect(list.data.switchRequests).toMatchObject({ total: 1, items: [{ kind: 'SWITCH', status: 'QUEUED', lastError: 'NO_CAPACITY' }] });

    const b = await mother(stack, admin, group);
    await stack.users.maintenance.runOnce();
    expect((await admin(CODE, { c: code })).data.redeemCode).toMatchObject({ currentTeamId: b.teamId, switchCount: 1 });
    expect(await seated(stack, b.teamId)).toEqual(['waiting@example.com']);
    expect(await seated(stack, a.teamId)).toEqual([]);
  });

  it('an upstream failure on the new mother keeps the old seat and answers UPSTREAM_UNAVAILABLE', async () => {
    const group = await motherGroup(admin);
    const a = await mother(stack, admin, group);
    const b = await mother(stack, admin, group);
    const code = await redeemed(stack, admin, group, 'stuck@example.com');
    await fault(stack, { accountId: b.teamId, status: 500 });
    try {
      const res = await stack.gql(SWITCH, { i: { code, email: 'stuck@example.com' } });
      expect(res.errors![0].extensions!.code).toBe('UPSTREAM_UNAVAILABLE');
    } finally {
      await clearFaults(stack);
    }
    expect((await admin(CODE, { c: code })).data.redeemCode).toMatchObject({ currentTeamId: a.teamId, switchCount: 0, switchesLeft: 3 });
    expect(await seated(stack, a.teamId)).toEqual(['stuck@example.com']);
    expect(await seated(stack, b.teamId)).toEqual([]);
    // Nothing half-done is left behind: once mother b's breaker lets calls through again (it opened
    // on the 500s), the next switch works. Polled with a deadline, never a fixed sleep.
    const again = await pollUntil(async () => {
      const res = await stack.gql(SWITCH, { i: { code, email: 'stuck@example.com' } });
      return res.errors?.[0]?.extensions?.code !== 'UPSTREAM_UNAVAILABLE' && res;
    }, { intervalMs: 100, what: "mother b's breaker let a switch through" });
    expect(again.data.requestSwitch.status).toBe('SWITCHED');
  });

  it('refresh moves the email to a fresh seat; rebind moves the seat to a new email', async () => {
    const group = await motherGroup(admin);
    const a = await mother(stack, admin, group);
    const b = await mother(stack, admin, group);
    const code = await redeemed(stack, admin, group, 'fresh@example.com');
    const REFRESH = `mutation($i: RefreshCodeInput!) { refreshCode(input: $i) { status teamName refreshesLeft switchesLeft } }`;
    const refreshed = await stack.gql(REFRESH, { i: { code, email: 'fresh@example.com' } });
    expect(refreshed.data.refreshCode).toMatchObject({ status: 'SWITCHED', refreshesLeft: 2, switchesLeft: 3 });
    expect(await seated(stack, b.teamId)).toEqual(['fresh@example.com']);
    expect(await seated(stack, a.teamId)).toEqual([]);

    const cooled = await stack.gql(REFRESH, { i: { code, email: 'fresh@example.com', newEmail: 'other@example.com' } });
    expect(cooled.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'REFRESH_COOLDOWN' });
  });

  it('rebind gives the seat to a new email and removes the old one', async () => {
    const rAdmin = await rebindStack.admin();
    const group = await motherGroup(rAdmin);
    const a = await mother(rebindStack, rAdmin, group);
    const code = await redeemed(rebindStack, rAdmin, group, 'before@example.com');
    const res = await rebindStack.gql(`mutation($i: RefreshCodeInput!) { refreshCode(input: $i) { status teamName refreshesLeft } }`, { i: { code, email: 'before@example.com', newEmail: 'after@example.com' } });
    expect(res.data.refreshCode).toMatchObject({ status: 'SWITCHED', refreshesLeft: 2 });
    expect(await seated(rebindStack, a.teamId)).toEqual(['after@example.com']);
    expect((await rebindStack.gql(STATUS, { c: code, e: 'after@example.com' })).data.redeemStatus.codeStatus).toBe('USED');
    expect((await rebindStack.gql(STATUS, { c: code, e: 'before@example.com' })).errors![0].extensions!.code).toBe('CODE_INVALID');
    const events = (await rAdmin(`query($c: String!) { redeemCode(code: $c) { boundEmail events { type actor } } }`, { c: code })).data.redeemCode;
    expect(events).toMatchObject({ boundEmail: 'after@example.com', events: [{ type: 'BIND' }, { type: 'REBIND', actor: 'before@example.com' }] });
  });
});
