import { AuditLog, BulkOperation, RedeemCode } from '../src/entities';
import { GENERATE, newCode, redeemedCode, rowOf } from './support/flows';
import { codeOf, type Caller, type UsersHarness } from './support/harness';
import { withFakePool } from './support/with-fake-pool';

const CREATE_SKU = `mutation($i: CreateCodeSkuInput!) { createCodeSku(input: $i) { id name slug description lifecycleDays switchLimit refreshLimit priceCents active } }`;
const UPDATE_SKU = `mutation($i: UpdateCodeSkuInput!) { updateCodeSku(input: $i) { id slug description switchLimit active } }`;
const LIST = `query($f: RedeemCodeFilter, $p: Int, $s: Int) { redeemCodes(filter: $f, page: $p, pageSize: $s) { total page pageSize items { id status boundEmail sku { slug } lifecycleDays switchLimit switchesLeft } } }`;
const EXPORT = `mutation($f: RedeemCodeFilter!) { exportCodes(input: { filter: $f }) { filename rowCount csv } }`;

describe('SKUs, code lists, export, disable and enable', () => {
  let h: UsersHarness;
  let admin: Caller;
  withFakePool({}, (s) => ({ h, admin } = s));

  it('creates, lists and updates SKUs; codes copy the SKU terms when minted', async () => {
    const sku = (await h.gql(CREATE_SKU, { i: { name: 'Weekly', slug: ' Weekly-1 ', lifecycleDays: 7, switchLimit: 2, priceCents: 990 } }, admin)).data.createCodeSku;
    expect(sku).toMatchObject({ slug: 'weekly-1', lifecycleDays: 7, switchLimit: 2, refreshLimit: null, priceCents: 990, active: true });
    expect(codeOf(await h.gql(CREATE_SKU, { i: { name: 'Again', slug: 'WEEKLY-1', lifecycleDays: 7 } }, admin))).toBe('CONFLICT');
    for (const bad of [{ name: 'x', slug: 'ok', lifecycleDays: 7 }, { name: 'ok', slug: '-bad', lifecycleDays: 7 }, { name: 'ok', slug: 'ok', lifecycleDays: 0 }, { name: 'ok', slug: 'ok2', lifecycleDays: 7, switchLimit: 101 }]) {
      expect(codeOf(await h.gql(CREATE_SKU, { i: bad }, admin))).toBe('BAD_USER_INPUT');
    }
    const { batchId, codes } = (await h.gql(GENERATE, { input: { count: 3, skuId: sku.id } }, admin)).data.generateCodes;
    const listed = (await h.gql(LIST, { f: { batchId } }, admin)).data.redeemCodes;
    expect(listed.items).toHaveLength(3);
    expect(listed.items[0]).toMatchObject({ sku: { slug: 'weekly-1' }, lifecycleDays: 7, switchLimit: 2, switchesLeft: 2 });

    // Editing the SKU never changes codes already minted; null clears a limit.
    const updated = (await h.gql(UPDATE_SKU, { i: { id: sku.id, switchLimit: null, description: 'seven days', active: false } }, admin)).data.updateCodeSku;
    expect(updated).toMatchObject({ switchLimit: null, description: 'seven days', active: false });
    expect((await rowOf(h, admin, codes[0])).switchLimit).toBe(2);
    expect(codeOf(await h.gql(GENERATE, { input: { count: 1, skuId: sku.id } }, admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await h.gql(UPDATE_SKU, { i: { id: 'missing', name: 'Nope' } }, admin))).toBe('NOT_FOUND');
    const skus = await h.gql(`{ a: codeSkus { total } b: codeSkus(filter: { includeInactive: true, search: "week" }) { total items { slug } } }`, {}, admin);
    expect(skus.errors).toBeUndefined();
    expect(skus.data.a.total).toBe(0);
    expect(skus.data.b).toEqual({ total: 1, items: [{ slug: 'weekly-1' }] });
  });

  it('filters and pages codes with totals; a page past the end is empty', async () => {
    const { batchId } = (await h.gql(GENERATE, { input: { count: 5, prefix: 'PAGE' } }, admin)).data.generateCodes;
    const one = await redeemedCode(h, admin, 'paged@example.com');
    const second = (await h.gql(LIST, { f: { batchId }, p: 2, s: 2 }, admin)).data.redeemCodes;
    expect(second).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(second.items).toHaveLength(2);
    expect((await h.gql(LIST, { f: { batchId }, p: 9, s: 2 }, admin)).data.redeemCodes).toMatchObject({ total: 5, items: [] });
    const bound = (await h.gql(LIST, { f: { boundEmail: 'PAGED@example.com', status: 'USED' } }, admin)).data.redeemCodes;
    expect(bound.items.map((c: { id: string }) => c.id)).toEqual([(await rowOf(h, admin, one)).id]);
    const searched = await h.gql(LIST, { f: { search: one.toLowerCase().replace(/-/g, '') } }, admin);
    expect(searched.data.redeemCodes.items.map((c: { id: string }) => c.id)).toEqual([(await rowOf(h, admin, one)).id]);
    expect((await h.gql(LIST, { f: { search: 'PAGED@', status: 'USED' } }, admin)).data.redeemCodes.total).toBe(1);
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect((await h.gql(LIST, { f: { createdFrom: future } }, admin)).data.redeemCodes.total).toBe(0);
    expect(codeOf(await h.gql(LIST, { f: { createdFrom: future, createdTo: new Date().toISOString() } }, admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await h.gql(LIST, { p: 0 }, admin))).toBe('BAD_USER_INPUT');
    const batches = await h.gql(`{ codeBatches(pageSize: 1) { total items { id count prefix codes { total unused } } } }`, {}, admin);
    expect(batches.data.codeBatches.items[0]).toMatchObject({ count: 1, codes: { total: 1 } });
  });

  it('exports a batch as CSV with the plain codes, audited and in the bulk history', async () => {
    const { batchId, codes } = (await h.gql(GENERATE, { input: { count: 4, prefix: 'CSV' } }, admin)).data.generateCodes;
    const res = (await h.gql(EXPORT, { f: { batchId } }, admin)).data.exportCodes;
    expect(res.rowCount).toBe(4);
    expect(res.filename).toMatch(new RegExp(`^codes-${batchId}-\\d{8}T\\d{6}\\.csv$`));
    const lines = res.csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('code,status,batch_id,sku_id,mother_group_id,bound_email,team_name,created_at,used_at,expires_at,lifecycle_ends_at,switches_used,switch_limit');
    expect(lines.slice(1).map((l: string) => l.split(',')[0]).sort()).toEqual([...codes].sort());
    expect(lines[1]).toContain(`,UNUSED,${batchId},`);
    const audit = await h.users.orm.em.fork().findOneOrFail(AuditLog, { action: 'codes.export' });
    expect(audit.payload).not.toContain(codes[0]);
    expect(await h.users.orm.em.fork().count(BulkOperation, { type: 'code_export' })).toBe(1);
  });

  it('disables and re-enables a code back to its previous status', async () => {
    const unused = await newCode(h, admin);
    const used = await redeemedCode(h, admin, 'en@example.com');
    for (const [code, before] of [[unused, 'UNUSED'], [used, 'USED']] as const) {
      const id = (await rowOf(h, admin, code)).id;
      expect((await h.gql(`mutation($id: ID!) { disableCode(id: $id) { status disabledFrom } }`, { id }, admin)).data.disableCode).toEqual({ status: 'DISABLED', disabledFrom: before });
      expect(codeOf(await h.gql(`mutation($c: String!) { redeem(input: { code: $c, email: "en@example.com" }) { status } }`, { c: code }))).toBe('CODE_DISABLED');
      expect((await h.gql(`mutation($id: ID!) { enableCode(input: { id: $id }) { status disabledFrom } }`, { id }, admin)).data.enableCode).toEqual({ status: before, disabledFrom: null });
    }
    const past = await newCode(h, admin, { expiresAt: new Date(Date.now() + 60_000).toISOString() });
    const id = (await rowOf(h, admin, past)).id;
    await h.gql(`mutation($id: ID!) { disableCode(id: $id) { status } }`, { id }, admin);
    await h.users.orm.em.fork().nativeUpdate(RedeemCode, { id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await h.gql(`mutation($id: ID!) { enableCode(input: { id: $id }) { status } }`, { id }, admin)).data.enableCode.status).toBe('EXPIRED');
    expect(codeOf(await h.gql(`mutation { enableCode(input: { id: "missing" }) { status } }`, {}, admin))).toBe('NOT_FOUND');
  });
});
