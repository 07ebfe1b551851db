import { Seat } from '../src/entities';
import { PLACE_EMAIL, seedMother, usePoolPerTest, type Harness } from './support/harness';

const P = 'idempotencyKey status email motherId teamId alreadyMember errorCode inviteState releaseReason';
const RELEASE = `mutation ($input: ReleasePlacementInput!) { releasePlacement(input: $input) { ${P} } }`;
const RESEND = `mutation ($key: String!) { resendPlacementInvite(idempotencyKey: $key) { ${P} } }`;
const EVENTS = `query ($after: ID, $limit: Int) { poolEvents(after: $after, limit: $limit) { cursor events { id eventId type version data motherId teamId placementKey email payload createdAt } } }`;
const SYNC = `mutation ($id: ID!) { syncChildAccounts(input: { motherId: $id }) { accepted released discovered error } }`;

describe('internal placement API (users service)', () => {
  let h: Harness;
  usePoolPerTest((_sandbox, harness) => {
    h = harness;
  });

  const place = (key: string, email: string, extra: Record<string, unknown> = {}) =>
    h.gql('service', PLACE_EMAIL, { input: { idempotencyKey: key, email, ...extra } }).then((r) => r.data?.placeEmail ?? r);
  const release = (key: string, reason = 'SWITCH') => h.gql('service', RELEASE, { input: { idempotencyKey: key, reason } });
  const upstream = (teamId: string) => h.control('GET', `/_sandbox/accounts/${teamId}`);

  it('releases a pending placement: the invite is cancelled upstream, the seat freed, RELEASED with the reason (idempotent)', async () => {
    const m = await seedMother(h, 2);
    expect(await place('rel-1', 'ann@example.com')).toMatchObject({ status: 'PLACED', inviteState: 'PENDING' });
    const res = await release('rel-1', 'CANCEL');
    expect(res.data.releasePlacement).toMatchObject({ status: 'RELEASED', releaseReason: 'CANCEL', inviteState: 'PENDING' });
    expect((await upstream(m.teamId)).invites).toEqual([]);
    expect(await h.pool.orm.em.fork().count(Seat, { status: 'free' })).toBe(2);
    const again = await release('rel-1', 'REMOVE');
    expect(again.data.releasePlacement).toMatchObject({ status: 'RELEASED', releaseReason: 'CANCEL' });
    expect((await release('never-seen')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await release('rel-1', 'BOGUS')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('releases an accepted member by removing them upstream', async () => {
    const m = await seedMother(h, 2);
    await place('rel-2', 'bob@example.com');
    await h.control('POST', `/_sandbox/accounts/${m.teamId}/accept`, { email: 'bob@example.com' });
    expect((await h.gql('admin', SYNC, { id: m.id })).data.syncChildAccounts).toMatchObject({ accepted: 1, released: 0, discovered: 0, error: null });
    expect((await h.gql('service', `query { placement(idempotencyKey: "rel-2") { inviteState } }`)).data.placement.inviteState).toBe('ACCEPTED');
    const res = await release('rel-2', 'REMOVE');
    expect(res.data.releasePlacement).toMatchObject({ status: 'RELEASED', releaseReason: 'REMOVE' });
    expect((await upstream(m.teamId)).members.map((x: any) => x.email)).not.toContain('bob@example.com');
  });

  it('a transient upstream failure leaves the placement PLACED and answers UPSTREAM_UNAVAILABLE', async () => {
    const m = await seedMother(h, 2);
    await place('rel-3', 'cat@example.com');
    await h.control('POST', '/_sandbox/faults', { accountId: m.teamId, status: 503 });
    const res = await release('rel-3');
    expect(res.errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    await h.control('DELETE', '/_sandbox/faults');
    expect((await h.gql('service', `query { placement(idempotencyKey: "rel-3") { status } }`)).data.placement.status).toBe('PLACED');
  });

  it('a dead mother releases locally (upstreamReleased false) so the user can move on', async () => {
    const m = await seedMother(h, 2);
    await place('rel-4', 'dan@example.com');
    await h.control('POST', '/_sandbox/tokens/revoke', { accessToken: m.accessToken });
    expect((await release('rel-4')).data.releasePlacement.status).toBe('RELEASED');
    // Seeding the mother was an admin action (audited through the outbox); the facts follow it.
    const events = (await h.gql('service', EVENTS, {})).data.poolEvents.events.filter((e: any) => e.type !== 'admin.action');
    expect(events.map((e: any) => e.type)).toEqual(['mother.status_changed', 'placement.released']);
    expect(JSON.parse(events[1].payload)).toMatchObject({ reason: 'switch', source: 'api', upstreamReleased: false });
    // The envelope fields: the NATS event's id, version and data (payload + the row's keys).
    expect(events[1]).toMatchObject({ eventId: `pool-${events[1].id}`, version: 1 });
    expect(JSON.parse(events[1].data)).toMatchObject({ reason: 'switch', source: 'api', placementKey: 'rel-4', motherId: m.id });
  });

  it('resends a pending invite (no new seat) and refuses a placement that is not PLACED', async () => {
    const m = await seedMother(h, 2);
    await place('res-1', 'eve@example.com');
    await h.control('DELETE', '/_sandbox/requests');
    expect((await h.gql('service', RESEND, { key: 'res-1' })).data.resendPlacementInvite).toMatchObject({ status: 'PLACED', inviteState: 'PENDING' });
    expect((await h.control('GET', '/_sandbox/requests')).invitePosts[m.teamId]).toBe(1);
    expect((await upstream(m.teamId)).invites).toHaveLength(1);
    await release('res-1');
    expect((await h.gql('service', RESEND, { key: 'res-1' })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await h.gql('service', RESEND, { key: 'res-none' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('a resend key sends at most once: a repeated key answers without a second upstream invite, and the look-up says it went out', async () => {
    const KEYED = `mutation ($key: String!, $rk: String) { resendPlacementInvite(idempotencyKey: $key, resendKey: $rk) { ${P} } }`;
    const LOOKUP = `query ($rk: String!) { placementResend(resendKey: $rk) { resendKey placementKey createdAt } }`;
    const m = await seedMother(h, 2);
    await place('rk-1', 'kim@example.com');
    await h.control('DELETE', '/_sandbox/requests');
    expect((await h.gql('service', LOOKUP, { rk: 'job:1:1' })).data.placementResend).toBeNull();
    expect((await h.gql('service', KEYED, { key: 'rk-1', rk: 'job:1:1' })).data.resendPlacementInvite).toMatchObject({ status: 'PLACED' });
    expect((await h.gql('service', KEYED, { key: 'rk-1', rk: 'job:1:1' })).data.resendPlacementInvite).toMatchObject({ status: 'PLACED' });
    expect((await h.control('GET', '/_sandbox/requests')).invitePosts[m.teamId]).toBe(1);
    expect((await h.gql('service', LOOKUP, { rk: 'job:1:1' })).data.placementResend).toMatchObject({ resendKey: 'job:1:1', placementKey: 'rk-1' });
    expect(await (await fetch(h.pool.url.replace(/graphql$/, 'metrics'))).text()).toMatch(/seatpool_pool_resends_repeated_total\{service="pool"\} 1/);
    // A new key is a new resend.
    await h.gql('service', KEYED, { key: 'rk-1', rk: 'job:1:2' });
    expect((await h.control('GET', '/_sandbox/requests')).invitePosts[m.teamId]).toBe(2);
    // A refused resend frees its key: the upstream said no, so nothing went out.
    await h.control('POST', '/_sandbox/faults', { accountId: m.teamId, status: 503, count: 10 });
    expect((await h.gql('service', KEYED, { key: 'rk-1', rk: 'job:1:3' })).errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect((await h.gql('service', LOOKUP, { rk: 'job:1:3' })).data.placementResend).toBeNull();
    expect((await h.gql('service', KEYED, { key: 'rk-1', rk: 'bad key' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads the outbox by cursor, oldest first, with JSON payloads', async () => {
    const m = await seedMother(h, 3);
    await place('ev-1', 'f1@example.com');
    await place('ev-2', 'f2@example.com');
    await h.control('POST', `/_sandbox/accounts/${m.teamId}/accept`, { email: 'f1@example.com' });
    await h.control('POST', `/_sandbox/accounts/${m.teamId}/leave`, { email: 'f1@example.com' });
    await h.control('POST', `/_sandbox/accounts/${m.teamId}/accept`, { email: 'f2@example.com' });
    expect((await h.gql('admin', SYNC, { id: m.id })).data.syncChildAccounts).toMatchObject({ accepted: 1, released: 1 });
    const first = (await h.gql('service', EVENTS, { limit: 1 })).data.poolEvents;
    expect(first.events).toHaveLength(1);
    const rest = (await h.gql('service', EVENTS, { after: first.cursor })).data.poolEvents;
    const all = [...first.events, ...rest.events];
    expect(all.map((e: any) => [e.type, e.email])).toEqual(
      expect.arrayContaining([['placement.accepted', 'f2@example.com'], ['placement.released', 'f1@example.com']]),
    );
    expect(all.map((e: any) => Number(e.id))).toEqual([...all.map((e: any) => Number(e.id))].sort((a, b) => a - b));
    expect(JSON.parse(all.find((e: any) => e.type === 'placement.released').payload)).toMatchObject({ reason: 'cancel', source: 'upstream', placementKey: 'ev-1' });
    expect((await h.gql('service', EVENTS, { after: rest.cursor })).data.poolEvents).toEqual({ events: [], cursor: null });
    expect((await h.gql('service', EVENTS, { after: 'abc' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await h.gql('admin', EVENTS, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('preferRecentTeams puts a returning email back into its earlier team when it has room', async () => {
    const older = await seedMother(h, 3, 'Older');
    const newer = await seedMother(h, 3, 'Newer');
    await h.gql('admin', `mutation ($id: ID!) { disableMother(input: { id: $id }) { id } }`, { id: older.id });
    expect((await place('pr-1', 'gus@example.com')).motherId).toBe(newer.id);
    await release('pr-1');
    await h.gql('admin', `mutation ($id: ID!) { enableMother(input: { id: $id }) { id } }`, { id: older.id });
    expect((await place('pr-2', 'gus@example.com')).motherId).toBe(older.id);
    await release('pr-2');
    expect((await place('pr-3', 'gus@example.com', { preferRecentTeams: true })).motherId).toBe(older.id);
    await release('pr-3');
    await h.gql('admin', `mutation ($id: ID!) { disableMother(input: { id: $id }) { id } }`, { id: older.id });
    expect((await place('pr-4', 'gus@example.com', { preferRecentTeams: true })).motherId).toBe(newer.id);
  });

  it('verifyApiKey answers the gateway only', async () => {
    const Q = `query ($key: String!) { verifyApiKey(key: $key) { keyId scopes } }`;
    expect((await h.gql('service', Q, { key: 'spk_x' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asGateway = { kind: 'service' as const, sub: 'gateway', scopes: [] };
    expect((await h.gql(asGateway, Q, { key: 'spk_unknown' })).data.verifyApiKey).toBeNull();
  });
});
