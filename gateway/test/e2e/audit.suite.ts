/**
 * The one audit log: what it records and what it must never hold (plain codes, tokens, keys,
 * emails), read back through the gateway.
 */
import { sharedAdmin, type Stack, expectData, type AdminClient, STACK_BOOT_MS } from './harness';

const AUDIT = `query($f: AuditLogFilter) { auditLogs(filter: $f, pageSize: 100) { total items { actor sessionId action targetType targetId payload requestId } } }`;

describe('audit log through the gateway', () => {
  let stack: Stack;
  let admin: AdminClient;
  beforeAll(async () => ({ stack, admin } = await sharedAdmin()), STACK_BOOT_MS);

  it('stores no plain code when exportCodes / bulkDisableCodes search for one (audit payload, bulk history, logs)', async () => {
    const { codes } = (await expectData(admin, `mutation { generateCodes(input: { count: 2 }) { codes } }`)).generateCodes;
    const [code, other] = codes as string[];
    const typed = code.toLowerCase().replace(/-/g, '');
    const exported = (await expectData(admin, `mutation($i: ExportCodesInput!) { exportCodes(input: $i) { rowCount } }`, { i: { filter: { search: code } } })).exportCodes;
    expect(exported.rowCount).toBe(1);
    const job = (await expectData(admin, `mutation($i: BulkDisableCodesInput!) { bulkDisableCodes(input: $i) { id total } }`, { i: { filter: { search: typed } } })).bulkDisableCodes;
    expect(job.total).toBe(1);
    await stack.users.maintenance.runOnce();

    const audit = (await expectData(admin, AUDIT)).auditLogs.items as { action: string; payload: string | null }[];
    const exportRow = audit.find((r) => r.action === 'codes.export');
    const jobRow = audit.find((r) => r.action === 'job.enqueue');
    expect(exportRow?.payload).toContain('"search":"[redacted]"');
    expect(jobRow?.payload).toContain('"search":"[redacted]"');
    const bulk = (await expectData(admin, `{ bulkOperations(pageSize: 50) { items { type metadata } } }`)).bulkOperations.items as { type: string; metadata: string | null }[];
    expect(bulk.find((b) => b.type === 'CODE_EXPORT')?.metadata).toContain('"search":"[redacted]"');
    const stored = JSON.stringify({ audit, bulk, logs: stack.logs });
    for (const secret of [code, typed, code.replace(/-/g, ''), other]) expect(stored).not.toContain(secret);
  });

  it('records pool admin actions (mothers, API keys) with actor, target and redacted payload, once each', async () => {
    const account = await stack.sandboxAccount(2);
    const m = (await expectData(admin, `mutation($i: CreateMotherInput!) { createMother(input: $i) { id } }`, { i: { name: 'Audited', accessToken: account.accessToken, seatLimit: 2 } })).createMother;
    await expectData(admin, `mutation($i: DisableMotherInput!) { disableMother(input: $i) { status } }`, { i: { id: m.id } });
    await expectData(admin, `mutation($i: DeleteMotherInput!) { deleteMother(input: $i) { id } }`, { i: { id: m.id } });
    const created = (await expectData(admin, `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key apiKey { id } } }`, { i: { name: 'audited-key', scopes: ['pool:read'] } })).createApiKey;
    await expectData(admin, `mutation($i: RevokeApiKeyInput!) { revokeApiKey(input: $i) { id } }`, { i: { id: created.apiKey.id } });
    // A refused call changed nothing and is not recorded.
    expect((await admin(`mutation($i: DisableMotherInput!) { disableMother(input: $i) { status } }`, { i: { id: m.id } })).errors).toBeDefined();

    const wanted = ['mother.create', 'mother.disable', 'mother.delete', 'api_key.create', 'api_key.revoke'];
    type Row = { actor: string; sessionId: string | null; action: string; targetType: string | null; targetId: string | null; payload: string | null; requestId: string | null };
    let rows: Row[] = [];
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      await stack.users.maintenance.runOnce(); // the consumer's round, at once instead of on its timer
      // Only this test's mother and key: other suites on a shared stack audit their own.
      rows = (await expectData(admin, AUDIT)).auditLogs.items.filter((r: Row) => wanted.includes(r.action) && [m.id, created.apiKey.id].includes(r.targetId ?? ''));
      if (rows.length >= wanted.length) break;
    }
    const byAction = Object.fromEntries(rows.map((r) => [r.action, r]));
    expect(Object.keys(byAction).sort()).toEqual([...wanted].sort());
    for (const r of rows) expect(r).toMatchObject({ actor: 'admin', sessionId: expect.any(String), requestId: expect.any(String) });
    for (const a of ['mother.create', 'mother.disable', 'mother.delete']) expect(byAction[a]).toMatchObject({ targetType: 'mother', targetId: m.id });
    expect(byAction['api_key.create']).toMatchObject({ targetType: 'api_key', targetId: created.apiKey.id });
    expect(JSON.parse(byAction['api_key.create'].payload!)).toMatchObject({ name: 'audited-key', scopes: ['pool:read'] });
    expect(JSON.parse(byAction['mother.create'].payload!)).toMatchObject({ name: 'Audited', accessToken: '[redacted]', seatLimit: 2 });
    expect(byAction['api_key.revoke']).toMatchObject({ targetType: 'api_key', targetId: created.apiKey.id });
    expect(JSON.stringify(rows)).not.toContain(account.accessToken);
    expect(JSON.stringify(rows)).not.toContain(created.key);

    // Redelivered events (at least once) add nothing: rewind users' cursor and read the whole outbox again.
    const deletes = async () => (await expectData(admin, AUDIT, { f: { action: 'mother.delete' } })).auditLogs.items.filter((r: Row) => r.targetId === m.id).length;
    expect(await deletes()).toBe(1);
    await stack.users.orm.em.fork().getConnection().execute(`update consumer_cursor set position = null where name = 'pool-events'`);
    await stack.users.maintenance.runOnce();
    expect(await deletes()).toBe(1);
  });
});
