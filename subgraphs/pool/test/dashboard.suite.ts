import { PLACE_EMAIL, seedMother, startHarness, type Harness } from './support/harness';

const DASHBOARD = `query ($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Dashboard { id sellableSeats mothers { total active invalid disabled } seats { total free held used } } } }`;

describe('pool dashboard figures and metrics', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('reports mothers, seats and sellable seats on a small fixed set, also as gauges', async () => {
    const a = await seedMother(h, 3, 'A');
    const b = await seedMother(h, 2, 'B');
    await seedMother(h, 4, 'C');
    await h.control('POST', '/_sandbox/tokens/revoke', { accessToken: a.accessToken });
    const place = (key: string) => h.gql('service', PLACE_EMAIL, { input: { idempotencyKey: key, email: `${key}@example.com` } });
    expect((await place('first')).data.placeEmail.motherId).toBe(b.id); // A turns INVALID on the way
    await h.control('POST', `/_sandbox/accounts/${b.teamId}/deactivate`);
    expect((await place('second')).data.placeEmail.status).toBe('PLACED'); // B turns DISABLED, C takes it

    const res = await h.gql('admin', DASHBOARD, { reps: [{ __typename: 'Dashboard', id: 'global' }] });
    expect(res.errors).toBeUndefined();
    expect(res.data._entities[0]).toEqual({
      id: 'global',
      mothers: { total: 3, active: 1, invalid: 1, disabled: 1 },
      seats: { total: 9, free: 7, held: 0, used: 2 },
      sellableSeats: 3,
    });

    const metrics = await (await fetch(h.pool.url.replace('/graphql', '/metrics'))).text();
    expect(metrics).toContain('seatpool_pool_mothers{status="invalid",service="pool"} 1');
    expect(metrics).toContain('seatpool_pool_seats{status="used",service="pool"} 2');
    expect(metrics).toMatch(/seatpool_pool_upstream_requests_total\{endpoint="invite",outcome="token_invalid",service="pool"\} 1/);
  });

  it('exposes every pool metric family with values from the start (never unset)', async () => {
    const text = await (await fetch(h.pool.url.replace('/graphql', '/metrics'))).text();
    for (const line of [
      'seatpool_pool_mothers{status="disabled",service="pool"}',
      'seatpool_pool_seats{status="held",service="pool"}',
      'seatpool_pool_sellable_seats{service="pool"}',
      'seatpool_pool_child_accounts{status="missing",service="pool"}',
      'seatpool_pool_mothers_token_expiring_7d{service="pool"}',
      'seatpool_pool_upstream_circuits{state="open",service="pool"}',
      'seatpool_pool_child_sync_success_ratio{service="pool"}',
      'seatpool_pool_placements_total{outcome="no_capacity",service="pool"}',
      'seatpool_pool_placement_releases_total{reason="switch",source="api",service="pool"}',
      'seatpool_pool_maintenance_steps_total{step="member_sync",outcome="error",service="pool"}',
      'seatpool_pool_sync_results_total{result="accepted",service="pool"}',
      'seatpool_pool_child_syncs_total{outcome="failure",service="pool"}',
      'seatpool_pool_upstream_circuit_transitions_total{to="open",service="pool"}',
      'seatpool_pool_upstream_requests_total{endpoint="rename_team",outcome="ok",service="pool"}',
    ]) {
      expect(text).toMatch(new RegExp(`^${line.replace(/[{}()[\].*+?^$|\\]/g, '\\$&')} \\d`, 'm'));
    }
    expect(text).toMatch(/^seatpool_pool_placement_duration_seconds_count\{service="pool",outcome="placed"\} [1-9]/m);
  });

  it('refuses the dashboard to an anonymous caller', async () => {
    const res = await h.gql('anonymous', DASHBOARD, { reps: [{ __typename: 'Dashboard', id: 'global' }] });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
