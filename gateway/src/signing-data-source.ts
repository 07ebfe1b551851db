import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { createHttpTransport, signIdentity, type HttpResponse } from '@seatpool/kit';
import { GraphQLError } from 'graphql';
import type { Histogram } from 'prom-client';
import type { GatewayContext } from './context';

type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

/** Codes with which a subgraph says "your request is wrong" (Apollo's and ours). */
const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);

/**
 * Sends each subgraph fetch with the request id, the caller's language and a freshly signed
 * identity (new nonce per fetch, so a subgraph can refuse replays without refusing plan steps),
 * bound to this subgraph's name and to the exact body of the fetch, over keep-alive connections
 * of this subgraph's own (kit's http-transport.ts: node:http, not the costlier global fetch).
 *
 * Apollo's RemoteGraphQLDataSource is not used: per fetch it builds node-fetch Headers and a
 * Request it never sends, and copies the headers twice, all of it for features off here (APQ to
 * subgraphs, subgraph cache-control hints). This is the whole of what the gateway needs: a JSON
 * POST, the answer's JSON, and the errors mapped below.
 */
export class SigningDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly transport;

  constructor(private readonly opts: { name: string; url: string; secret: string; timeoutMs: number; fetchDuration: Histogram }) {
    // A bounded fetch: a hung subgraph fails this step instead of holding the request forever.
    this.transport = createHttpTransport(opts.url, opts.timeoutMs);
  }

  async process({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    if (!request.query) throw new Error('Missing query');
    const body = JSON.stringify({ query: request.query, variables: request.variables, operationName: request.operationName, extensions: request.extensions });
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    // Gateway-internal fetches (none today) carry no identity and stay unsigned.
    if (context?.identity) {
      headers['x-request-id'] = context.requestId;
      if (context.acceptLanguage) headers['accept-language'] = context.acceptLanguage;
      // The exact bytes the subgraph receives are hashed into the signature, with its name as audience.
      Object.assign(headers, signIdentity(this.opts.secret, { ...context.identity, rid: context.requestId }, { audience: this.opts.name, body }));
    }
    const end = this.opts.fetchDuration.startTimer({ subgraph: this.opts.name });
    let response: HttpResponse;
    let answer: unknown;
    try {
      response = await this.transport(body, headers);
      if (response.ok) answer = await parseBody(response);
    } catch (err) {
      // Not reached, cut off mid-answer or answered with broken JSON: not an answer at all.
      end({ outcome: 'failed' });
      throw unavailable(this.opts.name, err);
    }
    const isObject = typeof answer === 'object' && answer !== null && !Array.isArray(answer);
    end({ outcome: !isObject ? 'failed' : (answer as GatewayGraphQLResponse).errors?.length ? 'errors' : 'ok' });
    if (!response.ok) throw await this.errorFromResponse(response);
    if (!isObject) throw unavailable(this.opts.name, new Error(`${this.opts.name} answered HTTP ${response.status} without a JSON object`));
    return answer as GatewayGraphQLResponse;
  }

  /**
   * A subgraph's non-2xx answer. One that refused the request itself (HTTP 400 with GraphQL
   * errors, 413 for a body its limit refuses) is answered to the client as BAD_USER_INPUT with the
   * subgraph's message, not as an internal error: the gateway checks the same things first, this
   * covers what it cannot. 502/503/504 are a temporary outage (UPSTREAM_UNAVAILABLE). Anything
   * else stays an error with the status (masked as INTERNAL for the client, logged whole).
   */
  private async errorFromResponse(response: HttpResponse): Promise<GraphQLError> {
    if (response.status === 413) {
      return new GraphQLError('The input is not valid. The request is too large for the service.', {
        extensions: { code: 'BAD_USER_INPUT', detail: 'The request is too large for the service.' },
      });
    }
    if (response.status === 502 || response.status === 503 || response.status === 504) return unavailable(this.opts.name);
    const body = await parseBody(response).catch(() => undefined);
    const first = typeof body === 'object' && body !== null ? (body as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] }).errors?.[0] : undefined;
    const code = first?.extensions?.code;
    if (response.status === 400 && typeof first?.message === 'string' && typeof code === 'string' && CLIENT_CODES.has(code)) {
      return new GraphQLError(first.message, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    const extensions: Record<string, unknown> = { response: { url: response.url, status: response.status, statusText: response.statusText, body } };
    if (response.status === 401) extensions.code = 'UNAUTHENTICATED';
    else if (response.status === 403) extensions.code = 'FORBIDDEN';
    return new GraphQLError(`${response.status}: ${response.statusText}`, { extensions });
  }
}

function parseBody(response: HttpResponse): Promise<unknown> {
  const type = response.headers.get('content-type');
  return type && (type.startsWith('application/json') || type.startsWith('application/graphql-response+json')) ? response.json() : response.text();
}

/**
 * A subgraph that could not be reached in time (connection refused or reset, the fetch timeout,
 * 502/503/504) is a temporary outage for the caller, not an internal error: UPSTREAM_UNAVAILABLE.
 */
function unavailable(service: string, cause?: unknown): GraphQLError {
  return new GraphQLError(`The ${service} service is unavailable; try again later.`, {
    extensions: { code: 'UPSTREAM_UNAVAILABLE', detail: `The ${service} service did not answer in time.` },
    originalError: cause instanceof Error ? cause : undefined,
  });
}
