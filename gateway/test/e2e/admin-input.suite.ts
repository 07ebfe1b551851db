/** Operator input the admin mutations must refuse or act on (issue 10 item 12), through the gateway. */
import { sharedAdmin, type Stack, expectData, type AdminClient, STACK_BOOT_MS } from './harness';

const IMPORT = `mutation($i: ImportMothersInput!) { importMothers(input: $i) { dryRun valid failed lines { line status errorCode detail } } }`;

describe('admin input checks through the gateway', () => {
  let stack: Stack;
  let admin: AdminClient;
  beforeAll(async () => ({ stack, admin } = await sharedAdmin()), STACK_BOOT_MS);

  it('generateCodes refuses a motherGroupId pool does not know (BAD_USER_INPUT naming the field); a real group works', async () => {
    const GEN = `mutation($i: GenerateCodesInput!) { generateCodes(input: $i) { codes } }`;
    const codesBefore = (await expectData(admin, `{ redeemCodes { total } }`)).redeemCodes.total;
    for (const motherGroupId of ['3f1e4c1a-33b2-4f6b-9a0e-1c2d3e4f5a6b', 'not-a-group']) {
      const res = await admin(GEN, { i: { count: 2, motherGroupId } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'motherGroupId' });
      expect(res.errors?.[0].message).toContain('motherGroupId');
    }
    expect((await expectData(admin, `{ redeemCodes { total } }`)).redeemCodes.total).toBe(codesBefore); // nothing minted
    const group = (await expectData(admin, `mutation { createMotherGroup(input: { name: "known" }) { id } }`)).createMotherGroup;
    expect((await expectData(admin, GEN, { i: { count: 2, motherGroupId: group.id } })).generateCodes.codes).toHaveLength(2);
  });

  it('refreshMotherTeams with a revoked token takes the mother out like the health check (INVALID, failing, reason, event)', async () => {
    const account = await stack.sandboxAccount(2);
    const m = (await expectData(admin, `mutation($i: CreateMotherInput!) { createMother(input: $i) { id status } }`, { i: { name: 'Revoked', accessToken: account.accessToken } })).createMother;
    expect(m.status).toBe('ACTIVE');
    await fetch(`${stack.sandbox.url}/_sandbox/tokens/revoke`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ accessToken: account.accessToken }) });
    const res = await admin(`mutation($i: RefreshMotherTeamsInput!) { refreshMotherTeams(input: $i) { id } }`, { i: { id: m.id } });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('replaceMotherToken');
    const after = (await expectData(admin, `query($id: ID!) { mother(id: $id) { status statusReason health } }`, { id: m.id })).mother;
    expect(after).toMatchObject({ status: 'INVALID', statusReason: expect.any(String), health: 'FAILING' });
    const events = await stack.pool.orm.em.fork().getConnection().execute(`select type, payload from outbox_event where mother_id = ? and type = 'mother.status_changed'`, [m.id]);
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).toContain('invalid');
  });

  it('an importMothers dry run fails a line that has no token instead of calling it VALID', async () => {
    const a = await stack.sandboxAccount(1);
    const dry = (await expectData(admin, IMPORT, { i: { content: `With-Token ${a.accessToken}\nNameOnly\nShort---abc.def`, dryRun: true } })).importMothers;
    expect(dry).toMatchObject({ dryRun: true, valid: 1, failed: 2 });
    expect(dry.lines.map((l: { line: number; status: string; errorCode: string | null }) => [l.line, l.status, l.errorCode])).toEqual([
      [1, 'VALID', null], [2, 'FAILED', 'BAD_USER_INPUT'], [3, 'FAILED', 'BAD_USER_INPUT'],
    ]);
    expect(dry.lines[1].detail).toContain('no access token');
  });
});
