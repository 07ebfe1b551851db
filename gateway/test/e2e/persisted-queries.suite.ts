import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeOf, sharedStack, type Stack, STACK_BOOT_MS } from './harness';

const sha = (q: string) => createHash('sha256').update(q).digest('hex');
const STATUS = 'query Status($c: String!, $e: String!) { redeemStatus(code: $c, email: $e) { codeStatus } }';
const vars = { c: 'ABCD-EFGH-JKMN-PQRS', e: 'pq@example.com' };

/** A POST with optional document text and the APQ extension. */
const send = (url: string, body: { query?: string; hash?: string; variables?: object }) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ...(body.query ? { query: body.query } : {}),
      variables: body.variables ?? {},
      ...(body.hash ? { extensions: { persistedQuery: { version: 1, sha256Hash: body.hash } } } : {}),
    }),
  }).then(async (r) => ({ status: r.status, ...((await r.json()) as any) }));

describe('persisted queries', () => {
  let stack: Stack;
  let manifest: string;
  beforeAll(async () => {
    stack = await sharedStack();
    manifest = join(mkdtempSync(join(tmpdir(), 'seatpool-pq-')), 'operations.json');
    writeFileSync(
      manifest,
      JSON.stringify({
        format: 'apollo-persisted-query-manifest',
        version: 1,
        operations: [{ id: sha(STATUS), name: 'Status', type: 'query', body: STATUS }],
      }),
    );
  }, STACK_BOOT_MS);

  it('supports automatic persisted queries: unknown hash, register with the text, then hash only', async () => {
    const query = `query Apq($c: String!, $e: String!) { redeemStatus(code: $c, email: $e) { codeStatus teamName } }`;
    expect(codeOf(await send(stack.gateway.url, { hash: sha(query), variables: vars }))).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(codeOf(await send(stack.gateway.url, { query, hash: sha(query), variables: vars }))).toBe('CODE_INVALID');
    expect(codeOf(await send(stack.gateway.url, { hash: sha(query), variables: vars }))).toBe('CODE_INVALID');
    // A hash that does not match the text is refused, not stored.
    const wrong = await send(stack.gateway.url, { query, hash: sha('{ __typename }') });
    expect(wrong.status).toBe(400);
  });

  it('with a safelist, runs registered operations (by text or hash) and refuses everything else', async () => {
    const gw = await stack.extraGateway({ GATEWAY_SAFELIST_FILE: manifest });
    expect(codeOf(await send(gw.url, { query: STATUS, variables: vars }))).toBe('CODE_INVALID');
    expect(codeOf(await send(gw.url, { hash: sha(STATUS), variables: vars }))).toBe('CODE_INVALID');

    const other = await send(gw.url, { query: '{ __typename }' });
    expect(other.status).toBe(403);
    expect(other.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', requestId: expect.any(String) });
    // Registering a new document through APQ is no way around it.
    const smuggled = await send(gw.url, { query: '{ __typename }', hash: sha('{ __typename }') });
    expect(codeOf(smuggled)).toBe('FORBIDDEN');
    expect(codeOf(await send(gw.url, { hash: sha('{ __typename }') }))).toBe('PERSISTED_QUERY_NOT_FOUND');
    // One changed character is another document.
    expect(codeOf(await send(gw.url, { query: `${STATUS} `, variables: vars }))).toBe('FORBIDDEN');
  });

  it('in log mode runs unlisted operations and reports them', async () => {
    const gw = await stack.extraGateway({ GATEWAY_SAFELIST_FILE: manifest, GATEWAY_SAFELIST_MODE: 'log' });
    expect((await send(gw.url, { query: '{ __typename }' })).data).toEqual({ __typename: 'Query' });
    expect(stack.logs.join('')).toContain('operation not in the safelist');
  });

  it('refuses to start on a manifest it cannot read', async () => {
    await expect(stack.extraGateway({ GATEWAY_SAFELIST_FILE: join(tmpdir(), 'no-such-manifest.json') })).rejects.toThrow(/GATEWAY_SAFELIST_FILE/);
  });
});
