import { pollUntil } from '@seatpool/kit/testing';
import { Placement, Seat } from '../src/entities';
import { startSandbox, type SandboxHandle } from '../src/provider/sandbox/server';
import { MOTHER, PLACE_EMAIL, seedMother, startHarness, type Harness } from './support/harness';

const ABORT = `mutation ($key: String!) { abortPlacement(idempotencyKey: $key) { idempotencyKey status motherId errorCode } }`;

// One unanswered attempt ends the call after 0.5 s; an unknown outcome is judged 2.5 s after it was
// sent. The settle window means "an abandoned request has landed by then, or never will": the late
// invites below land 0.8–1.5 s after they were sent, well inside it (with a 1 s window, judging and
// landing raced, and a loaded machine freed the seat just before the 1.5 s invite landed).
const FAST = {
  POOL_UPSTREAM_ATTEMPT_TIMEOUT_MS: '500',
  POOL_UPSTREAM_RETRIES: '0',
  POOL_UPSTREAM_BUDGET_MS: '600',
  POOL_UPSTREAM_SETTLE_MS: '2500',
  POOL_HOLD_TTL_MS: '5000',
};

/** Polls `check` (running pool maintenance before each look) until it holds. */
const eventually = (h: Harness, check: () => Promise<boolean>) =>
  pollUntil(async () => (await h.pool.maintenance.runOnce(), check()), { intervalMs: 100 });

describe('invites whose outcome is unknown (issue 10 item 13)', () => {
  let sandbox: SandboxHandle;
  let h: Harness;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
  });
  afterAll(() => sandbox.close());
  beforeEach(async () => {
    h = await startHarness(sandbox, FAST);
  });
  afterEach(() => h.close());

  const place = async (key: string, email: string) => (await h.gql('service', PLACE_EMAIL, { input: { idempotencyKey: key, email } })).data.placeEmail;
  const placement = (key: string) => h.pool.orm.em.fork().findOneOrFail(Placement, { idempotencyKey: key });
  const seats = async (motherId: string) => (await h.gql('admin', MOTHER, { id: motherId })).data.mother as { seatsUsed: number; seatsHeld: number; seatsFree: number };
  const upstream = async (teamId: string) => {
    const ws = await h.control('GET', `/_sandbox/accounts/${teamId}`);
    return [...ws.invites.map((i: any) => i.email_address), ...ws.members.filter((m: any) => m.role !== 'account-owner').map((m: any) => m.email)];
  };
  const invitePosts = async () => (await h.control('GET', '/_sandbox/requests')).invitePosts as Record<string, number>;

  it('an invite answered after the attempt timeout keeps its seat, never goes to another mother, and becomes PLACED once it shows upstream', async () => {
    const a = await seedMother(h, 2, 'A');
    const b = await seedMother(h, 2, 'B');
    await h.control('DELETE', '/_sandbox/requests');
    // The POST lands upstream 1.5 s after it was sent, long after pool gave up on it; the lists answer at once.
    await h.control('POST', '/_sandbox/faults', { accountId: a.teamId, path: '/invites', method: 'POST', latencyMs: 1500, count: 1 });

    const first = await place('late-1', 'late@example.com');
    expect(first).toMatchObject({ status: 'IN_FLIGHT', errorCode: null });
    expect(await seats(a.id)).toMatchObject({ seatsHeld: 1, seatsUsed: 0 });
    expect(await invitePosts()).toEqual({ [a.teamId]: 1 }); // nothing sent to B
    expect(await place('late-1', 'late@example.com')).toMatchObject({ status: 'IN_FLIGHT' }); // a retry never invites again

    await eventually(h, async () => (await placement('late-1')).status === 'placed');
    expect(await placement('late-1')).toMatchObject({ status: 'placed', motherId: a.id, teamId: a.teamId, pendingTeamId: null, pendingSince: null });
    expect(await seats(a.id)).toMatchObject({ seatsHeld: 0, seatsUsed: 1 });
    expect(await seats(b.id)).toMatchObject({ seatsHeld: 0, seatsUsed: 0 });
    expect(await upstream(a.teamId)).toEqual(['late@example.com']);
    expect(await upstream(b.teamId)).toEqual([]);
    expect(await invitePosts()).toEqual({ [a.teamId]: 1 });
  });

  it('aborted before the late invite lands: ABORTED at once, the seat stays held, then the invite is cancelled upstream and the seat freed', async () => {
    const a = await seedMother(h, 2, 'A');
    await h.control('POST', '/_sandbox/faults', { accountId: a.teamId, path: '/invites', method: 'POST', latencyMs: 1500, count: 1 });
    expect(await place('late-2', 'gone@example.com')).toMatchObject({ status: 'IN_FLIGHT' });

    const aborted = (await h.gql('service', ABORT, { key: 'late-2' })).data.abortPlacement;
    expect(aborted).toMatchObject({ status: 'ABORTED' });
    expect(await seats(a.id)).toMatchObject({ seatsHeld: 1 }); // not freed while the invite may still land

    await eventually(h, async () => (await seats(a.id)).seatsHeld === 0);
    expect(await placement('late-2')).toMatchObject({ status: 'aborted', pendingTeamId: null });
    expect(await seats(a.id)).toMatchObject({ seatsHeld: 0, seatsUsed: 0, seatsFree: 2 });
    expect(await upstream(a.teamId)).toEqual([]); // it did land, and was taken back
  });

  it('aborted after the late invite landed: the abort finds it upstream and answers PLACED (it landed first)', async () => {
    const a = await seedMother(h, 2, 'A');
    await h.control('POST', '/_sandbox/faults', { accountId: a.teamId, path: '/invites', method: 'POST', latencyMs: 800, count: 1 });
    expect(await place('late-3', 'first@example.com')).toMatchObject({ status: 'IN_FLIGHT' });
    await pollUntil(async () => (await upstream(a.teamId)).length > 0, { what: 'the delayed invite landed' });
    expect((await h.gql('service', ABORT, { key: 'late-3' })).data.abortPlacement).toMatchObject({ status: 'PLACED', motherId: a.id });
    expect(await seats(a.id)).toMatchObject({ seatsHeld: 0, seatsUsed: 1 });
    expect(await upstream(a.teamId)).toEqual(['first@example.com']);
  });

  it('a hold whose invite outcome is unknown outlives its TTL; a silent placement without one fails and frees its seat', async () => {
    const a = await seedMother(h, 2, 'A');
    const em = h.pool.orm.em.fork();
    const long = new Date(Date.now() - 60_000);
    // One died after sending its invite (pending, invite really upstream), one died before sending anything.
    await h.control('POST', `/_sandbox/accounts/${a.teamId}/members`, { email: 'sent@example.com' });
    for (const [key, email, pending] of [['dead-sent', 'sent@example.com', true], ['dead-idle', 'idle@example.com', false]] as const) {
      await em.insert(Placement, {
        idempotencyKey: key, email, status: 'in_flight', createdAt: long, updatedAt: long,
        ...(pending ? { pendingMotherId: a.id, pendingTeamId: a.teamId, pendingSince: long } : {}),
      });
      const seat = await em.findOneOrFail(Seat, { mother: a.id, status: 'free' }, { orderBy: { slotIndex: 'asc' } });
      await em.nativeUpdate(Seat, { id: seat.id }, { status: 'held', email, teamId: a.teamId, placementKey: key, heldUntil: long, origin: 'placement' });
    }
    await h.pool.maintenance.runOnce();
    expect(await placement('dead-sent')).toMatchObject({ status: 'placed', motherId: a.id, pendingTeamId: null });
    expect(await placement('dead-idle')).toMatchObject({ status: 'failed', errorCode: 'UPSTREAM_UNAVAILABLE' });
    expect(await seats(a.id)).toMatchObject({ seatsHeld: 0, seatsUsed: 1, seatsFree: 1 });
  });

  it('an abort of a dead placement whose invite is past the settle window and not upstream frees the seat at once', async () => {
    const a = await seedMother(h, 1, 'A');
    const em = h.pool.orm.em.fork();
    const long = new Date(Date.now() - 60_000);
    await em.insert(Placement, { idempotencyKey: 'dead-abort', email: 'never@example.com', status: 'in_flight', createdAt: long, updatedAt: long, pendingMotherId: a.id, pendingTeamId: a.teamId, pendingSince: long });
    const seat = await em.findOneOrFail(Seat, { mother: a.id, status: 'free' });
    await em.nativeUpdate(Seat, { id: seat.id }, { status: 'held', email: 'never@example.com', teamId: a.teamId, placementKey: 'dead-abort', heldUntil: new Date(Date.now() + 60_000), origin: 'placement' });
    expect((await h.gql('service', ABORT, { key: 'dead-abort' })).data.abortPlacement).toMatchObject({ status: 'FAILED', errorCode: 'UPSTREAM_UNAVAILABLE' });
    expect(await seats(a.id)).toMatchObject({ seatsHeld: 0, seatsFree: 1 });
  });
});
