import { InviteRequest, RedeemCode } from '../src/entities';
import { placed, withStatus, type FakePool } from './support/fake-pool';
import { codeOf, type Caller, type UsersHarness } from './support/harness';
import { withFakePool } from './support/with-fake-pool';

const REDEEM = `mutation($c: String!, $e: String!) { redeem(input: { code: $c, email: $e }) { status teamName inviteRequestId } }`;
const STATUS = `query($c: String!, $e: String!) { redeemStatus(code: $c, email: $e) { codeStatus teamName inviteStatus expiresAt } }`;
const GENERATE = `mutation($input: GenerateCodesInput!) { generateCodes(input: $input) { codes } }`;
const PLACEMENT_TIMEOUT_MS = 300;
// Far longer than any test here: "aborted before the reservation lapsed" must hold on a loaded machine.
const RESERVATION_TTL_MS = 60_000;

describe('redeem saga', () => {
  let pool: FakePool;
  let h: UsersHarness;
  let admin: Caller;

  // Every email is placed on mother-1; pool knows no other key and aborts answer ABORTED.
  withFakePool(
    { USERS_PLACEMENT_TIMEOUT_MS: String(PLACEMENT_TIMEOUT_MS), USERS_RESERVATION_TTL_MS: String(RESERVATION_TTL_MS) },
    (s) => ({ pool, h, admin } = s),
    (p) => void (p.script.placeEmail = (input) => placed(input.idempotencyKey, input.email)),
  );

  const newCode = async (input: Record<string, unknown> = {}) =>
    (await h.gql(GENERATE, { input: { count: 1, ...input } }, admin)).data.generateCodes.codes[0] as string;
  const redeem = (c: string, e: string) => h.gql(REDEEM, { c, e });
  const findRow = async (code: string) => {
    const id = (await h.gql(`query($c: String!) { redeemCode(code: $c) { id } }`, { c: code }, admin)).data.redeemCode.id;
    return h.users.orm.em.fork().findOneOrFail(RedeemCode, { id });
  };
  const calls = (op: string) => pool.calls.filter((c) => c.op === op);

  it('sends the invite and binds the code; a retry by the same email answers ALREADY_IN_TEAM', async () => {
    const code = await newCode({ motherGroupId: 'group-7' });
    const first = await redeem(code.toLowerCase().replace(/-/g, ''), '  Alice@Example.COM ');
    expect(first.data.redeem).toEqual({ status: 'INVITE_SENT', teamName: 'Team One', inviteRequestId: expect.any(String) });
    expect(calls('placeEmail')[0].variables.input).toEqual({ idempotencyKey: expect.any(String), email: 'alice@example.com', motherGroupId: 'group-7' });
    const bound = await findRow(code);
    expect(bound).toMatchObject({ status: 'used', boundEmail: 'alice@example.com', motherId: 'mother-1', currentTeamId: 'team-1', teamName: 'Team One' });
    expect(bound.usedAt).toBeInstanceOf(Date);

    const again = await redeem(code, 'alice@example.com');
    expect(again.data.redeem).toEqual({ status: 'ALREADY_IN_TEAM', teamName: 'Team One', inviteRequestId: first.data.redeem.inviteRequestId });
    expect(calls('placeEmail')).toHaveLength(1);
    expect(codeOf(await redeem(code, 'bob@example.com'))).toBe('CODE_USED');
    expect(pool.refused).toBe(0);
  });

  it('answers ALREADY_IN_TEAM when pool says the email already was a member', async () => {
    pool.script.placeEmail = (input) => placed(input.idempotencyKey, input.email, { alreadyMember: true });
    expect((await redeem(await newCode(), 'member@example.com')).data.redeem.status).toBe('ALREADY_IN_TEAM');
  });

  it.each([
    ['a malformed email', 'ABCD-EFGH-JKLM-NPQR', 'not-an-email', 'BAD_USER_INPUT'],
    ['an email over 254 characters', 'ABCD-EFGH-JKLM-NPQR', `${'a'.repeat(60)}@${'b'.repeat(200)}.com`, 'BAD_USER_INPUT'],
    ['a malformed code', 'short', 'a@example.com', 'BAD_USER_INPUT'],
    ['an unknown code', 'ABCD-EFGH-JKLM-NPQR', 'a@example.com', 'CODE_INVALID'],
  ])('answers %s with its error code', async (_, code, email, expected) => {
    expect(codeOf(await redeem(code, email))).toBe(expected);
    expect(pool.calls).toHaveLength(0);
  });

  it('answers CODE_DISABLED and CODE_EXPIRED (by status or by a passed deadline)', async () => {
    const disabled = await newCode();
    await h.gql(`mutation($id: ID!) { disableCode(id: $id) { id } }`, { id: (await findRow(disabled)).id }, admin);
    expect(codeOf(await redeem(disabled, 'a@example.com'))).toBe('CODE_DISABLED');

    const expiredByStatus = await newCode();
    await h.users.orm.em.fork().nativeUpdate(RedeemCode, { id: (await findRow(expiredByStatus)).id }, { status: 'expired' });
    expect(codeOf(await redeem(expiredByStatus, 'a@example.com'))).toBe('CODE_EXPIRED');

    const pastDeadline = await newCode({ expiresAt: new Date(Date.now() + 60_000).toISOString() });
    await h.users.orm.em.fork().nativeUpdate(RedeemCode, { id: (await findRow(pastDeadline)).id }, { expiresAt: new Date(Date.now() - 1000) });
    expect(codeOf(await redeem(pastDeadline, 'a@example.com'))).toBe('CODE_EXPIRED');
    expect((await findRow(pastDeadline)).status).toBe('expired');
    expect(pool.calls).toHaveLength(0);
  });

  it('puts the code back to UNUSED and answers NO_CAPACITY when pool has no seat', async () => {
    pool.script.placeEmail = (input) => withStatus(input.idempotencyKey, 'FAILED', 'NO_CAPACITY');
    const code = await newCode();
    expect(codeOf(await redeem(code, 'c@example.com'))).toBe('NO_CAPACITY');
    expect(await findRow(code)).toMatchObject({ status: 'unused', reservationKey: null, reservedUntil: null });
    const invite = await h.users.orm.em.fork().findOneOrFail(InviteRequest, { email: 'c@example.com' });
    expect(invite).toMatchObject({ status: 'failed', errorCode: 'NO_CAPACITY' });
    expect((await h.gql(STATUS, { c: code, e: 'c@example.com' })).data.redeemStatus).toMatchObject({ codeStatus: 'UNUSED', inviteStatus: 'FAILED' });

    pool.script.placeEmail = (input) => withStatus(input.idempotencyKey, 'FAILED', 'UPSTREAM_ERROR');
    expect(codeOf(await redeem(code, 'c@example.com'))).toBe('UPSTREAM_UNAVAILABLE');
    pool.script.placeEmail = (input) => placed(input.idempotencyKey, input.email);
    expect((await redeem(code, 'c@example.com')).data.redeem.status).toBe('INVITE_SENT');
    const keys = calls('placeEmail').map((c) => c.variables.input.idempotencyKey);
    expect(new Set(keys).size).toBe(3); // each fresh attempt has its own key
  });

  it('leaves the code RESERVED and answers PROCESSING on a timeout; a retry never places twice; the reconciler completes it', async () => {
    pool.script.placeEmail = () => 'hang';
    const code = await newCode();
    const first = await redeem(code, 'dana@example.com');
    expect(first.data.redeem).toEqual({ status: 'PROCESSING', teamName: null, inviteRequestId: expect.any(String) });
    const reserved = await findRow(code);
    expect(reserved.status).toBe('reserved');
    const key = reserved.reservationKey!;

    // The user retries while pool is still working: same answer, no second placement.
    pool.script.placement = (k) => withStatus(k, 'IN_FLIGHT');
    const retry = await redeem(code, 'dana@example.com');
    expect(retry.data.redeem).toEqual({ status: 'PROCESSING', teamName: null, inviteRequestId: first.data.redeem.inviteRequestId });
    expect(codeOf(await redeem(code, 'eve@example.com'))).toBe('CODE_USED');
    expect(calls('placeEmail')).toHaveLength(1);
    expect((await h.gql(STATUS, { c: code, e: 'dana@example.com' })).data.redeemStatus).toMatchObject({ codeStatus: 'RESERVED', inviteStatus: 'PENDING' });
    expect(codeOf(await h.gql(STATUS, { c: code, e: 'eve@example.com' }))).toBe('CODE_INVALID');

    // Pool finished the placement after all: the reconciler binds the code.
    pool.script.placement = (k) => placed(k, 'dana@example.com', { teamName: 'Late Team' });
    await h.users.maintenance.runOnce();
    expect(await findRow(code)).toMatchObject({ status: 'used', boundEmail: 'dana@example.com', teamName: 'Late Team', reservationKey: key });
    expect(calls('abortPlacement')).toHaveLength(0);
    expect((await redeem(code, 'dana@example.com')).data.redeem).toMatchObject({ status: 'ALREADY_IN_TEAM', teamName: 'Late Team' });
    expect((await h.gql(STATUS, { c: code, e: 'dana@example.com' })).data.redeemStatus).toMatchObject({ codeStatus: 'USED', inviteStatus: 'SENT', teamName: 'Late Team' });
    expect(new Set(pool.calls.filter((c) => c.op !== 'poolEvents').map((c) => c.variables.input?.idempotencyKey ?? c.variables.key))).toEqual(new Set([key]));
  });

  it('lets the reconciler abort a placement pool never heard of and free the code', async () => {
    pool.script.placeEmail = () => 'hang';
    const code = await newCode();
    expect((await redeem(code, 'fay@example.com')).data.redeem.status).toBe('PROCESSING');
    const key = (await findRow(code)).reservationKey;
    await h.users.maintenance.runOnce();
    expect(calls('abortPlacement').map((c) => c.variables.key)).toEqual([key]);
    expect(await findRow(code)).toMatchObject({ status: 'unused', reservationKey: null });
    const invite = await h.users.orm.em.fork().findOneOrFail(InviteRequest, { placementKey: key! });
    expect(invite.status).toBe('failed');
  });

  it('aborts a placement still in flight once its caller gave up, without waiting for the reservation TTL (issue 10 item 15)', async () => {
    pool.script.placeEmail = () => 'hang';
    pool.script.placement = (k) => withStatus(k, 'IN_FLIGHT');
    const code = await newCode();
    expect((await redeem(code, 'gus@example.com')).data.redeem.status).toBe('PROCESSING');
    const reserved = await findRow(code);
    await h.users.maintenance.runOnce();
    expect(calls('abortPlacement').map((c) => c.variables.key)).toEqual([reserved.reservationKey]);
    expect(await findRow(code)).toMatchObject({ status: 'unused', reservationKey: null });
    expect(Date.now()).toBeLessThan(reserved.reservedUntil!.getTime()); // long before the reservation would lapse
  });

  it('completes instead when the abort answers that the placement landed', async () => {
    pool.script.placeEmail = () => 'hang';
    pool.script.abortPlacement = (k) => placed(k, 'hal@example.com');
    const code = await newCode();
    await redeem(code, 'hal@example.com');
    await h.users.maintenance.runOnce();
    expect(await findRow(code)).toMatchObject({ status: 'used', boundEmail: 'hal@example.com' });
  });

  it('leaves the reservation when pool is unreachable, and settles it on a later round', async () => {
    pool.script.placeEmail = () => 'hang';
    const code = await newCode();
    await redeem(code, 'ivy@example.com');
    pool.script.placement = () => 'hang';
    await h.users.maintenance.runOnce().catch(() => undefined);
    expect((await findRow(code)).status).toBe('reserved');
    pool.script.placement = (k) => withStatus(k, 'FAILED', 'NO_CAPACITY');
    await h.users.maintenance.runOnce();
    expect((await findRow(code)).status).toBe('unused');
    expect(codeOf(await h.gql(STATUS, { c: code, e: 'nobody@example.com' }))).toBe('CODE_INVALID');
  });

  it('aborts at once when pool answers placeEmail with an error, and answers UPSTREAM_UNAVAILABLE', async () => {
    pool.script.placeEmail = () => ({ error: 'INTERNAL' });
    const code = await newCode();
    expect(codeOf(await redeem(code, 'jo@example.com'))).toBe('UPSTREAM_UNAVAILABLE');
    expect(calls('abortPlacement')).toHaveLength(1);
    expect((await findRow(code)).status).toBe('unused');
  });

  it('expires unused codes whose deadline passed in the maintenance round', async () => {
    const code = await newCode({ expiresAt: new Date(Date.now() + 60_000).toISOString() });
    await h.users.orm.em.fork().nativeUpdate(RedeemCode, { id: (await findRow(code)).id }, { expiresAt: new Date(Date.now() - 1) });
    await h.users.maintenance.runOnce();
    expect((await findRow(code)).status).toBe('expired');
  });

  it('twenty concurrent redeems of one code with different emails: one placement, the others CODE_USED', async () => {
    // A loser meets the code reserved (the winner's placement in flight) or already used: CODE_USED
    // either way, so no delay is needed in the fake pool to make the race count.
    pool.script.placeEmail = (input) => placed(input.idempotencyKey, input.email);
    const code = await newCode();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => redeem(code, `racer${i}@example.com`)));
    const winners = results.filter((r) => r.data?.redeem?.status === 'INVITE_SENT');
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'CODE_USED')).toHaveLength(19);
    expect(calls('placeEmail')).toHaveLength(1);
    const bound = await findRow(code);
    expect(bound.boundEmail).toBe(calls('placeEmail')[0].variables.input.email);
  });

  it('counts redeem outcomes in the metrics', async () => {
    const scrape = async () => {
      const text = await (await fetch(h.users.url.replace(/graphql$/, 'metrics'))).text();
      const value = (outcome: string) => Number(new RegExp(`seatpool_users_redeems_total\\{outcome="${outcome}",service="users"\\} (\\d+)`).exec(text)?.[1] ?? 0);
      const durations = Number(/seatpool_users_redeem_duration_seconds_count(?:\{[^}]*\})? (\d+)/.exec(text)?.[1] ?? 0);
      return { sent: value('invite_sent'), used: value('code_used'), durations };
    };
    const before = await scrape();
    const code = await newCode();
    expect((await redeem(code, 'counted@example.com')).data.redeem.status).toBe('INVITE_SENT');
    expect(codeOf(await redeem(code, 'second@example.com'))).toBe('CODE_USED');
    const after = await scrape();
    expect(after.sent).toBe(before.sent + 1);
    expect(after.used).toBe(before.used + 1);
    expect(after.durations).toBeGreaterThan(before.durations);
  });


  // Last in this suite: the reservation it leaves would show up in later reconciler rounds.
  it('reports an abort that failed after a refused placeEmail, leaving the code to the reconciler', async () => {
    pool.script.placeEmail = () => ({ error: 'INTERNAL' });
    pool.script.abortPlacement = () => ({ error: 'INTERNAL' });
    const code = await newCode();
    h.logs.length = 0;
    expect((await redeem(code, 'abort-fails@example.com')).data.redeem.status).toBe('PROCESSING');
    const key = (await findRow(code)).reservationKey;
    const entry = h.logs.map((l) => JSON.parse(l)).find((l) => l.msg.startsWith('abortPlacement after a failed placeEmail did not settle'));
    expect(entry).toMatchObject({ level: 40, placementKey: key });
    expect(await findRow(code)).toMatchObject({ status: 'reserved' });
  });
});
