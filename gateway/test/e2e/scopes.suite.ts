/**
 * What each API-key scope allows, through the gateway with real keys issued by pool
 * (docs/operations/SECURITY.md, "What each scope allows").
 */
import { graphqlClient, sharedStack, type Stack, expectData, type AdminClient, type GqlResult, STACK_BOOT_MS } from './harness';

const CREATE_KEY = `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key apiKey { id scopes } } }`;
const REVOKE_KEY = `mutation($i: RevokeApiKeyInput!) { revokeApiKey(input: $i) { id revokedAt } }`;
const LIST_CODES = `{ redeemCodes(pageSize: 5) { total items { id status } } }`;
const DISABLE = `mutation($id: ID!) { disableCode(id: $id) { id status } }`;

const denied = (r: GqlResult) => ({ code: r.errors?.[0]?.extensions?.code, detail: r.errors?.[0]?.extensions?.detail ?? r.errors?.[0]?.message });

describe('API-key scopes through the gateway', () => {
  let stack: Stack;
  let admin: AdminClient;
  const keyWith = async (...scopes: string[]) => {
    const created = (await expectData(admin, CREATE_KEY, { i: { name: `k-${scopes.join('-') || 'none'}`, scopes } })).createApiKey;
    return Object.assign(graphqlClient(stack.gateway.url, created.key), { id: created.apiKey.id as string });
  };

  beforeAll(async () => {
    stack = await sharedStack();
    admin = await stack.admin();
  }, STACK_BOOT_MS);

  it('pool:write cannot create a key (not even a narrower one) nor revoke an admin key; sessions are session-only', async () => {
    const writer = await keyWith('pool:write', 'pool:read');
    const adminKey = await keyWith('stats:read');
    for (const scopes of [['users:read', 'users:write', 'stats:read', 'ingest'], ['pool:read']]) {
      const r = await writer(CREATE_KEY, { i: { name: 'escalate', scopes } });
      expect(denied(r)).toMatchObject({ code: 'FORBIDDEN', detail: expect.stringContaining('Only an admin session') });
    }
    expect(denied(await writer(REVOKE_KEY, { i: { id: adminKey.id } })).code).toBe('FORBIDDEN');
    // The admin's key still works, and pool:write still does what it is for.
    expect((await adminKey(`{ dashboard { id } }`)).errors).toBeUndefined();
    expect((await writer(`mutation { createMotherGroup(input: { name: "scoped" }) { id } }`)).errors).toBeUndefined();
    // pool:read lists the keys (no secrets in it); the list shows no key was minted by the writer.
    const listed = await writer(`{ apiKeys(pageSize: 50) { total items { name } } }`);
    expect(listed.data.apiKeys.items.map((k: { name: string }) => k.name)).not.toContain('escalate');
    const usersWriter = await keyWith('users:read', 'users:write');
    expect(denied(await usersWriter(`{ adminSessions { total } }`)).code).toBe('FORBIDDEN');
    expect(denied(await usersWriter(`mutation { adminLogout }`)).code).toBe('FORBIDDEN');
  });

  it('users:read lists codes but cannot disable one; users:write can; no users scope is FORBIDDEN naming the scope', async () => {
    const { codes } = (await expectData(admin, `mutation { generateCodes(input: { count: 2 }) { codes } }`)).generateCodes;
    expect(codes).toHaveLength(2);
    const reader = await keyWith('users:read');
    const writer = await keyWith('users:write');
    const poolOnly = await keyWith('pool:read', 'pool:write', 'stats:read', 'ingest');

    const listed = await reader(LIST_CODES);
    expect(listed.errors).toBeUndefined();
    const id = listed.data.redeemCodes.items[0].id as string;
    expect(denied(await reader(DISABLE, { id }))).toEqual({ code: 'FORBIDDEN', detail: 'This API key lacks the users:write scope.' });
    expect(denied(await reader(`mutation { exportCodes(input: { filter: {} }) { rowCount } }`)).code).toBe('FORBIDDEN');
    expect((await reader(`{ auditLogs(pageSize: 1) { total } }`)).errors).toBeUndefined();

    const disabled = await writer(DISABLE, { id });
    expect(disabled.errors).toBeUndefined();
    expect(disabled.data.disableCode).toEqual({ id, status: 'DISABLED' });
    expect(denied(await writer(LIST_CODES))).toEqual({ code: 'FORBIDDEN', detail: 'This API key lacks the users:read scope.' });

    expect(denied(await poolOnly(LIST_CODES))).toEqual({ code: 'FORBIDDEN', detail: 'This API key lacks the users:read scope.' });
    expect(denied(await poolOnly(DISABLE, { id }))).toEqual({ code: 'FORBIDDEN', detail: 'This API key lacks the users:write scope.' });
    // Admin sessions keep every scope.
    expect((await expectData(admin, LIST_CODES)).redeemCodes.total).toBeGreaterThanOrEqual(2);
  });

  it('stats:read opens the dashboard only; pool:read reads mothers but cannot write them', async () => {
    const stats = await keyWith('stats:read');
    expect((await stats(`{ dashboard { id } }`)).errors).toBeUndefined();
    expect(denied(await stats(`{ mothers { total } }`))).toEqual({ code: 'FORBIDDEN', detail: 'This API key lacks the pool:read scope.' });
    const reader = await keyWith('pool:read');
    expect((await reader(`{ mothers { total } }`)).errors).toBeUndefined();
    expect(denied(await reader(`mutation { createMotherGroup(input: { name: "nope" }) { id } }`))).toEqual({ code: 'FORBIDDEN', detail: 'This API key lacks the pool:write scope.' });
    expect(denied(await reader(`{ dashboard { id } }`)).code).toBe('FORBIDDEN');
  });
});
