import { readFileSync } from 'node:fs';
import { POOL_SCHEMA_FILE } from '../src/app';
import { Mother } from '../src/entities';
import { MotherQueryService } from '../src/services/mother-query.service';
import { authoredDefinitions } from '@seatpool/kit/testing';
import { CREATE_MOTHER, MOTHER, PLACE_EMAIL, seedMother, startHarness, type Harness } from './support/harness';

describe('pool subgraph: mothers, auth and federation', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('serves exactly the SDL of schema/pool.graphql', async () => {
    const res = await h.gql('anonymous', '{ _service { sdl } }');
    const file = readFileSync(POOL_SCHEMA_FILE, 'utf8');
    expect(authoredDefinitions(res.data._service.sdl)).toEqual(authoredDefinitions(file));
  });

  it('createMother discovers the teams and creates seatLimit FREE seats', async () => {
    const { accessToken, accountIds } = await h.account(7, 2);
    const res = await h.gql('admin', CREATE_MOTHER, { input: { name: '  Alpha  ', accessToken, seatLimit: 6, notes: 'n' } });
    expect(res.errors).toBeUndefined();
    const m = res.data.createMother;
    expect(m).toMatchObject({ name: 'Alpha', status: 'ACTIVE', statusReason: null, seatLimit: 6, seatsFree: 6, seatsUsed: 0, seatsHeld: 0 });
    expect(m.teams.map((t: any) => t.teamId).sort()).toEqual([...accountIds].sort());
    expect(m.teams.filter((t: any) => t.isDefault)).toHaveLength(1);
    expect(m.teams.every((t: any) => t.isEnabled && t.name)).toBe(true);
    expect(m.seats).toEqual(Array.from({ length: 6 }, (_, slotIndex) => ({ slotIndex, status: 'FREE', email: null, teamId: null })));
    expect(new Date(m.tokenExpiresAt).getTime()).toBeGreaterThan(Date.now());
    const again = await h.gql('admin', MOTHER, { id: m.id });
    expect(again.data.mother).toMatchObject({ id: m.id, status: 'ACTIVE', seatsFree: 6 });
  });

  it('createMother takes the given teams and refuses one the token cannot see', async () => {
    const { accessToken, accountIds } = await h.account(3, 2);
    const ok = await h.gql('admin', CREATE_MOTHER, {
      input: { name: 'Given', accessToken, teams: [{ teamId: accountIds[1], name: 'Second', isDefault: true }] },
    });
    expect(ok.data.createMother.teams).toEqual([{ teamId: accountIds[1], name: 'Second', isEnabled: true, isDefault: true }]);
    expect(ok.data.createMother.seatLimit).toBe(7);
    const other = await h.account(3);
    const res = await h.gql('admin', CREATE_MOTHER, { input: { name: 'Wrong', accessToken: other.accessToken, teams: [{ teamId: accountIds[0] }] } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', detail: `Team ${accountIds[0]} is not a workspace of accessToken.` });
  });

  it('refuses registering the same workspace on a second mother', async () => {
    const { accessToken } = await h.account(2);
    expect((await h.gql('admin', CREATE_MOTHER, { input: { name: 'One', accessToken } })).errors).toBeUndefined();
    const res = await h.gql('admin', CREATE_MOTHER, { input: { name: 'Two', accessToken } });
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it.each([
    ['an empty name', { name: '' }, 'name must be 1 to 100 characters.'],
    ['a 101-character name', { name: 'x'.repeat(101) }, 'name must be 1 to 100 characters.'],
    ['a blank token', { accessToken: '   ' }, 'accessToken must not be empty.'],
    ['a token over 8 KB', { accessToken: 'a'.repeat(8193) }, 'accessToken must be at most 8 KB.'],
    ['a token with spaces', { accessToken: 'has spaces inside' }, 'accessToken contains characters a token cannot contain (spaces or quotes?).'],
    ['a broken JWT', { accessToken: 'aaa.bbb.ccc' }, 'accessToken looks like a JWT but does not decode; copy the whole token.'],
    ['seatLimit 0', { seatLimit: 0 }, 'seatLimit must be an integer from 1 to 500.'],
    ['seatLimit 501', { seatLimit: 501 }, 'seatLimit must be an integer from 1 to 500.'],
    ['a team listed twice', { teams: [{ teamId: 't1' }, { teamId: 't1' }] }, 'teamId t1 is listed twice.'],
    ['two default teams', { teams: [{ teamId: 't1', isDefault: true }, { teamId: 't2', isDefault: true }] }, 'at most one team can be the default.'],
  ])('refuses %s with BAD_USER_INPUT and a clear detail', async (_label, patch, detail) => {
    const { accessToken } = await h.account(1);
    const res = await h.gql('admin', CREATE_MOTHER, { input: { name: 'Bad', accessToken, ...patch } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', detail });
    expect(res.data).toBeNull();
  });

  it('refuses a revoked token clearly and writes nothing', async () => {
    const { accessToken } = await h.account(2);
    await h.control('POST', '/_sandbox/tokens/revoke', { accessToken });
    const before = await h.pool.orm.em.fork().count(Mother);
    const res = await h.gql('admin', CREATE_MOTHER, { input: { name: 'Revoked', accessToken } });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      detail: 'The upstream rejected accessToken (invalid, expired or revoked).',
    });
    expect(await h.pool.orm.em.fork().count(Mother)).toBe(before);
  });

  it('answers UPSTREAM_UNAVAILABLE when the account check cannot reach the upstream', async () => {
    const { accessToken } = await h.account(2);
    await h.control('POST', '/_sandbox/faults', { status: 503, path: '/accounts/check' });
    try {
      const res = await h.gql('admin', CREATE_MOTHER, { input: { name: 'Down', accessToken } });
      expect(res.errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    } finally {
      await h.control('DELETE', '/_sandbox/faults');
    }
  });

  it('refuses unsigned calls with UNAUTHENTICATED', async () => {
    const res = await h.gql('unsigned', MOTHER, { id: '00000000-0000-4000-8000-000000000000' });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses createMother to an anonymous caller and placeEmail to an admin', async () => {
    const { accessToken } = await h.account(1);
    const anon = await h.gql('anonymous', CREATE_MOTHER, { input: { name: 'Anon', accessToken } });
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const admin = await h.gql('admin', PLACE_EMAIL, { input: { idempotencyKey: 'admin-1', email: 'a@example.com' } });
    expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(admin.errors?.[0].extensions?.code);
  });

  it('resolves Mother references in one batch per loader', async () => {
    const ids = [(await seedMother(h, 2, 'R1')).id, (await seedMother(h, 3, 'R2')).id, (await seedMother(h, 4, 'R3')).id];
    const byIds = jest.spyOn(MotherQueryService.prototype, 'byIds');
    const counts = jest.spyOn(MotherQueryService.prototype, 'seatCountsByMother');
    const teams = jest.spyOn(MotherQueryService.prototype, 'teamsByMother');
    try {
      const res = await h.gql(
        'admin',
        `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Mother { id name seatsFree seatsUsed teams { teamId } } } }`,
        { reps: [...ids.map((id) => ({ __typename: 'Mother', id })), { __typename: 'Mother', id: 'not-a-mother' }] },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data._entities.slice(0, 3).map((m: any) => [m.name, m.seatsFree])).toEqual([['R1', 2], ['R2', 3], ['R3', 4]]);
      expect(res.data._entities[3]).toBeNull();
      expect([byIds.mock.calls.length, counts.mock.calls.length, teams.mock.calls.length]).toEqual([1, 1, 1]);
    } finally {
      jest.restoreAllMocks();
    }
  });

  it('never returns or logs an access token', async () => {
    await seedMother(h, 1, 'Secretive');
    const text = h.transcript();
    expect(h.tokens().length).toBeGreaterThan(10);
    for (const token of h.tokens()) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(token.split('.')[2]);
    }
  });
});
