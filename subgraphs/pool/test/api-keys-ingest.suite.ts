import { createHmac, randomBytes } from 'node:crypto';
import { ApiKey } from '../src/entities';
import { canonicalIngest } from '../src/services/ingest.service';
import { startHarness, type Harness } from './support/harness';

const CREATE_KEY = `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key signingSecret apiKey { id name keyPrefix scopes revokedAt lastUsedAt } } }`;
const REVOKE = `mutation ($id: ID!) { revokeApiKey(input: { id: $id }) { id revokedAt } }`;
const VERIFY = `query ($key: String!) { verifyApiKey(key: $key) { keyId scopes } }`;
const INGEST = `mutation ($input: IngestMotherInput!) { ingestMother(input: $input) { motherId created } }`;
const gateway = { kind: 'service' as const, sub: 'gateway', scopes: [] };

describe('API keys and the signed ingest', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const createKey = async (scopes: string[], name = 'integration') => {
    const res = await h.gql('admin', CREATE_KEY, { input: { name, scopes } });
    expect(res.errors).toBeUndefined();
    return res.data.createApiKey;
  };
  const signed = (keyId: string, secret: string, payload: string, over: Record<string, unknown> = {}) => {
    const timestamp = Math.floor(Date.now() / 1000);
    const nonce = randomBytes(12).toString('base64url');
    const input = { keyId, timestamp, nonce, payload, ...over };
    const signature = createHmac('sha256', secret).update(canonicalIngest(keyId, input.timestamp as number, input.nonce as string, input.payload as string)).digest('hex');
    return { ...input, signature, ...('signature' in over ? { signature: over.signature } : {}) };
  };

  it('creates a key shown once, stores only a hash, verifies it for the gateway and revokes it at once', async () => {
    const created = await createKey(['pool:read', 'pool:read', 'stats:read']);
    expect(created.key).toMatch(/^spk_[A-Za-z0-9_-]{32}$/);
    expect(created.signingSecret).toBeNull();
    expect(created.apiKey).toMatchObject({ name: 'integration', keyPrefix: created.key.slice(0, 12), scopes: ['pool:read', 'stats:read'], revokedAt: null });
    const row = await h.pool.orm.em.fork().findOneOrFail(ApiKey, { id: created.apiKey.id });
    expect(JSON.stringify(row)).not.toContain(created.key);
    const ok = await h.gql(gateway, VERIFY, { key: created.key });
    expect(ok.data.verifyApiKey).toEqual({ keyId: created.apiKey.id, scopes: ['pool:read', 'stats:read'] });
    const firstUse = (await h.pool.orm.em.fork().findOneOrFail(ApiKey, { id: created.apiKey.id })).lastUsedAt;
    expect(firstUse).toBeInstanceOf(Date);
    await h.gql(gateway, VERIFY, { key: created.key });
    expect((await h.pool.orm.em.fork().findOneOrFail(ApiKey, { id: created.apiKey.id })).lastUsedAt).toEqual(firstUse); // at most once a minute
    expect((await h.gql('admin', REVOKE, { id: created.apiKey.id })).data.revokeApiKey.revokedAt).toEqual(expect.any(String));
    expect((await h.gql(gateway, VERIFY, { key: created.key })).data.verifyApiKey).toBeNull();
    const listed = await h.gql('admin', `{ apiKeys { total } all: apiKeys(includeRevoked: true) { total } }`);
    expect(listed.data.all.total - listed.data.apiKeys.total).toBe(1);
  });

  it('refuses unknown scopes, empty names and past expiry with BAD_USER_INPUT', async () => {
    for (const input of [{ name: 'x', scopes: ['root'] }, { name: ' ', scopes: ['pool:read'] }, { name: 'x', scopes: [] }, { name: 'x', scopes: ['ingest'], expiresAt: '2020-01-01T00:00:00Z' }]) {
      expect((await h.gql('admin', CREATE_KEY, { input })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('ingests a signed mother once; a replay, a bad signature, an old timestamp or a key without the scope are refused', async () => {
    const { apiKey, signingSecret } = await createKey(['ingest']);
    expect(signingSecret).toEqual(expect.any(String));
    const acct = await h.account(2);
    const payload = JSON.stringify({ name: 'Captured', accessToken: acct.accessToken, notes: 'from the capture tool' });
    const input = signed(apiKey.id, signingSecret, payload);
    const res = await h.gql('anonymous', INGEST, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data.ingestMother).toEqual({ motherId: expect.any(String), created: true });
    const replay = await h.gql('anonymous', INGEST, { input });
    expect(replay.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', detail: 'This request was already received (replayed nonce).' });
    const again = await h.gql('anonymous', INGEST, { input: signed(apiKey.id, signingSecret, payload) });
    expect(again.data.ingestMother).toEqual({ motherId: res.data.ingestMother.motherId, created: false });

    const tampered = signed(apiKey.id, signingSecret, payload, { signature: 'ab'.repeat(32) });
    expect((await h.gql('anonymous', INGEST, { input: tampered })).errors?.[0].extensions?.detail).toBe('The signature does not match.');
    const stale = signed(apiKey.id, signingSecret, payload, { timestamp: Math.floor(Date.now() / 1000) - 301 });
    expect((await h.gql('anonymous', INGEST, { input: stale })).errors?.[0].extensions?.detail).toBe('The timestamp is outside the accepted window.');
    const future = signed(apiKey.id, signingSecret, payload, { timestamp: Math.floor(Date.now() / 1000) + 120 });
    expect((await h.gql('anonymous', INGEST, { input: future })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const readOnly = await createKey(['pool:read'], 'reader');
    const forbidden = await h.gql('anonymous', INGEST, { input: signed(readOnly.apiKey.id, signingSecret, payload) });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await h.gql('admin', REVOKE, { id: apiKey.id });
    expect((await h.gql('anonymous', INGEST, { input: signed(apiKey.id, signingSecret, payload) })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reports a payload problem as BAD_USER_INPUT after the signature checks', async () => {
    const { apiKey, signingSecret } = await createKey(['ingest']);
    const res = await h.gql('anonymous', INGEST, { input: signed(apiKey.id, signingSecret, '{"name":"No token"}') });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', detail: 'The entry has no access token.' });
    expect((await h.gql('anonymous', INGEST, { input: signed(apiKey.id, signingSecret, 'not json') })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('never returns or logs a token, key or signing secret', async () => {
    const text = h.transcript();
    for (const token of h.tokens()) expect(text).not.toContain(token.split('.')[2]);
    const logs = text.split('\n').filter((l) => l.startsWith('{"level"'));
    expect(logs.join('\n')).not.toMatch(/spk_[A-Za-z0-9_-]{32}/);
  });
});
