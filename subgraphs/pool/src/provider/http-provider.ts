import type { Registry } from 'prom-client';
import type { Logger } from '@seatpool/kit';
import type { CircuitStateName, InviteResult, TeamAccess, UpstreamAccount, UpstreamInvite, UpstreamMember, UpstreamProvider } from './provider';
import { classifyHttp, parseRetryAfter, ProviderError } from './provider-error';
import { Resilience, type ResilienceOptions } from './resilience';
import { createUpstreamMetrics, type UpstreamEndpoint, type UpstreamMetrics } from './upstream-metrics';

export interface HttpProviderOptions extends ResilienceOptions {
  /** e.g. `http://127.0.0.1:4010/backend-api` (sandbox) or the real upstream's `/backend-api`. */
  baseUrl: string;
  registry?: Registry;
  logger?: Logger;
}

interface RequestSpec {
  method: 'GET' | 'POST' | 'DELETE' | 'PATCH';
  path: string;
  token: string;
  teamId?: string;
  body?: unknown;
}

interface Answer {
  status: number;
  body: any;
  code: string | undefined;
}

const PAGE = 100;
const MAX_PAGES = 50;

/** The upstream team API over HTTP (global fetch), with the policies of `Resilience` around every call. */
export class HttpUpstreamProvider implements UpstreamProvider {
  private readonly baseUrl: string;
  private readonly resilience: Resilience;
  private readonly metrics: UpstreamMetrics;

  constructor(private readonly opts: HttpProviderOptions) {
    this.baseUrl = opts.baseUrl.replace(/\/+$/, '');
    this.resilience = new Resilience(opts);
    this.metrics = createUpstreamMetrics(opts.registry);
  }

  async checkAccount(token: string, motherId?: string): Promise<UpstreamAccount[]> {
    const spec: RequestSpec = { method: 'GET', path: '/accounts/check/v4-2023-04-27', token };
    return this.call('check_account', motherId, spec, (a) => {
      const accounts = a.body?.accounts;
      if (!accounts || typeof accounts !== 'object') throw new ProviderError('transient', 'check_account', { status: a.status, upstreamCode: 'unexpected_response' });
      return Object.entries<any>(accounts).map(([id, entry]) => ({
        accountId: String(entry?.account?.account_id ?? id),
        name: typeof entry?.account?.name === 'string' ? entry.account.name : null,
        planType: typeof entry?.account?.plan_type === 'string' ? entry.account.plan_type : null,
        active: entry?.account?.is_deactivated !== true && entry?.entitlement?.has_active_subscription !== false,
      }));
    });
  }

  async invite(team: TeamAccess, email: string): Promise<InviteResult> {
    const body = { email_addresses: [email], role: 'standard-user', resend_emails: true };
    const spec: RequestSpec = { method: 'POST', path: `/accounts/${encodeURIComponent(team.teamId)}/invites`, token: team.token, teamId: team.teamId, body };
    return this.call('invite', team.motherId, spec, (a) => inviteOutcome(a, email));
  }

  async listInvites(team: TeamAccess): Promise<UpstreamInvite[]> {
    const items = await this.pages('list_invites', team, 'invites');
    return items.map((i) => ({ id: String(i.id ?? ''), email: String(i.email_address ?? i.email ?? '').toLowerCase(), createdAt: i.created_time ?? null }));
  }

  async cancelInvite(team: TeamAccess, email: string): Promise<boolean> {
    const spec: RequestSpec = { method: 'DELETE', path: `/accounts/${encodeURIComponent(team.teamId)}/invites`, token: team.token, teamId: team.teamId, body: { email_address: email } };
    return this.call('cancel_invite', team.motherId, spec, (a) => a.status < 300, (a) => a.status === 404 && a.code === 'invite_not_found');
  }

  async listMembers(team: TeamAccess): Promise<UpstreamMember[]> {
    const items = await this.pages('list_members', team, 'users');
    return items.map((m) => ({ id: String(m.id ?? ''), email: String(m.email ?? '').toLowerCase(), role: m.role ?? null }));
  }

  async removeMember(team: TeamAccess, userId: string): Promise<void> {
    const path = `/accounts/${encodeURIComponent(team.teamId)}/users/${encodeURIComponent(userId)}`;
    const spec: RequestSpec = { method: 'DELETE', path, token: team.token, teamId: team.teamId };
    await this.call('remove_member', team.motherId, spec, () => undefined, (a) => a.status === 404 && a.code === 'user_not_found');
  }

  async renameTeam(team: TeamAccess, name: string): Promise<'renamed' | 'unsupported'> {
    const spec: RequestSpec = { method: 'PATCH', path: `/accounts/${encodeURIComponent(team.teamId)}`, token: team.token, teamId: team.teamId, body: { name } };
    // No rename endpoint (404 without an upstream code, or 405): the rename stays local.
    const unsupported = (a: Answer) => a.status === 405 || (a.status === 404 && a.code === undefined);
    return this.call('rename_team', team.motherId, spec, (a) => (a.status < 300 ? 'renamed' : 'unsupported'), unsupported);
  }

  circuitStates(): Record<CircuitStateName, number> {
    return this.resilience.circuitStates();
  }

  /** Reads an `{ items, total }` list page by page (each page is its own resilient call). */
  private async pages(endpoint: UpstreamEndpoint, team: TeamAccess, resource: 'invites' | 'users'): Promise<any[]> {
    const all: any[] = [];
    for (let page = 0; page < MAX_PAGES; page++) {
      const path = `/accounts/${encodeURIComponent(team.teamId)}/${resource}?offset=${all.length}&limit=${PAGE}`;
      const { items, total } = await this.call(endpoint, team.motherId, { method: 'GET', path, token: team.token, teamId: team.teamId }, (a) => ({
        items: Array.isArray(a.body?.items) ? (a.body.items as any[]) : [],
        total: typeof a.body?.total === 'number' ? a.body.total : undefined,
      }));
      all.push(...items);
      if (items.length < PAGE || (total !== undefined && all.length >= total)) break;
    }
    return all;
  }

  /**
   * One resilient call: `ok` reads a 2xx answer (and may throw a ProviderError for an error hidden
   * in a 200); `tolerate` lets an endpoint treat an error answer as success (e.g. already gone).
   */
  private async call<T>(endpoint: UpstreamEndpoint, breakerKey: string | undefined, spec: RequestSpec, ok: (a: Answer) => T, tolerate?: (a: Answer) => boolean) {
    // Attempts sent minus attempts answered (or surely not delivered): > 0 means one may still act upstream.
    let unanswered = 0;
    try {
      return await this.resilience.run(endpoint, breakerKey, async (signal) => {
        // The budget ran out while a retry was waiting: do not start an attempt nobody awaits.
        if (signal.aborted) throw new ProviderError('transient', endpoint, { upstreamCode: 'timeout' });
        unanswered++;
        return this.attempt(endpoint, breakerKey, spec, signal, ok, tolerate, () => unanswered--);
      });
    } catch (err) {
      if (err instanceof ProviderError && unanswered > 0 && spec.method !== 'GET') {
        throw new ProviderError(err.errorClass, err.endpoint, { ...err.detail, maybeDelivered: true });
      }
      throw err;
    }
  }

  private async attempt<T>(
    endpoint: UpstreamEndpoint,
    breakerKey: string | undefined,
    spec: RequestSpec,
    signal: AbortSignal,
    ok: (a: Answer) => T,
    tolerate: ((a: Answer) => boolean) | undefined,
    settled: () => void,
  ): Promise<T> {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const answer = await this.send(endpoint, spec, signal, settled);
      const result = answer.status < 300 || tolerate?.(answer) ? ok(answer) : this.fail(endpoint, answer);
      this.metrics.observe(endpoint, 'ok', seconds());
      return result;
    } catch (err) {
      const outcome = err instanceof ProviderError ? err.errorClass : 'transient';
      this.metrics.observe(endpoint, outcome, seconds());
      if (err instanceof ProviderError) {
        // Answers about the request (full, bad input) are normal outcomes; the rest is worth a warning.
        const level = err.errorClass === 'no_seats' || err.errorClass === 'bad_request' ? 'info' : 'warn';
        this.opts.logger?.[level]({ endpoint, motherId: breakerKey, outcome, status: err.status, upstreamCode: err.upstreamCode }, 'upstream attempt failed');
      }
      throw err;
    }
  }

  private fail(endpoint: UpstreamEndpoint, a: Answer & { retryAfterMs?: number }): never {
    throw classifyHttp(endpoint, a.status, a.code, a.retryAfterMs);
  }

  /** `settled` is called once the attempt is known to be over upstream: an answer came, or it never left. */
  private async send(endpoint: UpstreamEndpoint, spec: RequestSpec, signal: AbortSignal, settled: () => void): Promise<Answer & { retryAfterMs?: number }> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${spec.token}`,
      accept: 'application/json',
      'user-agent': 'seatpool-pool/0.1',
    };
    if (spec.teamId) headers['chatgpt-account-id'] = spec.teamId;
    if (spec.body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    let text: string;
    try {
      res = await fetch(`${this.baseUrl}${spec.path}`, {
        method: spec.method,
        headers,
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        signal,
      });
      settled();
      text = await res.text();
    } catch (err) {
      const aborted = (err as Error).name === 'AbortError' || (err as Error).name === 'TimeoutError';
      if (!aborted && notConnected(err)) settled();
      throw new ProviderError('transient', endpoint, { upstreamCode: aborted ? 'timeout' : 'network' });
    }
    let body: any;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // An HTML page (a proxy or bot wall) is not an answer about our request: try again later.
      if (res.status < 500) throw new ProviderError('transient', endpoint, { status: res.status, upstreamCode: 'non_json_response' });
    }
    const detail = body?.detail;
    const code = typeof detail?.code === 'string' ? detail.code : typeof body?.error?.code === 'string' ? body.error.code : undefined;
    return { status: res.status, body, code, retryAfterMs: parseRetryAfter(res.headers.get('retry-after')) };
  }
}

/** The connection was never made, so the request never reached the upstream. */
function notConnected(err: unknown): boolean {
  const code = (err as { cause?: { code?: unknown } })?.cause?.code;
  return code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN';
}

/** Reads the invite answer for our one email: invited, already there, or why not. */
function inviteOutcome(a: Answer, email: string): InviteResult {
  const target = email.toLowerCase();
  const errored: any[] = Array.isArray(a.body?.errored_emails) ? a.body.errored_emails : [];
  const invited: any[] = Array.isArray(a.body?.account_invites) ? a.body.account_invites : [];
  const mine = errored.find((e) => String(e?.email ?? '').toLowerCase() === target) ?? (errored.length === 1 && invited.length === 0 ? errored[0] : undefined);
  if (mine) {
    const error = String(mine.error ?? mine.code ?? '');
    if (/already/.test(error)) return { outcome: 'already_member' };
    if (error === 'seat_limit_reached') throw new ProviderError('no_seats', 'invite', { status: a.status, upstreamCode: error });
    throw new ProviderError('bad_request', 'invite', { status: a.status, upstreamCode: error || 'invite_rejected' });
  }
  if (invited.length > 0) return { outcome: 'invited' };
  throw new ProviderError('transient', 'invite', { status: a.status, upstreamCode: 'unexpected_response' });
}
