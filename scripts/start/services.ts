import { resolve } from 'node:path';
import { PORTS } from './plan';

const root = resolve(__dirname, '../..');

export interface ServiceSpec {
  name: string;
  entry: string;
  /** Environment prefixes this service may see (STRICT_DOMAIN_GUARD: no other domain's settings). */
  prefixes: string[];
  readyUrl: string;
}

/** The six processes of `npm start`, in start order groups (each group starts in parallel). */
export function serviceGroups(env: NodeJS.ProcessEnv): ServiceSpec[][] {
  const host = env.SEATPOOL_HOST || '127.0.0.1';
  const at = (name: keyof typeof PORTS) => `http://${host}:${Number(env[PORTS[name].variable] || PORTS[name].fallback)}/readyz`;
  return [
    [{ name: 'sandbox', entry: 'subgraphs/pool/src/provider/sandbox/main.ts', prefixes: ['SANDBOX_'], readyUrl: at('sandbox') }],
    [
      { name: 'users', entry: 'subgraphs/users/src/main.ts', prefixes: ['USERS_', 'ADMIN_PASSWORD'], readyUrl: at('users') },
      { name: 'pool', entry: 'subgraphs/pool/src/main.ts', prefixes: ['POOL_'], readyUrl: at('pool') },
      { name: 'stats', entry: 'subgraphs/stats/src/main.ts', prefixes: ['STATS_'], readyUrl: at('stats') },
      { name: 'notify', entry: 'subgraphs/notify/src/main.ts', prefixes: ['NOTIFY_'], readyUrl: at('notify') },
    ],
    [{ name: 'gateway', entry: 'gateway/src/main.ts', prefixes: ['GATEWAY_'], readyUrl: at('gateway') }],
  ].map((group) => group.map((s) => ({ ...s, entry: resolve(root, s.entry) })));
}

const SHARED = ['PATH', 'HOME', 'NODE_ENV', 'NODE_OPTIONS', 'TZ', 'LANG', 'TMPDIR', 'APOLLO_TELEMETRY_DISABLED', 'STRICT_DOMAIN_GUARD'];

/**
 * V8 flags of every service process. A young generation of up to 32 MB per semi-space (V8's
 * default is 16): a request allocates short-lived objects at a high rate, so with the default the
 * scavenger runs twice as often and copies more of what is still in flight. In bench:load's
 * 500-redeem burst on PostgreSQL it cut the services' CPU per redeem by about 8 % (users + pool +
 * gateway 9.5 against 10.4 ms, two alternating runs each; docs/architecture/LOAD.md). The space
 * grows only under that pressure.
 */
export const SERVICE_NODE_FLAGS = ['--max-semi-space-size=32'];

/** Only the shared settings, SEATPOOL_* and the service's own prefixes reach a child process (plus SERVICE_NODE_FLAGS in NODE_OPTIONS). */
export function childEnv(env: NodeJS.ProcessEnv, spec: ServiceSpec): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) {
    if (SHARED.includes(k) || k.startsWith('SEATPOOL_') || spec.prefixes.some((p) => k.startsWith(p))) out[k] = v;
  }
  // An operator's own NODE_OPTIONS come last, so theirs win.
  out.NODE_OPTIONS = [...SERVICE_NODE_FLAGS, ...(env.NODE_OPTIONS ? [env.NODE_OPTIONS] : [])].join(' ');
  return out;
}
