import { Placement } from '@seatpool/pool/src/entities';
import { RedeemCode } from '@seatpool/users/src/entities';
import { pollUntil } from '@seatpool/kit/testing';
import { startStack, type Stack, STACK_BOOT_MS } from './harness';

const REDEEM = `mutation($i: RedeemInput!) { redeem(input: $i) { status teamName inviteRequestId } }`;
const CODE = `query($c: String!) { redeemCode(code: $c) { status boundEmail mother { id } } }`;

async function fault(stack: Stack, body: object) {
  await fetch(`${stack.sandbox.url}/_sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

describe('a redeem whose pool call times out or dies', () => {
  let stack: Stack;
  beforeAll(async () => {
    // users gives up on pool after 1.5 s and lets reservations lapse after 2 s.
    stack = await startStack({ USERS_PLACEMENT_TIMEOUT_MS: '1500', USERS_RESERVATION_TTL_MS: '2000', USERS_MAINTENANCE_INTERVAL_MS: '600000' });
  }, STACK_BOOT_MS);
  afterAll(() => stack?.stop());

  it('answers PROCESSING on a timeout, and the reconciler completes the late placement', async () => {
    const admin = await stack.admin();
    const account = await stack.sandboxAccount(3);
    const m = await admin(`mutation($i: CreateMotherInput!) { createMother(input: $i) { id } }`, { i: { name: 'slow', accessToken: account.accessToken, seatLimit: 3 } });
    const [code] = (await admin(`mutation { generateCodes(input: { count: 1 }) { codes } }`)).data.generateCodes.codes;
    // Longer than users' 1.5 s placement timeout: the saga gives up while pool is still inviting.
    await fault(stack, { latencyMs: 2000, path: '/invites' });

    const res = await stack.gql(REDEEM, { i: { code, email: 'late@example.com' } });
    expect(res.data.redeem.status).toBe('PROCESSING');
    expect((await admin(CODE, { c: code })).data.redeemCode.status).toBe('RESERVED');

    // The upstream call finishes inside pool: its placement is no longer in flight.
    await pollUntil(async () => (await stack.pool.orm.em.fork().count(Placement, { status: 'in_flight' })) === 0, { what: 'the late placement settled in pool' });
    await fetch(`${stack.sandbox.url}/_sandbox/faults`, { method: 'DELETE' });
    await stack.users.maintenance.runOnce();
    const after = (await admin(CODE, { c: code })).data.redeemCode;
    expect(after).toMatchObject({ status: 'USED', boundEmail: 'late@example.com', mother: { id: m.data.createMother.id } });
    const mother = (await admin(`query($id: ID!) { mother(id: $id) { seatsUsed seatsHeld } }`, { id: m.data.createMother.id })).data.mother;
    expect(mother).toEqual({ seatsUsed: 1, seatsHeld: 0 });

    // Asking again with the same code and email gives the final answer without a new invite.
    const again = await stack.gql(REDEEM, { i: { code, email: 'late@example.com' } });
    expect(again.data.redeem.status).toBe('ALREADY_IN_TEAM');
    expect((await stack.sandboxState(account.accountIds[0])).invites).toHaveLength(1);
  });

  it('when pool never got the call, the reconciler aborts it and the code is redeemable again', async () => {
    const admin = await stack.admin();
    const account = await stack.sandboxAccount(3);
    await admin(`mutation($i: CreateMotherInput!) { createMother(input: $i) { id } }`, { i: { name: 'gone', accessToken: account.accessToken, seatLimit: 3 } });
    const [code] = (await admin(`mutation { generateCodes(input: { count: 1 }) { codes } }`)).data.generateCodes.codes;
    // Pool is down: users cannot place, the outcome is unknown, the code stays reserved.
    await stack.pool.close();
    try {
      const res = await stack.gql(REDEEM, { i: { code, email: 'nobody@example.com' } });
      expect(res.data?.redeem?.status ?? res.errors?.[0]?.extensions?.code).toMatch(/PROCESSING|UPSTREAM_UNAVAILABLE/);
    } finally {
      await stack.restartPool();
    }
    // Fast-forward: the reservation lapsed a moment ago (no wait for the 2 s TTL).
    await stack.users.orm.em.fork().nativeUpdate(RedeemCode, { status: 'reserved' }, { reservedUntil: new Date(Date.now() - 1000) });
    await stack.users.maintenance.runOnce();
    expect((await admin(CODE, { c: code })).data.redeemCode.status).toBe('UNUSED');
    expect((await stack.sandboxState(account.accountIds[0])).invites).toHaveLength(0);
    // A late placement with the aborted key can never seat the email; a fresh redeem works.
    const res = await stack.gql(REDEEM, { i: { code, email: 'nobody@example.com' } });
    expect(res.data.redeem.status).toBe('INVITE_SENT');
    const dash = (await admin(`{ dashboard { codes { reserved } seats { held } } }`)).data.dashboard;
    expect(dash).toEqual({ codes: { reserved: 0 }, seats: { held: 0 } });
  });
});
