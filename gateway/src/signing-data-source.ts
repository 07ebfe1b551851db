import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { createHttpTransport, signIdentity } from '@seatpool/kit';
import { GraphQLError } from 'graphql';
import type { Histogram } from 'prom-client';
import type { GatewayContext } from './context';

const CLAIMS_HEADER = 'x-seatpool-unsigned-claims';
/** Codes with which a subgraph says "your request is wrong" (Apollo's and ours). */
const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);

/**
 * Sends each subgraph fetch with the request id, the caller's language and a freshly signed
 * identity (new nonce per fetch, so a subgraph can refuse replays without refusing plan steps),
 * bound to this subgraph's name and to the exact body of the fetch, over keep-alive connections
 * of this subgraph's own (kit's http-transport.ts: node:http, not the costlier global fetch).
 */
export class SigningDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly opts: { name: string; url: string; secret: string; timeoutMs: number; fetchDuration: Histogram },
  ) {
    // A bounded fetch: a hung subgraph fails this step instead of holding the request forever.
    const transport = createHttpTransport(opts.url, opts.timeoutMs);
    super({
      url: opts.url,
      fetcher: ((_url: string, init: { headers: Record<string, string>; body: string }) => transport(init.body, sign(init.headers, init.body))) as any,
    });
    // The exact bytes the subgraph receives are hashed into the signature, with its name as audience.
    function sign(headers: Record<string, string>, body: string): Record<string, string> {
      const { [CLAIMS_HEADER]: claims, ...rest } = headers;
      if (!claims) return rest;
      const identity = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8'));
      return { ...rest, ...signIdentity(opts.secret, identity, { audience: opts.name, body }) };
    }
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    const headers = request.http!.headers;
    if (!context?.identity) return; // gateway-internal fetches (none today) stay unsigned
    headers.set('x-request-id', context.requestId);
    if (context.acceptLanguage) headers.set('accept-language', context.acceptLanguage);
    // Signed in the fetcher, where the body is final; this header carries the claims there.
    headers.set(CLAIMS_HEADER, Buffer.from(JSON.stringify({ ...context.identity, rid: context.requestId })).toString('base64url'));
  }

  /**
   * A subgraph that refused the request itself (HTTP 400 with GraphQL errors, 413 for a body its
   * limit refuses) is answered to the client as BAD_USER_INPUT with the subgraph's message, not as
   * an internal error: the gateway checks the same things first, this covers what it cannot.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    if (response.status === 413) {
      return new GraphQLError('The input is not valid. The request is too large for the service.', {
        extensions: { code: 'BAD_USER_INPUT', detail: 'The request is too large for the service.' },
      });
    }
    const error = await super.errorFromResponse(response);
    const body = (error.extensions.response as { body?: unknown } | undefined)?.body as
      | { errors?: { message?: unknown; extensions?: { code?: unknown } }[] }
      | undefined;
    const first = typeof body === 'object' ? body?.errors?.[0] : undefined;
    const code = first?.extensions?.code;
    if (response.status === 400 && typeof first?.message === 'string' && typeof code === 'string' && CLIENT_CODES.has(code)) {
      return new GraphQLError(first.message, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return error;
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const end = this.opts.fetchDuration.startTimer({ subgraph: this.opts.name });
    try {
      const response = await super.process(options);
      end({ outcome: response.errors?.length ? 'errors' : 'ok' });
      return response;
    } catch (err) {
      end({ outcome: 'failed' });
      throw unavailableOr(err, this.opts.name);
    }
  }
}

/**
 * A subgraph that could not be reached in time (connection refused or reset, the fetch timeout,
 * 502/503/504) is a temporary outage for the caller, not an internal error: UPSTREAM_UNAVAILABLE.
 * Every other error passes unchanged (a subgraph's own 500 stays masked as INTERNAL and logged).
 */
function unavailableOr(err: unknown, service: string): unknown {
  if (err instanceof GraphQLError) {
    const status = (err.extensions?.response as { status?: unknown } | undefined)?.status;
    if (status !== 502 && status !== 503 && status !== 504) return err;
  }
  return new GraphQLError(`The ${service} service is unavailable; try again later.`, {
    extensions: { code: 'UPSTREAM_UNAVAILABLE', detail: `The ${service} service did not answer in time.` },
    originalError: err instanceof Error ? err : undefined,
  });
}
