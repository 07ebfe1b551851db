/**
 * The one audit log: what it records and what it must never hold (plain codes, tokens, keys,
 * emails), read back through the gateway.
 */
import { startStack, type Stack, expectData, type AdminClient } from './harness';

const AUDIT = `query($f: AuditLogFilter) { auditLogs(filter: $f, pageSize: 100) { total items { actor sessionId action targetType targetId payload requestId } } }`;

describe('audit log through the gateway', () => {
  let stack: Stack;
  let admin: AdminClient;
  beforeAll(async () => {
    stack = await startStack();
    admin = await stack.admin();
  });
  afterAll(() => stack?.stop());

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
});
