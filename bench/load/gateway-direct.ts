/**
 * (c) Gateway vs direct, in the same run: autocannon (10 connections) on the admin `mothers` page
 * through the gateway (bearer token) and straight to pool (a signed admin identity), and on the
 * public `redeemStatus` through the gateway and straight to users (a signed anonymous identity).
 * Answers p50 and requests/s of each side and their ratios.
 */
import { MOTHERS_PAGE } from './bulk-admin';
import type { Admin } from './client';
import { directHeaders } from './identity';
import type { LoadStack } from './stack';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (opts: Record<string, unknown>) => Promise<{ latency: { p50: number; p97_5: number }; requests: { average: number }; non2xx: number; errors: number; timeouts: number }>;

const STATUS = `query($c: String!, $e: String!) { redeemStatus(code: $c, email: $e) { codeStatus inviteStatus teamName } }`;

export interface Side {
  p50: number;
  rps: number;
  errors: number;
}
export interface Comparison {
  name: string;
  gateway: Side;
  direct: Side;
  p50Ratio: number;
  throughputRatio: number;
}

async function measure(url: string, body: string, headers: () => Record<string, string>, seconds: number): Promise<Side> {
  const run = (duration: number) =>
    autocannon({
      url,
      connections: 10,
      duration,
      requests: [{ method: 'POST', path: new URL(url).pathname, body, setupRequest: (req: Record<string, any>) => ({ ...req, headers: { 'content-type': 'application/json', ...headers() } }) }],
    });
  await run(1); // warm-up (plans, caches, connections)
  const r = await run(seconds);
  return { p50: r.latency.p50, rps: r.requests.average, errors: r.non2xx + r.errors + r.timeouts };
}

/** One call first: a side that answers errors would measure nothing. */
async function probe(url: string, body: string, headers: () => Record<string, string>) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers() }, body });
  const json = (await res.json()) as { errors?: unknown };
  if (res.status !== 200 || json.errors) throw new Error(`${url} answered HTTP ${res.status} ${JSON.stringify(json.errors)}`);
}

async function compare(name: string, gw: [string, () => Record<string, string>], direct: [string, () => Record<string, string>], body: string, seconds: number): Promise<Comparison> {
  await probe(gw[0], body, gw[1]);
  await probe(direct[0], body, direct[1]);
  const gateway = await measure(gw[0], body, gw[1], seconds);
  const straight = await measure(direct[0], body, direct[1], seconds);
  return { name, gateway, direct: straight, p50Ratio: gateway.p50 / Math.max(straight.p50, 0.001), throughputRatio: gateway.rps / Math.max(straight.rps, 0.001) };
}

export async function runGatewayVsDirect(stack: LoadStack, admin: Admin, redeemed: { code: string; email: string }, seconds = 5): Promise<Comparison[]> {
  const bearer = () => ({ authorization: `Bearer ${admin.token}` });
  const anonymous = () => ({});
  // Each direct signature is bound to its audience and to the exact body sent.
  const mothersBody = JSON.stringify({ query: MOTHERS_PAGE });
  const statusBody = JSON.stringify({ query: STATUS, variables: { c: redeemed.code, e: redeemed.email } });
  return [
    await compare('admin mothers page', [stack.gateway, bearer], [stack.pool, directHeaders(stack.secret, { kind: 'admin', sub: 'bench-session', scopes: [] }, { audience: 'pool', body: mothersBody })], mothersBody, seconds),
    await compare(
      'public redeemStatus',
      [stack.gateway, anonymous],
      [stack.users, directHeaders(stack.secret, { kind: 'anonymous', sub: '', scopes: [] }, { audience: 'users', body: statusBody })],
      statusBody,
      seconds,
    ),
  ];
}
