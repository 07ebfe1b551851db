import { readFileSync } from 'node:fs';
import { USERS_SCHEMA_FILE } from '../src/app';
import { codeOf, startHarness, type UsersHarness } from './support/harness';
import { pendingSchemaChanges } from '@seatpool/kit/testing';
import { authoredDefinitions } from '@seatpool/kit/testing';

describe('users subgraph service', () => {
  let h: UsersHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('serves exactly the SDL of schema/users.graphql', async () => {
    const res = await h.gql('{ _service { sdl } }');
    const file = readFileSync(USERS_SCHEMA_FILE, 'utf8');
    expect(authoredDefinitions(res.data._service.sdl)).toEqual(authoredDefinitions(file));
    expect(res.data._service.sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7"');
  });

  it('refuses an unsigned HTTP call with UNAUTHENTICATED', async () => {
    const res = await h.gql('query($c: String!, $e: String!) { redeemStatus(code: $c, email: $e) { codeStatus } }', { c: 'X', e: 'a@b.co' }, null);
    expect(res.status).toBe(401);
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
  });

  it('leaves nothing for the schema generator to change after the migrations (SQLite)', async () => {
    expect(await pendingSchemaChanges(h.users.orm)).toEqual([]);
  });

  it('answers health, readiness and metrics with the code gauge filled', async () => {
    const base = h.users.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('seatpool_users_codes{status="unused",service="users"} 0');
  });
});
