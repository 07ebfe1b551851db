import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** A GraphQL answer with errors, thrown by `request`; `problemOf` (errors.ts) reads it. */
export class GraphQLRequestError extends Error {
  constructor(readonly errors: { message?: string; extensions?: Record<string, unknown> }[], readonly status: number) {
    super('GraphQL request failed');
    this.name = 'GraphQLRequestError';
  }
}

type WithHash = { __meta__?: { hash?: string } };
type OperationDef = { kind: string; name?: { value: string } };

/**
 * A tiny typed client for pages that do not need a cache (the public page): it sends a
 * registered operation by its sha256 (the persisted-query protocol), so no document text goes
 * over the wire and the gateway runs only what codegen registered.
 */
export async function request<TData, TVars extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
  opts: { lang?: string; token?: string; url?: string } = {},
): Promise<TData> {
  const hash = (document as WithHash).__meta__?.hash;
  if (!hash) throw new Error('document has no persisted hash (run npm run codegen)');
  const op = (document.definitions as readonly OperationDef[]).find((d) => d.kind === 'OperationDefinition');
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.lang) headers['accept-language'] = opts.lang;
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const res = await fetch(opts.url ?? '/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({
      operationName: op?.name?.value,
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
    }),
  });
  let body: { data?: TData | null; errors?: GraphQLRequestError['errors'] };
  try {
    body = await res.json();
  } catch {
    throw new GraphQLRequestError([{ extensions: { code: res.status === 429 ? 'RATE_LIMITED' : `HTTP_${res.status}` } }], res.status);
  }
  if (body.errors?.length) throw new GraphQLRequestError(body.errors, res.status);
  if (!body.data) throw new GraphQLRequestError([{ extensions: { code: 'UNKNOWN' } }], res.status);
  return body.data;
}
