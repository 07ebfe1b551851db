import { ConfigError } from '@seatpool/kit';
import { authoredDefinitions } from '@seatpool/kit/testing';
import { readFileSync } from 'node:fs';
import { NOTIFY_SCHEMA_FILE, startNotify } from '../src/app';
import { notifyConfigSchema } from '../src/config';
import { startHarness, type Harness } from './support/harness';

describe('notify subgraph: SDL, federation, health, configuration', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('serves exactly the SDL of schema/notify.graphql', async () => {
    const res = await h.gql('anonymous', '{ _service { sdl } }');
    expect(authoredDefinitions(res.data._service.sdl)).toEqual(authoredDefinitions(readFileSync(NOTIFY_SCHEMA_FILE, 'utf8')));
  });

  it('resolves a WebhookEndpoint reference for admins only', async () => {
    const id = (await h.gql('admin', 'mutation { createWebhookEndpoint(input: { url: "https://hooks.example.com/x" }) { endpoint { id } } }')).data.createWebhookEndpoint.endpoint.id;
    const q = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on WebhookEndpoint { id url } } }';
    const r = [{ __typename: 'WebhookEndpoint', id }];
    expect((await h.gql('admin', q, { r })).data._entities).toEqual([{ id, url: 'https://hooks.example.com/x' }]);
    expect((await h.gql({ kind: 'apikey', sub: 'k', scopes: ['pool:read'] }, q, { r })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('answers /healthz, /readyz and /metrics', async () => {
    const base = h.notify.url.replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ ok: true, service: 'notify' });
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('seatpool_notify_delivery_attempts_total');
  });

  it('refuses bad configuration with every problem at once; production needs a key and https URLs', async () => {
    const parse = (env: NodeJS.ProcessEnv) => notifyConfigSchema.safeParse({ SEATPOOL_SIGNING_SECRET: 's'.repeat(40), ...env });
    expect(parse({}).success).toBe(true);
    const bad = parse({ NODE_ENV: 'production', NOTIFY_RETRY_SCHEDULE_MS: '5000,x', NOTIFY_DATABASE_URL: 'mysql://x' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path[0]).sort()).toEqual(['NOTIFY_DATABASE_URL', 'NOTIFY_ENCRYPTION_KEY', 'NOTIFY_RETRY_SCHEDULE_MS']);
    expect(parse({ NODE_ENV: 'production' }).error!.issues.map((i) => i.path[0])).toEqual(['NOTIFY_ENCRYPTION_KEY']);
    await expect(startNotify({ SEATPOOL_SIGNING_SECRET: 'short' })).rejects.toBeInstanceOf(ConfigError);
  });

  it('in production refuses http and private-address URLs and hides introspection', async () => {
    const prod = await startHarness({ NODE_ENV: 'production', NOTIFY_ENCRYPTION_KEY: 'a'.repeat(64) });
    try {
      for (const url of ['http://hooks.example.com/x', 'https://127.0.0.1/x', 'https://10.1.2.3/x', 'https://[::1]/x', 'https://localhost/x']) {
        const res = await prod.gql('admin', 'mutation ($u: String!) { createWebhookEndpoint(input: { url: $u }) { secret } }', { u: url });
        expect({ url, code: res.errors?.[0].extensions?.code }).toEqual({ url, code: 'BAD_USER_INPUT' });
      }
      expect((await prod.gql('admin', 'mutation { createWebhookEndpoint(input: { url: "https://hooks.example.com/x" }) { secret } }')).data.createWebhookEndpoint.secret).toMatch(/^whsec_/);
      expect((await prod.gql('admin', '{ __schema { queryType { name } } }')).errors).toBeDefined();
    } finally {
      await prod.close();
    }
  });
});
