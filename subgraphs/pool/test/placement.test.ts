import { captureStatements, pollUntil } from '@seatpool/kit/testing';
import { startSandbox, type SandboxHandle } from '../src/provider/sandbox/server';
import { OutboxEvent, Placement, Seat } from '../src/entities';
import { failInFlight } from '../src/services/placement-row';
import { MOTHER, PLACE_EMAIL, seedMother, startHarness, type Harness } from './support/harness';

const PLACEMENT = `query ($key: String!) { placement(idempotencyKey: $key) { idempotencyKey status email motherId errorCode } }`;
const ABORT = `mutation ($key: String!) { abortPlacement(idempotencyKey: $key) { idempotencyKey status email motherId errorCode } }`;

describe('placeEmail (internal API)', () => {
  let sandbox: SandboxHandle;
  let h: Harness;
  // A test can hold the sandbox's latency sleeps until it opens this gate: "in flight" then lasts
  // as long as the test needs, whatever the machine's load (a fixed latency raced the assertions).
  let gate: Promise<void> | null = null;
  let openGate = () => {};
  const holdUpstream = () => {
    gate = new Promise<void>((resolve) => (openGate = () => (gate = null, resolve())));
  };
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, sleep: (ms) => gate ?? new Promise((r) => setTimeout(r, ms)) });
  });
  afterAll(() => sandbox.close());
  // A fresh pool per test: allocation considers every active mother, so tests must not share them.
  beforeEach(async () => {
    h = await startHarness(sandbox);
    await h.control('DELETE', '/_sandbox/faults');
    await h.control('DELETE', '/_sandbox/requests');
  });
  afterEach(() => (openGate(), h.close()));

  const place = (key: string, email: string, extra: Record<string, unknown> = {}) =>
    h.gql('service', PLACE_EMAIL, { input: { idempotencyKey: key, email, ...extra } });
  const invitePosts = async () => (await h.control('GET', '/_sandbox/requests')).counts['POST /backend-api/accounts/:id/invites'] ?? 0;
  const seatsByStatus = async () => {
    const seats = await h.pool.orm.em.fork().find(Seat, {});
    return { free: seats.filter((s) => s.status === 'free').length, held: seats.filter((s) => s.status === 'held').length, used: seats.filter((s) => s.status === 'used').length };
  };

  it('places an email once per key: the same key twice sends one upstream invite', async () => {
    const mother = await seedMother(h, 3);
    const first = await place('key-1', ' Alice@Example.com ');
    expect(first.errors).toBeUndefined();
    expect(first.data.placeEmail).toMatchObject({ status: 'PLACED', email: 'alice@example.com', motherId: mother.id, teamId: mother.teamId, alreadyMember: false, errorCode: null });
    const second = await place('key-1', 'alice@example.com');
    expect(second.data.placeEmail).toEqual(first.data.placeEmail);
    expect(await invitePosts()).toBe(1);
    const upstream = await h.control('GET', `/_sandbox/accounts/${mother.teamId}`);
    expect(upstream.invites.map((i: any) => i.email_address)).toEqual(['alice@example.com']);
    expect((await h.gql('admin', MOTHER, { id: mother.id })).data.mother).toMatchObject({ seatsUsed: 1, seatsFree: 2, seatsHeld: 0 });
    expect((await h.gql('service', PLACEMENT, { key: 'key-1' })).data.placement.status).toBe('PLACED');
  });

  it('refuses a key reused for another email with CONFLICT', async () => {
    await seedMother(h, 2);
    await place('key-c', 'one@example.com');
    const res = await place('key-c', 'two@example.com');
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('sold out (nothing free, nothing held): NO_CAPACITY stored in one insert, the same for a repeated key, a CONFLICT for another email', async () => {
    await seedMother(h, 1);
    expect((await place('k-last', 'last@example.com')).data.placeEmail.status).toBe('PLACED');
    let refused!: Awaited<ReturnType<typeof place>>;
    const statements = await captureStatements(h.pool.orm.em, async () => (refused = await place('k-out', 'late@example.com')));
    expect(refused.data.placeEmail).toMatchObject({ status: 'FAILED', errorCode: 'NO_CAPACITY', email: 'late@example.com' });
    // No in-flight claim to update afterwards: the refusal is the row's first and only write.
    expect(statements.filter((q) => /^\s*(insert|update)\b.*\bplacement\b/i.test(q))).toEqual([expect.stringMatching(/^insert into placement .*'failed'/i)]);
    expect((await place('k-out', 'late@example.com')).data.placeEmail).toEqual(refused.data.placeEmail);
    expect((await place('k-out', 'other@example.com')).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await h.gql('service', PLACEMENT, { key: 'k-out' })).data.placement).toMatchObject({ status: 'FAILED', errorCode: 'NO_CAPACITY' });
  });

  it('placements that fail in the same tick share one UPDATE; one no longer in flight is left alone', async () => {
    const now = new Date();
    const em = h.pool.orm.em.fork();
    for (const [key, status] of [['f-1', 'in_flight'], ['f-2', 'in_flight'], ['f-3', 'in_flight'], ['f-4', 'placed']]) {
      await em.insert(Placement, { idempotencyKey: key, email: `${key}@example.com`, status: status as 'in_flight', alreadyMember: false, createdAt: now, updatedAt: now });
    }
    let results: Awaited<ReturnType<typeof failInFlight>>[] = [];
    const statements = await captureStatements(h.pool.orm.em, async () => {
      results = await Promise.all(['f-1', 'f-2', 'f-3', 'f-4'].map((key) => failInFlight(h.pool.orm.em.fork(), key, 'NO_CAPACITY', new Date())));
    });
    expect(results.map((p) => p && [p.idempotencyKey, p.status, p.errorCode])).toEqual([['f-1', 'failed', 'NO_CAPACITY'], ['f-2', 'failed', 'NO_CAPACITY'], ['f-3', 'failed', 'NO_CAPACITY'], null]);
    expect(statements.filter((q) => /^\s*update placement/i.test(q))).toHaveLength(1);
    expect((await em.fork().findOneOrFail(Placement, { idempotencyKey: 'f-4' })).status).toBe('placed');
  });

  it('30 concurrent placements on 2 mothers x 5 seats: exactly 10 PLACED, 20 NO_CAPACITY, nothing left HELD', async () => {
    const mothers = [await seedMother(h, 5, 'M1'), await seedMother(h, 5, 'M2')];
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => place(`race-${i}`, `user${i}@example.com`)));
    const placements = results.map((r) => r.data.placeEmail);
    expect(placements.filter((p) => p.status === 'PLACED')).toHaveLength(10);
    expect(placements.filter((p) => p.status === 'FAILED' && p.errorCode === 'NO_CAPACITY')).toHaveLength(20);
    expect(await seatsByStatus()).toEqual({ free: 0, held: 0, used: 10 });
    for (const m of mothers) {
      const upstream = await h.control('GET', `/_sandbox/accounts/${m.teamId}`);
      const emails: string[] = upstream.invites.map((i: any) => i.email_address);
      expect(emails).toHaveLength(5);
      expect(new Set(emails).size).toBe(5);
    }
    const seats = await h.pool.orm.em.fork().find(Seat, { status: 'used' });
    expect(new Set(seats.map((s) => `${s.teamId} ${s.email}`)).size).toBe(10);
  });

  it('a 401 marks the mother INVALID (with an outbox event) and the placement moves on to the next mother', async () => {
    const first = await seedMother(h, 2, 'Old');
    const second = await seedMother(h, 2, 'New');
    await h.control('POST', '/_sandbox/tokens/revoke', { accessToken: first.accessToken });
    const res = await place('k-401', 'bob@example.com');
    expect(res.data.placeEmail).toMatchObject({ status: 'PLACED', motherId: second.id });
    const lost = (await h.gql('admin', MOTHER, { id: first.id })).data.mother;
    expect(lost).toMatchObject({ status: 'INVALID', statusReason: 'token_invalidated', seatsFree: 2, seatsHeld: 0 });
    const events = await h.pool.orm.em.fork().find(OutboxEvent, { type: 'mother.status_changed' });
    expect(events.map((e) => e.payload)).toEqual([expect.objectContaining({ motherId: first.id, from: 'active', to: 'invalid', reason: 'token_invalidated' })]);
  });

  it('a deactivated workspace marks the mother DISABLED and the next mother is used', async () => {
    const first = await seedMother(h, 2, 'Gone');
    const second = await seedMother(h, 2, 'Alive');
    await h.control('POST', `/_sandbox/accounts/${first.teamId}/deactivate`);
    const res = await place('k-403', 'carol@example.com');
    expect(res.data.placeEmail).toMatchObject({ status: 'PLACED', motherId: second.id });
    expect((await h.gql('admin', MOTHER, { id: first.id })).data.mother).toMatchObject({ status: 'DISABLED', statusReason: 'account_deactivated' });
  });

  it('a short 503 burst is retried and still places', async () => {
    const mother = await seedMother(h, 2);
    await h.control('POST', '/_sandbox/faults', { accountId: mother.teamId, status: 503, count: 2 });
    const res = await place('k-503', 'dave@example.com');
    expect(res.data.placeEmail).toMatchObject({ status: 'PLACED', motherId: mother.id });
    expect(await invitePosts()).toBe(3);
    expect(await seatsByStatus()).toEqual({ free: 1, held: 0, used: 1 });
  });

  it('a lasting 503 fails cleanly with UPSTREAM_UNAVAILABLE and no HELD seat', async () => {
    await seedMother(h, 2);
    await h.control('POST', '/_sandbox/faults', { status: 503 });
    const res = await place('k-down', 'erin@example.com');
    expect(res.data.placeEmail).toMatchObject({ status: 'FAILED', errorCode: 'UPSTREAM_UNAVAILABLE', motherId: null });
    expect(await seatsByStatus()).toEqual({ free: 2, held: 0, used: 0 });
  });

  it('an email already in the team counts as placed (alreadyMember) and is never placed twice in that team', async () => {
    const mother = await seedMother(h, 3);
    await h.control('POST', `/_sandbox/accounts/${mother.teamId}/members`, { email: 'frank@example.com' });
    const res = await place('k-member', 'frank@example.com');
    expect(res.data.placeEmail).toMatchObject({ status: 'PLACED', alreadyMember: true });
    const again = await place('k-member-2', 'frank@example.com');
    expect(again.data.placeEmail).toMatchObject({ status: 'FAILED', errorCode: 'NO_CAPACITY' });
  });

  it('upstream full while the ledger has seats: NO_CAPACITY and the seat is released', async () => {
    const mother = await seedMother(h, 1);
    await h.control('POST', `/_sandbox/accounts/${mother.teamId}/members`, { email: 'outsider@example.com' });
    const res = await place('k-full', 'gina@example.com');
    expect(res.data.placeEmail).toMatchObject({ status: 'FAILED', errorCode: 'NO_CAPACITY' });
    expect(await seatsByStatus()).toEqual({ free: 1, held: 0, used: 0 });
  });

  it('abort before place: the late place answers ABORTED and sends no invite', async () => {
    await seedMother(h, 2);
    const aborted = await h.gql('service', ABORT, { key: 'k-abort' });
    expect(aborted.data.abortPlacement).toMatchObject({ idempotencyKey: 'k-abort', status: 'ABORTED' });
    const late = await place('k-abort', 'hank@example.com');
    expect(late.data.placeEmail).toMatchObject({ status: 'ABORTED', email: 'hank@example.com' });
    expect(await invitePosts()).toBe(0);
    expect(await seatsByStatus()).toEqual({ free: 2, held: 0, used: 0 });
  });

  it('abort while in flight: IN_FLIGHT meanwhile, then ABORTED, the invite cancelled and the seat freed', async () => {
    const mother = await seedMother(h, 2);
    // The latency fault makes the sandbox sleep on the invite; the held gate makes that sleep last
    // until the abort is in.
    holdUpstream();
    await h.control('POST', '/_sandbox/faults', { accountId: mother.teamId, latencyMs: 1, path: '/invites', method: 'POST' });
    const running = place('k-slow', 'ivy@example.com');
    // In flight: the invite is on the wire (held seat, placement row written before it).
    await pollUntil(async () => ((await h.control('GET', '/_sandbox/requests')).invitePosts[mother.teamId] ?? 0) >= 1, { what: 'the invite sent' });
    expect((await place('k-slow', 'ivy@example.com')).data.placeEmail.status).toBe('IN_FLIGHT');
    expect((await h.gql('admin', MOTHER, { id: mother.id })).data.mother.seatsHeld).toBe(1);
    expect((await h.gql('service', ABORT, { key: 'k-slow' })).data.abortPlacement.status).toBe('ABORTED');
    openGate();
    expect((await running).data.placeEmail.status).toBe('ABORTED');
    expect((await h.control('GET', `/_sandbox/accounts/${mother.teamId}`)).invites).toEqual([]);
    expect(await seatsByStatus()).toEqual({ free: 2, held: 0, used: 0 });
  });

  it('settles all or nothing: a held seat that vanished during the invite leaves the placement in flight and no seat used', async () => {
    const mother = await seedMother(h, 2);
    holdUpstream();
    await h.control('POST', '/_sandbox/faults', { accountId: mother.teamId, latencyMs: 1, path: '/invites', method: 'POST' });
    const running = place('k-lost', 'lou@example.com');
    await pollUntil(async () => ((await h.control('GET', '/_sandbox/requests')).invitePosts[mother.teamId] ?? 0) >= 1, { what: 'the invite sent' });
    // A broken ledger (what settle guards against): the hold is gone while the invite is out.
    await h.pool.orm.em.fork().nativeUpdate(Seat, { placementKey: 'k-lost' }, { status: 'free', placementKey: null, heldUntil: null });
    openGate();
    const res = await running;
    expect(res.errors?.[0].extensions?.code).toBe('INTERNAL');
    expect((await h.gql('service', PLACEMENT, { key: 'k-lost' })).data.placement.status).toBe('IN_FLIGHT');
    expect(await seatsByStatus()).toEqual({ free: 2, held: 0, used: 0 });
  });

  it('abort after success leaves the placement PLACED', async () => {
    await seedMother(h, 2);
    await place('k-done', 'jack@example.com');
    expect((await h.gql('service', ABORT, { key: 'k-done' })).data.abortPlacement.status).toBe('PLACED');
    expect(await seatsByStatus()).toEqual({ free: 1, held: 0, used: 1 });
  });

  it('honours motherGroupId and excludeMotherIds', async () => {
    const a = await seedMother(h, 1, 'A');
    const b = await seedMother(h, 1, 'B');
    expect((await place('k-group', 'kim@example.com', { motherGroupId: 'vip' })).data.placeEmail.errorCode).toBe('NO_CAPACITY');
    expect((await place('k-excl', 'kim@example.com', { excludeMotherIds: [a.id] })).data.placeEmail.motherId).toBe(b.id);
  });

  it('refuses a malformed email with BAD_USER_INPUT', async () => {
    const res = await place('k-bad', 'not-an-email');
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
