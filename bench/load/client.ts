/** Small helpers of the load benchmark: a GraphQL client that never throws, percentiles, CPU time, the admin setup. */
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import type { LoadStack } from './stack';
import { PASSWORD } from './stack';

export type Result = { status: number; data?: any; errors?: { message: string; extensions?: { code?: string } }[]; ms: number };

// The load generator shares the machine with the stack: node:http with keep-alive costs it about
// half the CPU of fetch (undici) per request, CPU the services then have. A real flash sale's
// clients are not on the server at all. One socket per concurrent request, as with fetch.
const agent = new Agent({ keepAlive: true });

function post(url: URL, headers: Record<string, string>, body: string, timeoutMs: number): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.once('error', reject);
      res.once('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    req.once('error', reject);
    req.end(body);
  });
}

export function gql(url: string, headers: Record<string, string> | (() => Record<string, string>) = {}) {
  const target = new URL(url);
  return async (query: string, variables: Record<string, unknown> = {}, timeoutMs = 120_000): Promise<Result> => {
    const t = performance.now();
    try {
      const res = await post(target, { 'content-type': 'application/json', ...(typeof headers === 'function' ? headers() : headers) }, JSON.stringify({ query, variables }), timeoutMs);
      let body: Omit<Result, 'status' | 'ms'> = {};
      try {
        body = JSON.parse(res.text);
      } catch {
        // not JSON (e.g. a proxy's error page): the status tells
      }
      return { ...body, status: res.status, ms: performance.now() - t };
    } catch (err) {
      return { status: 0, errors: [{ message: (err as Error).message, extensions: { code: 'NETWORK' } }], ms: performance.now() - t };
    }
  };
}

const busy = (r: Result) => r.status === 0 || r.status >= 500 || r.errors?.some((e) => ['UPSTREAM_UNAVAILABLE', 'NETWORK', 'INTERNAL'].includes(e.extensions?.code ?? ''));

/**
 * The data of a setup call that must succeed. A stack still busy with an earlier scenario (503,
 * UPSTREAM_UNAVAILABLE) gets up to 5 more tries, a second apart; anything else fails at once.
 */
export async function must(call: Promise<Result> | (() => Promise<Result>), what: string): Promise<any> {
  const again = typeof call === 'function' ? call : null;
  let r: Result = again ? await again() : await (call as Promise<Result>);
  for (let i = 0; again && busy(r) && i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    r = await again();
  }
  if (r.errors || r.status !== 200) throw new Error(`${what}: HTTP ${r.status} ${JSON.stringify(r.errors)}`);
  return r.data;
}

export const percentile = (values: number[], p: number) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};

export async function adminClient(stack: LoadStack) {
  const login = await must(gql(stack.gateway)(`mutation($i: AdminLoginInput!) { adminLogin(input: $i) { token } }`, { i: { password: PASSWORD } }), 'adminLogin');
  const token = login.adminLogin.token as string;
  return Object.assign(gql(stack.gateway, { authorization: `Bearer ${token}` }), { token });
}
export type Admin = Awaited<ReturnType<typeof adminClient>>;

/** `count` sandbox workspaces of `seats` seats, registered as mothers of a new group; answers the group and workspace ids. */
export async function mothers(stack: LoadStack, admin: Admin, label: string, count: number, seats: number): Promise<{ group: string; teams: string[] }> {
  const group = (await must(() => admin(`mutation($i: CreateMotherGroupInput!) { createMotherGroup(input: $i) { id } }`, { i: { name: label } }), 'group')).createMotherGroup.id as string;
  let next = 0;
  const teams: string[] = [];
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const account = (await (await fetch(`${stack.sandbox}/_sandbox/accounts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ seats }) })).json()) as { accessToken: string; accountIds: string[] };
      teams.push(account.accountIds[0]);
      await must(() => admin(`mutation($i: CreateMotherInput!) { createMother(input: $i) { id } }`, { i: { name: `${label}-${i}`, accessToken: account.accessToken, seatLimit: seats, motherGroupId: group } }), 'createMother');
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return { group, teams };
}

/** Codes in chunks of at most 10,000 for the group. */
export async function codes(admin: Admin, count: number, motherGroupId: string | null): Promise<{ codes: string[]; batchIds: string[] }> {
  const out: string[] = [];
  const batchIds: string[] = [];
  while (out.length < count) {
    const n = Math.min(10_000, count - out.length);
    const res = (await must(() => admin(`mutation($i: GenerateCodesInput!) { generateCodes(input: $i) { batchId codes } }`, { i: { count: n, motherGroupId } }), 'generateCodes')).generateCodes;
    out.push(...res.codes);
    batchIds.push(res.batchId);
  }
  return { codes: out, batchIds };
}

/** CPU seconds (user + system) a process has used so far, from /proc (0 where there is no /proc). */
export function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return 0;
  }
}
