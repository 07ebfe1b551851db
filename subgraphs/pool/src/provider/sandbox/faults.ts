import { randomUUID } from 'node:crypto';
import { type Reply, intField, reply, upstreamError } from './http';

export const FAULT_STATUSES = [429, 500, 502, 503, 401, 403] as const;
export type FaultStatus = (typeof FAULT_STATUSES)[number];

const MAX_LATENCY_MS = 120_000;

export interface Fault {
  id: string;
  accountId?: string;
  status?: FaultStatus;
  rate: number;
  latencyMs: number;
  retryAfterS?: number;
  path?: string;
  /** Only requests with this HTTP method (e.g. `POST`, so an invite is delayed but the invite list is not). */
  method?: string;
  /** Remaining firings; undefined = unlimited. */
  remaining?: number;
  fired: number;
}

/** What the upstream request is, as far as fault matching is concerned. */
export interface FaultTarget {
  method: string;
  path: string;
  template?: string;
  accountIds: string[];
}

export interface FaultDecision {
  latencyMs: number;
  status?: FaultStatus;
  retryAfterS?: number;
}

/** Validates a `POST /_sandbox/faults` body; returns an error message when invalid. */
export function parseFault(body: Record<string, unknown>): Fault | string {
  const { accountId, status, rate = 1, path, method } = body;
  if (accountId !== undefined && (typeof accountId !== 'string' || !accountId)) return 'accountId must be a non-empty string';
  if (status !== undefined && !FAULT_STATUSES.includes(status as FaultStatus)) return `status must be one of ${FAULT_STATUSES.join(', ')}`;
  if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1)) return 'rate must be a number in 0..1';
  if (path !== undefined && (typeof path !== 'string' || !path)) return 'path must be a non-empty string';
  if (method !== undefined && (typeof method !== 'string' || !/^(GET|POST|DELETE|PATCH|PUT)$/i.test(method))) return 'method must be GET, POST, DELETE, PATCH or PUT';
  const latencyMs = intField(body.latencyMs, 0, MAX_LATENCY_MS, 0);
  if (latencyMs === undefined) return `latencyMs must be an integer in 0..${MAX_LATENCY_MS}`;
  const retryAfterS = intField(body.retryAfterS, 0, 86_400, -1);
  if (retryAfterS === undefined) return 'retryAfterS must be an integer in 0..86400';
  const count = intField(body.count, 1, Number.MAX_SAFE_INTEGER, -1);
  if (count === undefined) return 'count must be a positive integer';
  if (status === undefined && latencyMs === 0) return 'a fault needs a status and/or latencyMs';
  return {
    id: randomUUID(),
    accountId,
    status: status as FaultStatus | undefined,
    rate,
    latencyMs,
    retryAfterS: retryAfterS < 0 ? undefined : retryAfterS,
    path,
    method: typeof method === 'string' ? method.toUpperCase() : undefined,
    remaining: count < 0 ? undefined : count,
    fired: 0,
  };
}

export class FaultBook {
  private faults: Fault[] = [];

  /** `random` decides whether a fault with `rate` < 1 fires: seeded, so a test run repeats. */
  constructor(private readonly random: () => number) {}

  add(f: Fault): void {
    this.faults.push(f);
  }

  list(): Fault[] {
    return [...this.faults];
  }

  remove(id: string): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((f) => f.id !== id);
    return this.faults.length < before;
  }

  clear(): void {
    this.faults = [];
  }

  /**
   * Rolls every matching fault in creation order. Latencies add up; the first status fault
   * that fires decides the answer, later status faults are not consumed.
   */
  pick(t: FaultTarget): FaultDecision {
    const d: FaultDecision = { latencyMs: 0 };
    for (const f of this.faults) {
      if (f.remaining === 0) continue;
      if (f.accountId !== undefined && !t.accountIds.includes(f.accountId)) continue;
      if (f.method !== undefined && f.method !== t.method) continue;
      if (f.path !== undefined && !t.path.includes(f.path) && !(t.template ?? '').includes(f.path)) continue;
      if (f.status !== undefined && d.status !== undefined) continue;
      if (f.rate < 1 && this.random() >= f.rate) continue;
      if (f.remaining !== undefined) f.remaining--;
      f.fired++;
      d.latencyMs += f.latencyMs;
      if (f.status !== undefined) {
        d.status = f.status;
        d.retryAfterS = f.retryAfterS;
      }
    }
    return d;
  }
}

/** The error a fired status fault answers with (bodies mimic what the real upstream sends). */
export function faultReply(status: FaultStatus, retryAfterS?: number): Reply {
  const headers = retryAfterS === undefined ? undefined : { 'retry-after': String(retryAfterS) };
  switch (status) {
    case 401:
      return upstreamError(401, 'token_invalidated');
    case 403:
      return upstreamError(403, 'account_deactivated');
    case 429:
      return reply(429, { detail: 'rate limited' }, headers);
    default:
      return reply(status, { detail: 'upstream error' }, headers);
  }
}
