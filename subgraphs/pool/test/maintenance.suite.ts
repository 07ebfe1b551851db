import type { Orm } from '@seatpool/kit';
import { IngestNonce, Mother, OutboxEvent, Placement, Seat } from '../src/entities';
import { ProviderError } from '../src/provider/provider-error';
import { DEFAULT_TUNING, type PoolDeps } from '../src/services';
import { fakeClock, insertMother, memoryOrm, scriptedProvider, servicesOn, testDeps } from './support/orm';

describe('seat ledger and maintenance', () => {
  let orm: Orm;
  let clock: ReturnType<typeof fakeClock>;
  let deps: PoolDeps;
  beforeEach(async () => {
    orm = await memoryOrm();
    clock = fakeClock();
    deps = testDeps({ now: clock.now, holdTtlMs: 60_000 });
  });
  afterEach(() => orm.close(true));

  const seats = () => orm.em.fork().find(Seat, {}, { orderBy: { slotIndex: 'asc' } });

  it('two holds racing for the last seat: one wins, the other finds the mother full', async () => {
    const m = await insertMother(orm, deps, { seats: 1 });
    const hold = (key: string, email: string) =>
      servicesOn(orm, deps).ledger.hold({ motherId: m.id, teamId: m.teamId, email, placementKey: key, ttlMs: 1_000 });
    const outcomes = await Promise.all([hold('a', 'a@x.io'), hold('b', 'b@x.io'), hold('c', 'c@x.io')]);
    expect(outcomes.filter((o) => o.kind === 'held')).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === 'full')).toHaveLength(2);
  });

  it('never puts the same email on two non-free seats of one team', async () => {
    const m = await insertMother(orm, deps, { seats: 3 });
    const ledger = servicesOn(orm, deps).ledger;
    const req = { motherId: m.id, teamId: m.teamId, email: 'same@x.io', ttlMs: 1_000 };
    expect((await ledger.hold({ ...req, placementKey: 'k1' })).kind).toBe('held');
    expect((await ledger.hold({ ...req, placementKey: 'k2' })).kind).toBe('duplicate');
    await expect(orm.em.fork().nativeUpdate(Seat, { slotIndex: 2 }, { status: 'used', email: 'same@x.io', teamId: m.teamId })).rejects.toThrow();
  });

  it('releases expired holds, but never one whose placement is still in flight', async () => {
    const m = await insertMother(orm, deps, { seats: 2 });
    const svc = servicesOn(orm, deps);
    const now = clock.now();
    await orm.em.fork().insert(Placement, { idempotencyKey: 'live', email: 'l@x.io', status: 'in_flight', createdAt: now, updatedAt: now });
    await svc.ledger.hold({ motherId: m.id, teamId: m.teamId, email: 'l@x.io', placementKey: 'live', ttlMs: 1_000 });
    await svc.ledger.hold({ motherId: m.id, teamId: m.teamId, email: 'o@x.io', placementKey: 'orphan', ttlMs: 1_000 });
    clock.advance(2_000);
    expect(await servicesOn(orm, deps).maintenance.run()).toMatchObject({ staleFailed: 0, holdsReleased: 1, tokensExpired: 0, failedSteps: [] });
    expect((await seats()).map((s) => [s.status, s.placementKey ?? null])).toEqual([['held', 'live'], ['free', null]]);
  });

  it('fails a placement silent for the settle window (its process died, no invite sent) and frees its seat at once, long before the hold TTL', async () => {
    const m = await insertMother(orm, deps, { seats: 1 });
    const now = clock.now();
    await orm.em.fork().insert(Placement, { idempotencyKey: 'dead', email: 'd@x.io', status: 'in_flight', createdAt: now, updatedAt: now });
    await servicesOn(orm, deps).ledger.hold({ motherId: m.id, teamId: m.teamId, email: 'd@x.io', placementKey: 'dead', ttlMs: deps.holdTtlMs });
    clock.advance(deps.settleMs - 1);
    expect(await servicesOn(orm, deps).maintenance.run()).toMatchObject({ staleFailed: 0 });
    clock.advance(2);
    expect(deps.settleMs + 1).toBeLessThan(deps.holdTtlMs);
    expect(await servicesOn(orm, deps).maintenance.run()).toMatchObject({ staleFailed: 1, holdsReleased: 0 });
    expect(await orm.em.fork().findOneOrFail(Placement, { idempotencyKey: 'dead' })).toMatchObject({ status: 'failed', errorCode: 'UPSTREAM_UNAVAILABLE' });
    expect((await seats())[0]).toMatchObject({ status: 'free', email: null, teamId: null });
  });

  it('takes mothers with an expired token out of allocation once, with one outbox event', async () => {
    const m = await insertMother(orm, deps, { seats: 1, tokenExpiresAt: new Date(clock.now().getTime() + 1_000) });
    clock.advance(5_000);
    expect((await servicesOn(orm, deps).maintenance.run()).tokensExpired).toBe(1);
    expect((await servicesOn(orm, deps).maintenance.run()).tokensExpired).toBe(0);
    expect(await orm.em.fork().findOneOrFail(Mother, { id: m.id })).toMatchObject({ status: 'invalid', statusReason: 'token_expired' });
    expect(await orm.em.fork().count(OutboxEvent, { type: 'mother.status_changed', motherId: m.id })).toBe(1);
  });

  it('allocates the oldest eligible mother first and skips inactive, disabled-team and expired-token ones', async () => {
    const t = clock.now().getTime();
    await insertMother(orm, deps, { seats: 1, status: 'invalid', createdAt: new Date(t - 5_000) });
    await insertMother(orm, deps, { seats: 1, teamEnabled: false, createdAt: new Date(t - 4_000) });
    await insertMother(orm, deps, { seats: 1, tokenExpiresAt: new Date(t - 1), createdAt: new Date(t - 3_000) });
    const oldest = await insertMother(orm, deps, { seats: 1, createdAt: new Date(t - 2_000) });
    const younger = await insertMother(orm, deps, { seats: 1, createdAt: new Date(t - 1_000) });
    const provider = scriptedProvider();
    const svc = servicesOn(orm, { ...deps, provider });
    expect((await svc.placements.place({ idempotencyKey: 'p1', email: 'p1@x.io' })).motherId).toBe(oldest.id);
    expect((await svc.placements.place({ idempotencyKey: 'p2', email: 'p2@x.io' })).motherId).toBe(younger.id);
    expect(await svc.placements.place({ idempotencyKey: 'p3', email: 'p3@x.io' })).toMatchObject({ status: 'failed', errorCode: 'NO_CAPACITY' });
    expect(provider.invites).toEqual(['p1@x.io', 'p2@x.io']);
  });

  it('sums the dashboard figures with aggregate queries', async () => {
    const a = await insertMother(orm, deps, { seats: 3 });
    await insertMother(orm, deps, { seats: 2, status: 'invalid' });
    await insertMother(orm, deps, { seats: 4, teamEnabled: false });
    await insertMother(orm, deps, { seats: 1, status: 'disabled' });
    await servicesOn(orm, deps).placements.place({ idempotencyKey: 'd1', email: 'd1@x.io' });
    expect(await servicesOn(orm, deps).dashboard.figures()).toEqual({
      mothers: { total: 4, active: 2, invalid: 1, disabled: 1 },
      seats: { total: 10, free: 9, held: 0, used: 1 },
      sellableSeats: 2,
    });
    expect((await seats()).find((s) => s.status === 'used')?.mother.id).toBe(a.id);
  });
});

describe('maintenance: health checks, syncs and nonce purge', () => {
  let orm: Orm;
  let clock: ReturnType<typeof fakeClock>;
  beforeEach(async () => {
    orm = await memoryOrm();
    clock = fakeClock();
  });
  afterEach(() => orm.close(true));

  /** An upstream whose account check answers per mother: its one team, or the given error. */
  function accountsProvider(teams: Map<string, string>, fail: Map<string, ProviderError> = new Map()) {
    const provider = scriptedProvider();
    const checked: string[] = [];
    provider.checkAccount = async (_token, motherId) => {
      checked.push(motherId!);
      const err = fail.get(motherId!);
      if (err) throw err;
      return [{ accountId: teams.get(motherId!)!, name: 'T', planType: 'team', active: true }];
    };
    return Object.assign(provider, { checked });
  }

  it('probes due mothers in small batches, oldest check first, and records health and status', async () => {
    const base = testDeps({ now: clock.now });
    const ok = await insertMother(orm, base, { seats: 1 });
    const revoked = await insertMother(orm, base, { seats: 1 });
    const third = await insertMother(orm, base, { seats: 1 });
    const teams = new Map([[ok.id, ok.teamId], [revoked.id, revoked.teamId], [third.id, third.teamId]]);
    const provider = accountsProvider(teams, new Map([[revoked.id, new ProviderError('token_invalid', 'check_account', { status: 401, upstreamCode: 'token_invalidated' })]]));
    const deps = testDeps({ now: clock.now, box: base.box, provider, tuning: { ...DEFAULT_TUNING, healthBatch: 2, healthIntervalMs: 60_000 } });
    expect((await servicesOn(orm, deps).maintenance.run()).healthChecked).toBe(2);
    expect((await servicesOn(orm, deps).maintenance.run()).healthChecked).toBe(1);
    expect((await servicesOn(orm, deps).maintenance.run()).healthChecked).toBe(0); // nobody is due yet
    expect(provider.checked.sort()).toEqual([ok.id, revoked.id, third.id].sort());
    const get = (id: string) => orm.em.fork().findOneOrFail(Mother, { id });
    expect(await get(ok.id)).toMatchObject({ status: 'active', health: 'healthy', lastSeenAliveAt: clock.now() });
    expect(await get(revoked.id)).toMatchObject({ status: 'invalid', statusReason: 'token_invalidated', health: 'failing' });
    // The token works again upstream: the next due probe brings the mother back.
    provider.checkAccount = async () => [{ accountId: revoked.teamId, name: 'T', planType: 'team', active: true }];
    clock.advance(61_000);
    await servicesOn(orm, deps).maintenance.run();
    await servicesOn(orm, deps).maintenance.run();
    expect(await get(revoked.id)).toMatchObject({ status: 'active', statusReason: 'recovered', health: 'healthy' });
    const text = await deps.metrics.registry.metrics();
    expect(text).toContain('seatpool_pool_maintenance_steps_total{step="health_check",outcome="ok"} 5');
  });

  it('never probes a mother an operator disabled, and syncs due ACTIVE mothers in batches', async () => {
    const base = testDeps({ now: clock.now });
    const off = await insertMother(orm, base, { seats: 1, status: 'disabled' });
    await orm.em.fork().nativeUpdate(Mother, { id: off.id }, { statusReason: 'disabled_by_operator' });
    const a = await insertMother(orm, base, { seats: 2 });
    const b = await insertMother(orm, base, { seats: 2 });
    const provider = accountsProvider(new Map([[a.id, a.teamId], [b.id, b.teamId]]));
    const deps = testDeps({ now: clock.now, box: base.box, provider, tuning: { ...DEFAULT_TUNING, syncBatch: 1 } });
    const first = await servicesOn(orm, deps).maintenance.run();
    expect(first).toMatchObject({ healthChecked: 2, synced: 1, failedSteps: [] });
    expect((await servicesOn(orm, deps).maintenance.run()).synced).toBe(1);
    expect((await servicesOn(orm, deps).maintenance.run()).synced).toBe(0);
    expect(provider.checked).not.toContain(off.id);
    const synced = await orm.em.fork().find(Mother, { lastSyncAt: { $ne: null } });
    expect(synced.map((m) => m.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('purges ingest nonces older than the window', async () => {
    const deps = testDeps({ now: clock.now });
    await orm.em.fork().insert(IngestNonce, { keyId: 'k', nonce: 'old-nonce-0000000', createdAt: new Date(clock.now().getTime() - 400_000) });
    await orm.em.fork().insert(IngestNonce, { keyId: 'k', nonce: 'new-nonce-0000000', createdAt: clock.now() });
    expect((await servicesOn(orm, deps).maintenance.run()).noncesPurged).toBe(1);
  });
});
