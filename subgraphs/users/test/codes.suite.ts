import { SecretBox } from '@seatpool/kit';
import { deriveKeys, parseUsersConfig } from '../src/config';
import { RedeemCode } from '../src/entities';
import type { FakePool } from './support/fake-pool';
import { anonymous, codeOf, type Caller, type UsersHarness } from './support/harness';
import { withFakePool } from './support/with-fake-pool';

const GENERATE = `mutation($input: GenerateCodesInput!) { generateCodes(input: $input) { batchId codes } }`;
const LOOKUP = `query($c: String!) { redeemCode(code: $c) { id status batchId boundEmail currentTeamId mother { id } expiresAt createdAt } }`;
const DISABLE = `mutation($id: ID!) { disableCode(id: $id) { id status } }`;
const future = () => new Date(Date.now() + 86_400_000).toISOString();

describe('redeem codes (admin)', () => {
  let h: UsersHarness;
  let admin: Caller;
  let pool: FakePool;
  // The default script answers motherGroupExists: ids starting with "unknown" are not groups.
  withFakePool({}, (s) => ({ pool, h, admin } = s), () => undefined);

  const generate = (input: Record<string, unknown>, caller: Caller = admin) => h.gql(GENERATE, { input }, caller);
  const statusOf = async (id: string) => (await h.users.orm.em.fork().findOneOrFail(RedeemCode, { id })).status;

  it('refuses generateCodes without an admin session', async () => {
    expect(codeOf(await generate({ count: 1 }, anonymous))).toBe('UNAUTHENTICATED');
    expect(codeOf(await generate({ count: 1 }, { kind: 'apikey', sub: 'k1', scopes: [] }))).toBe('FORBIDDEN');
  });

  it.each([
    ['a count of 0', { count: 0 }],
    ['a count of 10001', { count: 10_001 }],
    ['a prefix with a letter outside the code alphabet', { count: 1, prefix: 'VIP0' }],
    ['a prefix longer than 12 characters', { count: 1, prefix: 'ABCDEFGHJKLMN' }],
    ['an empty prefix', { count: 1, prefix: '  ' }],
    ['an expiry in the past', { count: 1, expiresAt: new Date(Date.now() - 1000).toISOString() }],
  ])('answers BAD_USER_INPUT for %s', async (_, input) => {
    expect(codeOf(await generate(input))).toBe('BAD_USER_INPUT');
  });

  it('refuses a motherGroupId pool does not know (asked over the internal API), naming the field; nothing is written', async () => {
    const before = await h.users.orm.em.fork().count(RedeemCode, {});
    const res = await generate({ count: 3, motherGroupId: 'unknown-group' });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'motherGroupId' });
    expect(res.errors?.[0].extensions?.detail).toContain('motherGroupId');
    expect(await h.users.orm.em.fork().count(RedeemCode, {})).toBe(before);
    expect(pool.calls.filter((c) => c.op === 'motherGroupExists').map((c) => c.variables.id)).toEqual(['unknown-group']);
  });

  it('returns formatted random codes once and stores only keyed hashes and ciphertext', async () => {
    const res = await generate({ count: 50, prefix: 'zeta', expiresAt: future(), motherGroupId: 'g1' });
    const { batchId, codes } = res.data.generateCodes;
    expect(codes).toHaveLength(50);
    expect(new Set(codes).size).toBe(50);
    for (const code of codes) expect(code).toMatch(/^ZETA(-[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{4}){4}$/);

    const conn = h.users.orm.em.fork().getConnection();
    const dump = JSON.stringify(await conn.execute('select * from redeem_code')) + JSON.stringify(await conn.execute('select * from code_batch'));
    for (const code of codes) {
      expect(dump).not.toContain(code);
      expect(dump).not.toContain(code.replace(/-/g, ''));
    }
    // The ciphertext opens with the seal key derived from the same data directory (for export).
    const box = new SecretBox(deriveKeys(parseUsersConfig(h.env)).seal);
    const rows = await h.users.orm.em.fork().find(RedeemCode, { batch: batchId });
    expect(rows.map((r) => box.open(r.codeCiphertext)).sort()).toEqual([...codes].sort());
    expect(rows.every((r) => r.motherGroupId === 'g1' && r.status === 'unused')).toBe(true);
  });

  it('generates 10000 codes in one call', async () => {
    const res = await generate({ count: 10_000 });
    expect(res.data.generateCodes.codes).toHaveLength(10_000);
  });

  it('finds a code by its plain text in any case, with or without dashes', async () => {
    const [code] = (await generate({ count: 1, prefix: 'SEEK' })).data.generateCodes.codes;
    const exact = (await h.gql(LOOKUP, { c: code }, admin)).data.redeemCode;
    expect(exact).toMatchObject({ status: 'UNUSED', boundEmail: null, mother: null });
    expect((await h.gql(LOOKUP, { c: ` ${code.toLowerCase()} ` }, admin)).data.redeemCode.id).toBe(exact.id);
    expect((await h.gql(LOOKUP, { c: code.replace(/-/g, '') }, admin)).data.redeemCode.id).toBe(exact.id);
    expect((await h.gql(LOOKUP, { c: 'SEEK-AAAA-AAAA-AAAA-AAAA' }, admin)).data.redeemCode).toBeNull();
    expect(codeOf(await h.gql(LOOKUP, { c: code }, anonymous))).toBe('UNAUTHENTICATED');
  });

  it('disables unused, expired and used codes, refuses a reserved one with CONFLICT', async () => {
    const codes: string[] = (await generate({ count: 4 })).data.generateCodes.codes;
    const ids: string[] = [];
    for (const c of codes) ids.push((await h.gql(LOOKUP, { c }, admin)).data.redeemCode.id);
    const em = h.users.orm.em.fork();
    await em.nativeUpdate(RedeemCode, { id: ids[1] }, { status: 'expired' });
    await em.nativeUpdate(RedeemCode, { id: ids[2] }, { status: 'used', boundEmail: 'a@example.com' });
    await em.nativeUpdate(RedeemCode, { id: ids[3] }, { status: 'reserved', reservationKey: 'k-disable', reservedUntil: new Date(Date.now() + 60_000) });

    for (const id of ids.slice(0, 3)) expect((await h.gql(DISABLE, { id }, admin)).data.disableCode.status).toBe('DISABLED');
    expect((await h.gql(DISABLE, { id: ids[0] }, admin)).data.disableCode.status).toBe('DISABLED'); // idempotent
    expect(codeOf(await h.gql(DISABLE, { id: ids[3] }, admin))).toBe('CONFLICT');
    expect(await statusOf(ids[3])).toBe('reserved');
    expect(codeOf(await h.gql(DISABLE, { id: '00000000-0000-0000-0000-000000000000' }, admin))).toBe('NOT_FOUND');
    expect(codeOf(await h.gql(DISABLE, { id: ids[0] }, anonymous))).toBe('UNAUTHENTICATED');
  });

  it('resolves RedeemCode and Dashboard entity references for admins', async () => {
    const [code] = (await generate({ count: 1 })).data.generateCodes.codes;
    const { id } = (await h.gql(LOOKUP, { c: code }, admin)).data.redeemCode;
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on RedeemCode { id status }
      ... on Dashboard { id redeemableCodes codes { total unused reserved used disabled expired } invites { pending sent failed } } } }`;
    const res = await h.gql(ENTITIES, { r: [{ __typename: 'RedeemCode', id }, { __typename: 'RedeemCode', id: 'missing' }, { __typename: 'Dashboard', id: 'dashboard' }] }, admin);
    expect(res.data._entities[0]).toEqual({ id, status: 'UNUSED' });
    expect(res.data._entities[1]).toBeNull();
    const dashboard = res.data._entities[2];
    expect(dashboard.id).toBe('dashboard');
    expect(dashboard.codes.total).toBe(Object.entries(dashboard.codes).filter(([k]) => k !== 'total').reduce((a, [, n]) => a + (n as number), 0));
    expect(dashboard.redeemableCodes).toBeLessThanOrEqual(dashboard.codes.unused);
    expect(dashboard.redeemableCodes).toBeGreaterThan(10_000);
    const denied = await h.gql(ENTITIES, { r: [{ __typename: 'Dashboard', id: 'dashboard' }] }, anonymous);
    expect(codeOf(denied)).toBe('UNAUTHENTICATED');
  });
});
