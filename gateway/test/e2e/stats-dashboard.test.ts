/**
 * Every statistics figure through the gateway, against the fixed data set of stats-fixture.ts with
 * the clock pinned to NOW (2026-11-26 12:00 UTC). Each expectation is worked out by hand from the
 * rows: the comments say which rows count.
 */
import { codeOf, startStack, type Stack, type AdminClient, STACK_BOOT_MS } from './harness';
import { IDS, NOW, seedPool, seedUsers } from './stats-fixture';

const DASHBOARD = `{ dashboard {
  codeQuota sellableSeats redeemableCodes seatUtilisation
  mothers { total active invalid disabled } motherHealth { unknown healthy failing }
  seats { total free held used } teams { total enabled lost }
  codes { total unused reserved used disabled expired } invites { pending sent accepted failed cancelled removed }
  switchQueue { queued running oldestQueuedAt } batchQueue { pending running oldestPendingAt }
  redeemSuccess { lastHour { attempts succeeded failed pending successRate } last24Hours { attempts succeeded failed pending successRate } last7Days { attempts succeeded failed pending successRate } }
} }`;
const SERIES = 'redeems { start count } invitesSent { count } invitesFailed { count } switches { count } mothersAdded { count } mothersLost { count }';
const counts = (points: { count: number }[]) => points.map((p) => p.count);
/** A 48-entry hourly series with the given non-zero buckets. */
const hourly = (nonZero: Record<number, number>) => Array.from({ length: 48 }, (_, i) => nonZero[i] ?? 0);

describe('statistics through the gateway (fixed data set)', () => {
  let stack: Stack;
  let admin: AdminClient;

  beforeAll(async () => {
    // Only Date is pinned (then runs on in real time): timers, sockets and the event loop are real.
    jest.useFakeTimers({ now: NOW, advanceTimers: true, doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'queueMicrotask', 'hrtime', 'performance'] });
    // No maintenance round may touch the fixture (health checks, sweeps) while the test reads it.
    stack = await startStack({ POOL_MAINTENANCE_INTERVAL_MS: '3600000', USERS_MAINTENANCE_INTERVAL_MS: '3600000' });
    await seedPool(stack);
    await seedUsers(stack);
    admin = await stack.admin();
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
    jest.useRealTimers();
  }, STACK_BOOT_MS);

  it('answers every dashboard figure as computed by hand', async () => {
    const res = await admin(DASHBOARD);
    expect(res.errors).toBeUndefined();
    expect(res.data.dashboard).toEqual({
      // Free seats on active mothers with an enabled team: m1 1 + m2 2 + m5 1 = 4; unused unexpired codes: 5, 6, 8.
      sellableSeats: 4, redeemableCodes: 3, codeQuota: 1,
      // 15 seats, 5 used + 1 held.
      seatUtilisation: 0.4,
      mothers: { total: 5, active: 3, invalid: 1, disabled: 1 },
      motherHealth: { unknown: 1, healthy: 2, failing: 2 },
      seats: { total: 15, free: 9, held: 1, used: 5 },
      teams: { total: 5, enabled: 4, lost: 1 },
      codes: { total: 11, unused: 4, reserved: 1, used: 3, disabled: 2, expired: 1 },
      invites: { pending: 1, sent: 1, accepted: 2, failed: 2, cancelled: 1, removed: 1 },
      switchQueue: { queued: 1, running: 1, oldestQueuedAt: '2026-11-26T08:00:00.000Z' },
      batchQueue: { pending: 2, running: 1, oldestPendingAt: '2026-11-26T10:00:00.000Z' },
      redeemSuccess: {
        // Redeem invites only (7 and 8 are switches): 1 accepted + 6 pending in the last hour,
        lastHour: { attempts: 2, succeeded: 1, failed: 0, pending: 1, successRate: 1 },
        // + 5 failed at 07:00,
        last24Hours: { attempts: 3, succeeded: 1, failed: 1, pending: 1, successRate: 0.5 },
        // + 2 sent (25th) and 3 removed (22nd); 4 (10th) is older than 7 days.
        last7Days: { attempts: 5, succeeded: 3, failed: 1, pending: 1, successRate: 0.75 },
      },
    });
  });

  it('fills 7 daily buckets (20th … 26th) from users and pool series', async () => {
    const res = await admin(`{ trends(days: 7) { granularity since until buckets ${SERIES} } }`);
    expect(res.errors).toBeUndefined();
    const t = res.data.trends;
    expect(t).toMatchObject({ granularity: 'DAY', since: '2026-11-20T00:00:00.000Z', until: '2026-11-27T00:00:00.000Z', buckets: 7 });
    expect(t.redeems.map((p: { start: string }) => p.start.slice(0, 10))).toEqual(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26']);
    expect(counts(t.redeems)).toEqual([0, 0, 1, 0, 0, 1, 1]); // codes 3, 2, 1 (code 4: the 10th)
    expect(counts(t.invitesSent)).toEqual([0, 0, 1, 0, 1, 1, 1]); // invites 3, 8, 2, 1
    expect(counts(t.invitesFailed)).toEqual([0, 0, 0, 0, 0, 0, 2]); // invites 5 and 7
    expect(counts(t.switches)).toEqual([0, 0, 0, 0, 1, 0, 1]); // succeeded switches 1 and 2 by finish time
    expect(counts(t.mothersAdded)).toEqual([0, 1, 0, 1, 0, 1, 1]); // m5, m2, m1, m4 (m3: October)
    expect(counts(t.mothersLost)).toEqual([0, 0, 0, 0, 1, 0, 1]); // m3 token invalid, m2 workspace gone; m4 by an operator does not count
  });

  it('fills 48 hourly buckets (24th 13:00 … 26th 12:00)', async () => {
    const res = await admin(`{ trends(days: 2, granularity: HOUR) { since buckets ${SERIES} } }`);
    expect(res.errors).toBeUndefined();
    const t = res.data.trends;
    expect(t).toMatchObject({ since: '2026-11-24T13:00:00.000Z', buckets: 48 });
    // Bucket i starts at 24th 13:00 + i hours: 20 = 25th 09:00, 42 = 26th 07:00, 44 = 09:00, 45 = 10:00, 46 = 11:00.
    expect(counts(t.redeems)).toEqual(hourly({ 20: 1, 46: 1 }));
    expect(counts(t.invitesSent)).toEqual(hourly({ 20: 1, 46: 1 }));
    expect(counts(t.invitesFailed)).toEqual(hourly({ 42: 1, 46: 1 }));
    expect(counts(t.switches)).toEqual(hourly({ 44: 1 }));
    expect(counts(t.mothersAdded)).toEqual(hourly({ 20: 1, 46: 1 }));
    expect(counts(t.mothersLost)).toEqual(hourly({ 45: 1 }));
  });

  it('combines per-mother usage from pool (seats, health check), users (codes, invites) and stats (acceptance rate)', async () => {
    const res = await admin(`{ mothers(pageSize: 10) { items { name seatsUsed seatsFree lastHealthCheckAt codesRedeemed invitesDelivered invitesAccepted inviteAcceptanceRate } } }`);
    expect(res.errors).toBeUndefined();
    const byName = Object.fromEntries(res.data.mothers.items.map(({ name, ...rest }: { name: string }) => [name, rest]));
    expect(byName).toEqual({
      // Invites 1 (accepted) and 2 (sent); codes 1 and 2.
      m1: { seatsUsed: 2, seatsFree: 1, lastHealthCheckAt: '2026-11-26T11:50:00.000Z', codesRedeemed: 2, invitesDelivered: 2, invitesAccepted: 1, inviteAcceptanceRate: 0.5 },
      // Invites 4 (cancelled, never accepted) and 8 (accepted); code 4.
      m2: { seatsUsed: 0, seatsFree: 2, lastHealthCheckAt: '2026-11-26T11:40:00.000Z', codesRedeemed: 1, invitesDelivered: 2, invitesAccepted: 1, inviteAcceptanceRate: 0.5 },
      // Invite 3 was accepted before it was removed.
      m3: { seatsUsed: 1, seatsFree: 2, lastHealthCheckAt: '2026-11-26T11:30:00.000Z', codesRedeemed: 1, invitesDelivered: 1, invitesAccepted: 1, inviteAcceptanceRate: 1 },
      m4: { seatsUsed: 0, seatsFree: 3, lastHealthCheckAt: null, codesRedeemed: 0, invitesDelivered: 0, invitesAccepted: 0, inviteAcceptanceRate: null },
      m5: { seatsUsed: 2, seatsFree: 1, lastHealthCheckAt: '2026-11-26T11:55:00.000Z', codesRedeemed: 0, invitesDelivered: 0, invitesAccepted: 0, inviteAcceptanceRate: null },
    });
  });

  it('combines per-group usage: mother groups from pool, users and stats; pool groups from pool', async () => {
    const res = await admin(`{ dashboard {
      motherGroupUsage { motherGroupId name mothers activeMothers failingMothers seats { total free held used } lastHealthCheckAt
        codes { total unused used expired } codesRedeemed invitesDelivered invitesAccepted inviteAcceptanceRate }
      poolGroupUsage { poolGroupId name isActive mothers activeMothers failingMothers seats { total free held used } childAccounts lastHealthCheckAt }
    } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.dashboard.motherGroupUsage).toEqual([
      // m1 + m3; codes 1, 2, 5, 10; their delivered invites 1, 2, 8 (7 failed), accepted 1 and 8.
      { motherGroupId: IDS.alpha, name: 'alpha', mothers: 2, activeMothers: 1, failingMothers: 1, seats: { total: 6, free: 3, held: 0, used: 3 },
        lastHealthCheckAt: '2026-11-26T11:50:00.000Z', codes: { total: 4, unused: 1, used: 2, expired: 1 }, codesRedeemed: 2, invitesDelivered: 3, invitesAccepted: 2, inviteAcceptanceRate: 0.6667 },
      { motherGroupId: IDS.beta, name: 'beta', mothers: 0, activeMothers: 0, failingMothers: 0, seats: { total: 0, free: 0, held: 0, used: 0 },
        lastHealthCheckAt: null, codes: { total: 0, unused: 0, used: 0, expired: 0 }, codesRedeemed: 0, invitesDelivered: 0, invitesAccepted: 0, inviteAcceptanceRate: null },
    ]);
    expect(res.data.dashboard.poolGroupUsage).toEqual([
      // m5 with children 0 (active) and 1 (invited); 2 (missing) holds no seat.
      { poolGroupId: IDS.relay, name: 'relay', isActive: true, mothers: 1, activeMothers: 1, failingMothers: 0, seats: { total: 3, free: 1, held: 0, used: 2 }, childAccounts: 2, lastHealthCheckAt: '2026-11-26T11:55:00.000Z' },
    ]);
  });

  it('sees a write at once (the cache follows the database), and keeps statistics for admins', async () => {
    await stack.users.orm.em.fork().getConnection().execute(`update batch_job set status = 'running' where status = 'pending'`);
    expect((await admin('{ dashboard { batchQueue { pending running } } }')).data.dashboard.batchQueue).toEqual({ pending: 0, running: 3 });
    expect(codeOf(await stack.gql('{ dashboard { switchQueue { queued } } }'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await stack.gql('{ trends(days: 7) { redeems { count } } }'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await admin('{ trends(days: 91) { buckets } }'))).toBe('BAD_USER_INPUT');
  });
});
