import { parseImport } from '../src/services/mother-import-parse';
import { startHarness, type Harness } from './support/harness';

const IMPORT = `mutation ($input: ImportMothersInput!) { importMothers(input: $input) {
  dryRun total valid created updated failed lines { line name status motherId errorCode detail } } }`;

describe('reading an import', () => {
  it('reads text lines with the delimiter, whitespace, bare tokens and comments', () => {
    const text = '# owners\nann@x.io---tok.a---bought 2025-10\n\nbob@x.io tok.b vip customer\ntok.c\ncarl@x.io\n';
    expect(parseImport(text, 'auto', '---')).toEqual([
      { line: 2, name: 'ann@x.io', accessToken: 'tok.a', notes: 'bought 2025-10' },
      { line: 4, name: 'bob@x.io', accessToken: 'tok.b', notes: 'vip customer' },
      { line: 5, accessToken: 'tok.c' },
      { line: 6, name: 'carl@x.io', error: 'The line has a name but no token.' },
    ]);
  });

  it('reads a JSON array (camelCase or snake_case), multi-line JSONL and a pasted session answer', () => {
    const json = JSON.stringify([{ name: 'a', access_token: 't1', teams: [{ team_id: 'w1', team_name: 'W', is_default: true }], seat_limit: 5 }]);
    expect(parseImport(json, 'auto', '---')).toEqual([
      { line: 1, name: 'a', accessToken: 't1', tokenExpiresAt: null, notes: null, seatLimit: 5, teams: [{ teamId: 'w1', name: 'W', isDefault: true }] },
    ]);
    const jsonl = '{"name":"a","accessToken":"t1"}\n{"name":"b","accessToken":"t2"}\nnot json';
    const rows = parseImport(jsonl, 'jsonl', '---');
    expect(rows.map((r) => r.name ?? r.error)).toEqual(['a', 'b', 'The line is not valid JSON.']);
    const session = JSON.stringify({ user: { email: 'o@x.io' }, expires: '2030-01-01T00:00:00Z', accessToken: 'jwt', account: { id: 'acc-1' } }, null, 2);
    expect(parseImport(session, 'auto', '---')).toEqual([
      { line: 1, name: 'o@x.io', accessToken: 'jwt', tokenExpiresAt: '2030-01-01T00:00:00Z', notes: null, seatLimit: null, teams: [{ teamId: 'acc-1', name: null, isDefault: true }] },
    ]);
    expect(parseImport('[oops', 'auto', '---')[0].error).toMatch(/not valid JSON/);
  });
});

describe('importMothers (admin)', () => {
  let h: Harness;
  beforeAll(async () => {
    // Production-like upstream timings: under a loaded CI machine the fast test timings can expire an account check.
    h = await startHarness(undefined, { POOL_UPSTREAM_ATTEMPT_TIMEOUT_MS: '8000', POOL_UPSTREAM_BUDGET_MS: '20000', POOL_UPSTREAM_SETTLE_MS: '25000', POOL_HOLD_TTL_MS: '30000' });
  });
  afterAll(() => h.close());

  const run = async (input: Record<string, unknown>) => {
    const res = await h.gql('admin', IMPORT, { input });
    expect(res.errors).toBeUndefined();
    return res.data.importMothers;
  };

  it('a dry run reports per-line errors and what would happen, and writes nothing', async () => {
    const a = await h.account(2);
    const b = await h.account(2);
    const content = [`Imp-A---${a.accessToken}`, `${b.accessToken}`, 'Imp-C---has spaces in it', `Imp-D---${a.accessToken}`, 'lonely@x.io'].join('\n');
    const preview = await run({ content, dryRun: true });
    expect(preview).toMatchObject({ dryRun: true, total: 5, valid: 2, created: 0, failed: 3 });
    expect(preview.lines.map((l: any) => [l.line, l.status, l.errorCode])).toEqual([
      [1, 'VALID', null], [2, 'VALID', null], [3, 'FAILED', 'BAD_USER_INPUT'], [4, 'FAILED', 'CONFLICT'], [5, 'FAILED', 'BAD_USER_INPUT'],
    ]);
    expect(preview.lines[1]).toMatchObject({ name: expect.stringMatching(/^owner-.*@sandbox\.test$/), detail: 'creates a mother' });
    expect(preview.lines[3].detail).toBe('The same account, token or name as line 1.');
    expect((await h.gql('admin', '{ mothers { total } }')).data.mothers.total).toBe(0);
  });

  it('imports, and importing the same accounts again updates them instead of duplicating', async () => {
    const a = await h.account(2);
    const b = await h.account(3, 2);
    const first = await run({ content: `Imp-One ${a.accessToken} first batch\n${b.accessToken}`, seatLimit: 4 });
    expect({ first, lines: first.lines }).toMatchObject({ first: { created: 2, updated: 0, failed: 0 } });
    const [one, two] = first.lines;
    const m1 = (await h.gql('admin', `query ($id: ID!) { mother(id: $id) { name notes seatLimit seatsFree teams { teamId } } }`, { id: one.motherId })).data.mother;
    expect(m1).toMatchObject({ name: 'Imp-One', notes: 'first batch', seatLimit: 4, seatsFree: 4 });
    const m2 = (await h.gql('admin', `query ($id: ID!) { mother(id: $id) { name teams { teamId } } }`, { id: two.motherId })).data.mother;
    expect(m2.teams).toHaveLength(2);
    const again = await run({ content: JSON.stringify([{ name: 'Imp-One', accessToken: a.accessToken, notes: 'second' }, { accessToken: b.accessToken }]), format: 'JSON' });
    expect(again).toMatchObject({ created: 0, updated: 2, failed: 0 });
    expect(again.lines.map((l: any) => l.motherId)).toEqual([one.motherId, two.motherId]);
    expect((await h.gql('admin', `query ($id: ID!) { mother(id: $id) { notes } }`, { id: one.motherId })).data.mother.notes).toBe('second');
  });

  it('two imports racing on the same new account: one creates it, the other updates it (a registration race is retried by type)', async () => {
    const a = await h.account(2);
    const results = await Promise.all([1, 2, 3].map(() => run({ content: `Race-Imp---${a.accessToken}` })));
    expect(results.map((r) => [r.created, r.updated, r.failed]).sort()).toEqual([[0, 1, 0], [0, 1, 0], [1, 0, 0]]);
    expect(new Set(results.map((r) => r.lines[0].motherId)).size).toBe(1);
  });

  it('fails single lines the upstream rejects and keeps the others', async () => {
    const good = await h.account(1);
    const bad = await h.account(1);
    await h.control('POST', '/_sandbox/tokens/revoke', { accessToken: bad.accessToken });
    const res = await run({ content: `Good-1---${good.accessToken}\nBad-1---${bad.accessToken}` });
    expect(res).toMatchObject({ created: 1, failed: 1 });
    expect(res.lines[1]).toMatchObject({ status: 'FAILED', errorCode: 'BAD_USER_INPUT', detail: 'The upstream rejected accessToken (invalid, expired or revoked).' });
  });

  it('refuses an empty import, an unknown group and more than 1,000 lines with BAD_USER_INPUT', async () => {
    const code = async (input: Record<string, unknown>) => (await h.gql('admin', IMPORT, { input })).errors?.[0].extensions?.code;
    expect(await code({ content: '  \n# nothing\n' })).toBe('BAD_USER_INPUT');
    expect(await code({ content: 'x y', poolGroupId: 'nope' })).toBe('BAD_USER_INPUT');
    expect(await code({ content: Array.from({ length: 1001 }, (_, i) => `n${i} t${i}`).join('\n') })).toBe('BAD_USER_INPUT');
    expect(await code({ content: 'x y', dryRun: true, delimiter: '-'.repeat(11) })).toBe('BAD_USER_INPUT');
  });
});
