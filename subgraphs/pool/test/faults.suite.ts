import { pollUntil } from '@seatpool/kit/testing';
import { Placement, Seat } from '../src/entities';
import { startSandbox, type SandboxHandle } from '../src/provider/sandbox/server';
import { MOTHER, PLACE_EMAIL, seedMother, startHarness, type Harness } from './support/harness';

const SYNC = `mutation ($id: ID!) { syncChildAccounts(input: { motherId: $id }) { error } }`;

describe('placements under upstream faults, the race for the last seats and the circuit breaker', () => {
  let sandbox: SandboxHandle;
  let h: Harness;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
  });
  afterAll(() => sandbox.close());
  afterEach(async () => {
    await h.control('DELETE', '/_sandbox/faults');
    await h.close();
  });

  const place = (key: string, email: string) => h.gql('service', PLACE_EMAIL, { input: { idempotencyKey: key, email } });

  /** The ledger's invariants: nothing HELD, every USED seat belongs to a PLACED placement of the same email and team. */
  async function expectConsistentLedger() {
    const em = h.pool.orm.em.fork();
    const seats = await em.find(Seat, { status: { $ne: 'free' } });
    expect(seats.filter((s) => s.status === 'held')).toEqual([]);
    const placements = await em.find(Placement, { idempotencyKey: { $in: seats.map((s) => s.placementKey!) } });
    const byKey = new Map(placements.map((p) => [p.idempotencyKey, p]));
    for (const seat of seats) {
      expect(byKey.get(seat.placementKey!)).toMatchObject({ status: 'placed', email: seat.email, teamId: seat.teamId });
    }
    expect(await em.count(Placement, { status: 'in_flight' })).toBe(0);
    expect(await em.count(Placement, { status: 'placed' })).toBe(seats.length);
    return seats;
  }

  it('100 concurrent emails on 3 mothers x 7 seats: 21 placed, each seat once', async () => {
    h = await startHarness(sandbox);
    const mothers = [await seedMother(h, 7, 'R1'), await seedMother(h, 7, 'R2'), await seedMother(h, 7, 'R3')];
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => place(`race-${i}`, `racer${i}@example.com`)));
    const outcomes = results.map((r) => r.data.placeEmail);
    expect(outcomes.filter((p) => p.status === 'PLACED')).toHaveLength(21);
    expect(outcomes.filter((p) => p.status === 'FAILED' && p.errorCode === 'NO_CAPACITY')).toHaveLength(79);
    const seats = await expectConsistentLedger();
    expect(seats).toHaveLength(21);
    expect(new Set(seats.map((s) => `${s.mother.id}:${s.slotIndex}`)).size).toBe(21);
    expect(new Set(seats.map((s) => s.placementKey)).size).toBe(21);
    for (const m of mothers) {
      const upstream = await h.control('GET', `/_sandbox/accounts/${m.teamId}`);
      expect(upstream.invites).toHaveLength(7);
    }
  });

  it('429 with Retry-After, 5xx bursts, timeouts and a 401 during a burst leave a consistent ledger and classify mothers', async () => {
    h = await startHarness(sandbox, { POOL_UPSTREAM_BREAKER_HALF_OPEN_MS: '300' });
    const revoked = await seedMother(h, 5, 'F-401');
    const limited = await seedMother(h, 5, 'F-429');
    const flaky = await seedMother(h, 5, 'F-5xx');
    const slow = await seedMother(h, 5, 'F-slow');
    await h.control('POST', '/_sandbox/tokens/revoke', { accessToken: revoked.accessToken });
    await h.control('POST', '/_sandbox/faults', { accountId: limited.teamId, status: 429, retryAfterS: 1, count: 3 });
    await h.control('POST', '/_sandbox/faults', { accountId: flaky.teamId, status: 503, count: 4 });
    await h.control('POST', '/_sandbox/faults', { accountId: flaky.teamId, status: 502, rate: 0.3 });
    await h.control('POST', '/_sandbox/faults', { accountId: slow.teamId, latencyMs: 2_000, count: 3 });
    const results = await Promise.all(Array.from({ length: 24 }, (_, i) => place(`burst-${i}`, `burst${i}@example.com`)));
    const outcomes = results.map((r) => r.data.placeEmail);
    // IN_FLIGHT: an attempt to the slow mother went unanswered and its invite was not upstream yet (issue 10 item 13).
    expect(outcomes.every((p) => ['PLACED', 'IN_FLIGHT'].includes(p.status) || (p.status === 'FAILED' && ['NO_CAPACITY', 'UPSTREAM_UNAVAILABLE'].includes(p.errorCode)))).toBe(true);
    expect(outcomes.filter((p) => p.status === 'PLACED').length).toBeGreaterThanOrEqual(10);
    // Unknown outcomes are judged after the settle window.
    await pollUntil(async () => {
      if ((await h.pool.orm.em.fork().count(Placement, { status: 'in_flight' })) === 0) return true;
      await h.pool.maintenance.runOnce();
      return false;
    }, { intervalMs: 100, what: 'no placement in flight' });
    await expectConsistentLedger();
    const status = async (id: string) => (await h.gql('admin', MOTHER, { id })).data.mother;
    expect(await status(revoked.id)).toMatchObject({ status: 'INVALID', statusReason: 'token_invalidated', seatsUsed: 0, seatsHeld: 0 });
    for (const m of [limited, flaky, slow]) expect((await status(m.id)).status).toBe('ACTIVE');

    // A timed-out attempt may still have landed upstream: the sync records it, so no seat is sold twice.
    await h.control('DELETE', '/_sandbox/faults');
    for (const m of [limited, flaky, slow]) {
      // A breaker the burst opened lets a sync through once it half-opens.
      await pollUntil(async () => (await h.gql('admin', SYNC, { id: m.id })).data.syncChildAccounts.error === null, { intervalMs: 100, what: `a sync of ${m.id}` });
      const upstream = await h.control('GET', `/_sandbox/accounts/${m.teamId}`);
      const mother = await status(m.id);
      expect(mother.seatsFree).toBeLessThanOrEqual(5 - upstream.seatsInUse);
    }
    expect(outcomes.some((p) => p.status === 'PLACED' && p.motherId === limited.id)).toBe(true);
  });

  it("opens a mother's circuit after repeated 5xx, answers fast while open, and recovers after the half-open probe", async () => {
    // Half-open after 2 s: long enough that the call below surely meets the open breaker on a loaded machine.
    h = await startHarness(sandbox, { POOL_UPSTREAM_BREAKER_THRESHOLD: '3', POOL_UPSTREAM_BREAKER_HALF_OPEN_MS: '2000', POOL_UPSTREAM_RETRIES: '0' });
    const m = await seedMother(h, 3, 'Breaker');
    const metrics = async () => (await fetch(h.pool.url.replace('/graphql', '/metrics'))).text();
    const gauge = (text: string, state: string) => Number(new RegExp(`seatpool_pool_upstream_circuits\\{state="${state}",service="pool"\\} (\\d+)`).exec(text)?.[1]);
    await h.control('POST', '/_sandbox/faults', { accountId: m.teamId, status: 500 });
    for (let i = 0; i < 3; i++) expect((await place(`cb-${i}`, `cb${i}@example.com`)).data.placeEmail.errorCode).toBe('UPSTREAM_UNAVAILABLE');
    expect(gauge(await metrics(), 'open')).toBe(1);
    await h.control('DELETE', '/_sandbox/requests');
    // While open the call fails without reaching the upstream at all (no attempt timeout to wait out).
    expect((await place('cb-open', 'cbopen@example.com')).data.placeEmail.errorCode).toBe('UPSTREAM_UNAVAILABLE');
    expect((await h.control('GET', '/_sandbox/requests')).invitePosts[m.teamId]).toBeUndefined();
    await h.control('DELETE', '/_sandbox/faults');
    // Calls keep failing fast until the breaker half-opens; the probe then succeeds and closes it.
    let tries = 0;
    await pollUntil(async () => (await place(`cb-after-${++tries}`, `cbafter${tries}@example.com`)).data.placeEmail.status === 'PLACED', { intervalMs: 100, what: 'a placement after the half-open probe' });
    expect((await h.control('GET', '/_sandbox/requests')).invitePosts[m.teamId]).toBe(1); // only the probe went upstream
    const text = await metrics();
    expect([gauge(text, 'open'), gauge(text, 'closed')]).toEqual([0, 1]);
    expect(text).toContain('seatpool_pool_upstream_circuit_transitions_total{to="open",service="pool"} 1');
    expect(text).toContain('seatpool_pool_upstream_circuit_transitions_total{to="closed",service="pool"} 1');
    await expectConsistentLedger();
  });
});
