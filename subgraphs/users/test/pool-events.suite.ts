import { ConsumerCursor, InviteRequest, SeatRelease, SwitchRequest } from '../src/entities';
import { defaultScript, type FakePool } from './support/fake-pool';
import { redeemedCode, rowOf } from './support/flows';
import { type Caller, type UsersHarness } from './support/harness';
import { withFakePool } from './support/with-fake-pool';

const STATUS = `query($c: String!, $e: String!) { redeemStatus(code: $c, email: $e) { codeStatus teamName inviteStatus switchesLeft switchQueued } }`;


describe('pool events and code lifecycles (extra-switch policy)', () => {
  let pool: FakePool;
  let h: UsersHarness;
  let admin: Caller;
  withFakePool({ USERS_SWITCH_RETRY_MS: '0' }, (s) => ({ pool, h, admin } = s));
  const em = () => h.users.orm.em.fork();

  it('marks an invite ACCEPTED, then clears the seat when the member left upstream', async () => {
    const code = await redeemedCode(h, admin, 'acc@example.com');
    const key = (await rowOf(h, admin, code)).seatKey!;
    pool.emit({ type: 'placement.accepted', placementKey: key, email: 'acc@example.com' });
    await h.users.maintenance.runOnce();
    expect(await em().findOneOrFail(InviteRequest, { placementKey: key })).toMatchObject({ status: 'accepted', acceptedAt: expect.any(Date) });
    expect((await h.gql(STATUS, { c: code, e: 'acc@example.com' })).data.redeemStatus).toMatchObject({ inviteStatus: 'ACCEPTED', teamName: 'Team 1' });

    pool.emit({ type: 'placement.released', placementKey: key, payload: { placementKey: key, reason: 'remove', source: 'upstream', upstreamReleased: true } });
    await h.users.maintenance.runOnce();
    expect(await em().findOneOrFail(InviteRequest, { placementKey: key })).toMatchObject({ status: 'removed', releaseReason: 'REMOVE' });
    expect(await rowOf(h, admin, code)).toMatchObject({ status: 'used', seatKey: null, currentTeamId: null, switchLimit: 3 });
    expect((await em().findOneOrFail(ConsumerCursor, { name: 'pool-events' })).position).toBe(pool.events[pool.events.length - 1].id);
  });

  it('grants one extra switch per lost seat, however often the loss is reported', async () => {
    const code = await redeemedCode(h, admin, 'lost@example.com');
    pool.emit({ type: 'team.lost', motherId: 'mother-1', teamId: 'team-1' });
    pool.emit({ type: 'mother.status_changed', motherId: 'mother-1', payload: { motherId: 'mother-1', from: 'active', to: 'invalid', reason: 'token_invalid' } });
    pool.emit({ type: 'team.lost', motherId: 'mother-1', teamId: 'team-1' }); // at-least-once: delivered twice
    await h.users.maintenance.runOnce();
    const row = await rowOf(h, admin, code);
    expect(row).toMatchObject({ switchLimit: 4, afterSaleKey: row.seatKey });
    expect((await h.gql(STATUS, { c: code, e: 'lost@example.com' })).data.redeemStatus.switchesLeft).toBe(4);
    const events = (await h.gql(`query($c: String!) { redeemCode(code: $c) { events { type detail } } }`, { c: code }, admin)).data.redeemCode.events;
    expect(events.filter((e: { type: string }) => e.type === 'GRANT')).toHaveLength(1);
    // Re-reading the whole outbox (a lost cursor) changes nothing either.
    await em().nativeDelete(ConsumerCursor, {});
    await h.users.maintenance.runOnce();
    expect((await rowOf(h, admin, code)).switchLimit).toBe(4);
  });

  it('grants the right when a pool operator released the seat, not when an operator only disabled the mother', async () => {
    const kept = await redeemedCode(h, admin, 'kept@example.com');
    pool.emit({ type: 'mother.status_changed', motherId: 'mother-1', payload: { motherId: 'mother-1', from: 'active', to: 'disabled', reason: 'disabled_by_operator' } });
    const gone = await redeemedCode(h, admin, 'gone@example.com');
    const key = (await rowOf(h, admin, gone)).seatKey!;
    pool.emit({ type: 'placement.released', placementKey: key, payload: { reason: 'remove', source: 'operator' } });
    await h.users.maintenance.runOnce();
    expect((await rowOf(h, admin, kept)).switchLimit).toBe(3);
    expect(await rowOf(h, admin, gone)).toMatchObject({ switchLimit: 4, seatKey: null });
  });

  it('skips a malformed event with an error naming it, and still applies the events after it', async () => {
    const code = await redeemedCode(h, admin, 'malformed@example.com');
    const key = (await rowOf(h, admin, code)).seatKey!;
    const bad = pool.emit({ type: 'placement.released', placementKey: key });
    bad.payload = '{"reason": "remove", "source": "operator", "email": "malformed@example.com"'; // cut off
    const arrayPayload = pool.emit({ type: 'mother.status_changed', motherId: 'mother-1' });
    arrayPayload.payload = '["invalid"]';
    const good = pool.emit({ type: 'placement.accepted', placementKey: key, email: 'malformed@example.com' });
    h.logs.length = 0;
    await h.users.maintenance.runOnce();
    // Not read as `{}` (that would have released the seat as an "upstream" removal).
    expect(await rowOf(h, admin, code)).toMatchObject({ seatKey: key, switchLimit: 3 });
    expect(await em().findOneOrFail(InviteRequest, { placementKey: key })).toMatchObject({ status: 'accepted' });
    expect((await em().findOneOrFail(ConsumerCursor, { name: 'pool-events' })).position).toBe(good.id);
    const skipped = h.logs.map((l) => JSON.parse(l)).filter((l) => l.msg === 'malformed pool event skipped');
    expect(skipped.map((l) => [l.eventId, l.type, l.reason])).toEqual([
      [bad.id, 'placement.released', 'payload is not JSON'],
      [arrayPayload.id, 'mother.status_changed', 'payload is an array, not an object'],
    ]);
    expect(h.logs.join('')).not.toContain('malformed@example.com');
  });

  it('expires a code whose lifecycle ended and gives its seat up through pool', async () => {
    const code = await redeemedCode(h, admin, 'life@example.com');
    const row = await rowOf(h, admin, code);
    expect(row.lifecycleEndsAt!.getTime() - row.lifecycleStartedAt!.getTime()).toBe(30 * 86_400_000);
    await em().nativeUpdate('RedeemCode', { id: row.id }, { lifecycleEndsAt: new Date(Date.now() - 1000) });
    pool.calls.length = 0;
    await h.users.maintenance.runOnce();
    expect(await rowOf(h, admin, code)).toMatchObject({ status: 'expired', seatKey: null, currentTeamId: null });
    expect(pool.calls.filter((c) => c.op === 'releasePlacement').map((c) => c.variables.input)).toEqual([{ idempotencyKey: row.seatKey, reason: 'EXPIRE' }]);
    expect(await em().findOneOrFail(SeatRelease, { placementKey: row.seatKey! })).toMatchObject({ status: 'done', reason: 'EXPIRE' });
    expect(await em().findOneOrFail(InviteRequest, { placementKey: row.seatKey! })).toMatchObject({ status: 'cancelled', releaseReason: 'EXPIRE' });
  });

  it('retries a seat release pool did not confirm, on a later round', async () => {
    const code = await redeemedCode(h, admin, 'retry@example.com');
    const row = await rowOf(h, admin, code);
    await em().nativeUpdate('RedeemCode', { id: row.id }, { lifecycleEndsAt: new Date(Date.now() - 1000) });
    pool.script.releasePlacement = () => ({ error: 'INTERNAL' });
    await h.users.maintenance.runOnce();
    expect(await em().findOneOrFail(SeatRelease, { placementKey: row.seatKey! })).toMatchObject({ status: 'pending', attempts: 1 });
    pool.script = defaultScript(pool);
    await em().nativeUpdate(SeatRelease, { placementKey: row.seatKey! }, { nextAttemptAt: new Date() });
    await h.users.maintenance.runOnce();
    expect(await em().findOneOrFail(SeatRelease, { placementKey: row.seatKey! })).toMatchObject({ status: 'done', attempts: 2 });
  });
});

describe('pool events under the requeue policy', () => {
  let pool: FakePool;
  let h: UsersHarness;
  let admin: Caller;
  withFakePool({ USERS_SWITCH_RETRY_MS: '0', USERS_SEAT_LOST_POLICY: 'requeue' }, (s) => ({ pool, h, admin } = s));

  it('queues a free switch away from the lost mother and drains it in the same round', async () => {
    const code = await redeemedCode(h, admin, 'rq@example.com');
    const before = await rowOf(h, admin, code);
    pool.emit({ type: 'team.lost', motherId: 'mother-1', teamId: 'team-1' });
    await h.users.maintenance.runOnce();
    const request = await h.users.orm.em.fork().findOneOrFail(SwitchRequest, { code: before.id });
    expect(request).toMatchObject({ kind: 'requeue', status: 'succeeded', excludeMotherId: 'mother-1', teamName: 'Team 2' });
    expect(await rowOf(h, admin, code)).toMatchObject({ motherId: 'mother-2', switchCount: 0, switchLimit: 3 });
    expect(pool.calls.filter((c) => c.op === 'releasePlacement').map((c) => c.variables.input.idempotencyKey)).toEqual([before.seatKey]);
  });
});
