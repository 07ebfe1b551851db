/**
 * How an upstream failure is classified. The class decides what pool does next:
 * token_invalid → mother INVALID; workspace_gone → mother DISABLED; no_seats → try the next mother;
 * rate_limited / transient → retry, then the next mother; bad_request → give up.
 */
export type ProviderErrorClass = 'token_invalid' | 'workspace_gone' | 'no_seats' | 'rate_limited' | 'transient' | 'bad_request';

/** Never carries a token or an email: only the endpoint, status and the upstream's error code. */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';

  constructor(
    readonly errorClass: ProviderErrorClass,
    readonly endpoint: string,
    readonly detail: { status?: number; upstreamCode?: string; retryAfterMs?: number; maybeDelivered?: boolean } = {},
  ) {
    super(`upstream ${endpoint} failed: ${errorClass}${detail.status ? ` (HTTP ${detail.status})` : ''}${detail.upstreamCode ? ` ${detail.upstreamCode}` : ''}`);
  }

  get status() {
    return this.detail.status;
  }
  get upstreamCode() {
    return this.detail.upstreamCode;
  }
  get retryAfterMs() {
    return this.detail.retryAfterMs;
  }
  /**
   * Some attempt of the call was sent and never answered (timeout, dropped connection): the upstream
   * may have acted on it, or may still act on it later. Only a look at the upstream can tell.
   */
  get maybeDelivered() {
    return this.detail.maybeDelivered === true;
  }
  /** Worth another attempt against the same workspace. */
  get retryable() {
    return this.errorClass === 'transient' || this.errorClass === 'rate_limited';
  }
}

const GONE_CODES = /deactivated|suspended|banned|account_not_found|workspace_not_found|deleted/;

/** Maps an HTTP error answer to its class. `upstreamCode` is the `detail.code` of the body, if any. */
export function classifyHttp(endpoint: string, status: number, upstreamCode: string | undefined, retryAfterMs?: number): ProviderError {
  const detail = { status, upstreamCode, retryAfterMs };
  const code = upstreamCode ?? '';
  if (status === 401) return new ProviderError('token_invalid', endpoint, detail);
  if ((status === 403 || status === 404) && GONE_CODES.test(code)) return new ProviderError('workspace_gone', endpoint, detail);
  if (status === 422 && code === 'seat_limit_reached') return new ProviderError('no_seats', endpoint, detail);
  if (status === 429) return new ProviderError('rate_limited', endpoint, detail);
  if (status === 408 || status >= 500) return new ProviderError('transient', endpoint, detail);
  return new ProviderError('bad_request', endpoint, detail);
}

/** `Retry-After` as delta-seconds or an HTTP date, in milliseconds (undefined when absent or unreadable). */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
