import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { signIdentity } from '@seatpool/kit';
import type { Histogram } from 'prom-client';
import type { GatewayContext } from './context';

/**
 * Sends each subgraph fetch with the request id, the caller's language and a freshly signed
 * identity (new nonce per fetch, so a subgraph can refuse replays without refusing plan steps).
 */
export class SigningDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly opts: { name: string; url: string; secret: string; timeoutMs: number; fetchDuration: Histogram },
  ) {
    // A bounded fetch: a hung subgraph fails this step instead of holding the request forever.
    super({
      url: opts.url,
      fetcher: ((url: string, init: RequestInit) =>
        fetch(url, { ...init, signal: AbortSignal.timeout(opts.timeoutMs) })) as any,
    });
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    const headers = request.http!.headers;
    if (!context?.identity) return; // gateway-internal fetches (none today) stay unsigned
    headers.set('x-request-id', context.requestId);
    if (context.acceptLanguage) headers.set('accept-language', context.acceptLanguage);
    for (const [name, value] of Object.entries(signIdentity(this.opts.secret, { ...context.identity, rid: context.requestId }))) {
      headers.set(name, value);
    }
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const end = this.opts.fetchDuration.startTimer({ subgraph: this.opts.name });
    try {
      const response = await super.process(options);
      end({ outcome: response.errors?.length ? 'errors' : 'ok' });
      return response;
    } catch (err) {
      end({ outcome: 'failed' });
      throw err;
    }
  }
}
