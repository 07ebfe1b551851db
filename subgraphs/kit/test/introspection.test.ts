import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BaseContext } from '../src/context';
import { createLogger } from '../src/logger';
import { createRegistry } from '../src/metrics';
import { createSubgraphServer } from '../src/server';

const dir = mkdtempSync(join(tmpdir(), 'kit-introspection-'));
writeFileSync(join(dir, 's.graphql'), 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\ntype Query { hello: String! }\n');

async function introspect(opts: { production?: boolean; introspection?: boolean }) {
  const server = createSubgraphServer<BaseContext>({
    name: 's', schemaFile: join(dir, 's.graphql'), resolvers: { Query: { hello: () => 'hi' } } as any,
    signingSecret: 'x'.repeat(40), logger: createLogger('s', 'silent'), registry: createRegistry('s'), context: (b) => b, ...opts,
  });
  await server.start();
  try {
    const res = await server.executeOperation({ query: '{ __schema { queryType { name } } }' }, { contextValue: {} as BaseContext });
    return res.body.kind === 'single' ? res.body.singleResult : undefined;
  } finally {
    await server.stop();
  }
}

describe('subgraph introspection follows production, like the gateway', () => {
  it('is on outside production', async () => {
    expect((await introspect({}))?.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
  it('is off in production', async () => {
    const result = await introspect({ production: true });
    expect(result?.data).toBeUndefined();
    expect(result?.errors?.[0].message).toMatch(/introspection is not allowed/i);
  });
  it('is on in production when enabled explicitly', async () => {
    expect((await introspect({ production: true, introspection: true }))?.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
