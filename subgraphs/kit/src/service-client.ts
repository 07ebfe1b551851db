import { createHttpTransport, type HttpResponse } from './http-transport';
import { signIdentity } from './identity';

/** Why a call to another service failed; `timeout`/`network` leave the outcome unknown. */
export class ServiceCallError extends Error {
  constructor(
    readonly kind: 'timeout' | 'network' | 'http' | 'graphql',
    message: string,
    readonly errors: { message: string; extensions?: Record<string, unknown> }[] = [],
  ) {
    super(message);
  }
  /** The `extensions.code` of the first GraphQL error, if any. */
  get code(): string | undefined {
    const code = this.errors[0]?.extensions?.code;
    return typeof code === 'string' ? code : undefined;
  }
}

export interface ServiceClientOptions {
  /** The other service's `/graphql` URL. */
  url: string;
  secret: string;
  /** This service's name, sent as the signed identity's subject. */
  service: string;
  /** The other service's name: the signature is valid there only (and for this body only). */
  audience: string;
  timeoutMs: number;
}

/**
 * GraphQL over HTTP to another seatpool service, with a signed service identity per call, over
 * kit's keep-alive node:http transport (a redeem burst calls pool once per buyer).
 */
export function createServiceClient(opts: ServiceClientOptions) {
  const send = createHttpTransport(opts.url, opts.timeoutMs);
  return async function request<T>(query: string, variables: Record<string, unknown>, requestId: string): Promise<T> {
    const payload = JSON.stringify({ query, variables });
    const headers = {
      'content-type': 'application/json',
      'x-request-id': requestId,
      ...signIdentity(opts.secret, { kind: 'service', sub: opts.service, scopes: [], rid: requestId }, { audience: opts.audience, body: payload }),
    };
    let res: HttpResponse;
    try {
      res = await send(payload, headers);
    } catch (err) {
      const timeout = (err as NodeJS.ErrnoException).code === 'ETIMEDOUT';
      throw new ServiceCallError(timeout ? 'timeout' : 'network', timeout ? 'call timed out' : 'service unreachable');
    }
    let body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    try {
      body = (await res.json()) as typeof body;
    } catch {
      throw new ServiceCallError(res.ok ? 'network' : 'http', `invalid response (HTTP ${res.status})`);
    }
    if (body.errors?.length) throw new ServiceCallError('graphql', body.errors[0].message, body.errors);
    if (!res.ok || !body.data) throw new ServiceCallError('http', `HTTP ${res.status}`);
    return body.data;
  };
}
export type ServiceClient = ReturnType<typeof createServiceClient>;
