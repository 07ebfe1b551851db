/**
 * What `npm start` runs and where: one place that turns the `*_PORT` variables into every URL the
 * services use to find each other, decides whether the sandbox and the demo data run, and refuses
 * ports the stack cannot use — before any process starts.
 */

/** Each service's port variable and default. Moving a port moves every URL that points at it. */
export const PORTS = {
  gateway: { variable: 'GATEWAY_PORT', fallback: 4000 },
  users: { variable: 'USERS_PORT', fallback: 4001 },
  pool: { variable: 'POOL_PORT', fallback: 4002 },
  stats: { variable: 'STATS_PORT', fallback: 4003 },
  notify: { variable: 'NOTIFY_PORT', fallback: 4004 },
  sandbox: { variable: 'SANDBOX_PORT', fallback: 4010 },
} as const;
export type ServiceName = keyof typeof PORTS;

/**
 * Ports `fetch` refuses to connect to ("bad port", WHATWG Fetch §2.9 "port blocking"). Every
 * service of the stack talks to the others through `fetch`, so a service on one of them is
 * unreachable even though it listens.
 */
export const FETCH_BAD_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111,
  113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548,
  554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566,
  6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

export class StartConfigError extends Error {}

export interface StartPlan {
  /** The environment every child is derived from, with the cross-service URLs filled in. */
  env: NodeJS.ProcessEnv;
  host: string;
  ports: Record<ServiceName, number>;
  /** Whether the sandbox upstream runs (and pool talks to it). */
  sandbox: boolean;
  /** Whether demo mothers and codes are seeded into empty databases. */
  demo: boolean;
  /** How long each service may take to answer /readyz (SEATPOOL_START_TIMEOUT_MS). */
  readyTimeoutMs: number;
  /** One line per decision worth telling the operator (printed before the services start). */
  notes: string[];
}

const flag = (v: string | undefined): boolean | undefined => {
  if (v === undefined || v === '') return undefined;
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new StartConfigError(`expected 1/0/true/false, got "${v}"`);
};

/**
 * Derives the run from the caller's environment. Explicitly set URLs (GATEWAY_USERS_URL, …,
 * USERS_POOL_URL, NOTIFY_POOL_URL, NOTIFY_USERS_URL, POOL_UPSTREAM_URL) always win over derived ones.
 */
export function planStart(input: NodeJS.ProcessEnv): StartPlan {
  const env: NodeJS.ProcessEnv = { ...input };
  const host = env.SEATPOOL_HOST || '127.0.0.1';
  const problems: string[] = [];
  const notes: string[] = [];

  const ports = {} as Record<ServiceName, number>;
  for (const [name, { variable, fallback }] of Object.entries(PORTS) as [ServiceName, (typeof PORTS)[ServiceName]][]) {
    const raw = env[variable];
    const port = raw === undefined || raw === '' ? fallback : Number(raw);
    if (!Number.isInteger(port) || port < 1 || port > 65535) problems.push(`${variable}=${raw}: not a port (1–65535)`);
    else if (FETCH_BAD_PORTS.has(port)) problems.push(`${variable}=${port}: fetch refuses this port ("bad port"); the other services could not reach ${name}`);
    ports[name] = port;
  }

  const rawTimeout = env.SEATPOOL_START_TIMEOUT_MS;
  const readyTimeoutMs = rawTimeout ? Number(rawTimeout) : 120_000;
  if (!Number.isInteger(readyTimeoutMs) || readyTimeoutMs < 1_000) problems.push(`SEATPOOL_START_TIMEOUT_MS=${rawTimeout}: whole milliseconds ≥ 1000`);

  let sandbox: boolean;
  let demo: boolean;
  try {
    // Explicit choice first; without one the sandbox runs unless pool was pointed at a real upstream.
    sandbox = flag(env.SEATPOOL_SANDBOX) ?? !env.POOL_UPSTREAM_URL;
    demo = flag(env.SEATPOOL_DEMO) ?? sandbox;
  } catch (err) {
    throw new StartConfigError(`SEATPOOL_SANDBOX / SEATPOOL_DEMO: ${(err as Error).message}`);
  }
  if (demo && !sandbox) problems.push('SEATPOOL_DEMO=1 needs the sandbox upstream (its accounts are the demo mothers); set SEATPOOL_SANDBOX=1 or SEATPOOL_DEMO=0');

  const running = (Object.keys(PORTS) as ServiceName[]).filter((n) => n !== 'sandbox' || sandbox);
  const taken = new Map<number, ServiceName>();
  for (const name of running) {
    const other = taken.get(ports[name]);
    if (other) problems.push(`${PORTS[name].variable} and ${PORTS[other].variable} are both ${ports[name]}`);
    taken.set(ports[name], name);
  }
  if (problems.length) throw new StartConfigError(`npm start: invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);

  const url = (name: ServiceName, path: string) => `http://${host}:${ports[name]}${path}`;
  env.GATEWAY_USERS_URL ||= url('users', '/graphql');
  env.GATEWAY_POOL_URL ||= url('pool', '/graphql');
  env.GATEWAY_STATS_URL ||= url('stats', '/graphql');
  env.GATEWAY_NOTIFY_URL ||= url('notify', '/graphql');
  env.USERS_POOL_URL ||= url('pool', '/graphql');
  env.NOTIFY_POOL_URL ||= url('pool', '/graphql');
  env.NOTIFY_USERS_URL ||= url('users', '/graphql');
  if (sandbox) {
    env.SANDBOX_HOST ||= host;
    if (env.POOL_UPSTREAM_URL) notes.push(`sandbox upstream runs on ${ports.sandbox}, but pool uses POOL_UPSTREAM_URL=${env.POOL_UPSTREAM_URL}`);
    env.POOL_UPSTREAM_URL ||= url('sandbox', '/backend-api');
  } else {
    notes.push(
      env.SEATPOOL_SANDBOX
        ? `sandbox upstream off (SEATPOOL_SANDBOX=${env.SEATPOOL_SANDBOX}); pool uses ${env.POOL_UPSTREAM_URL ?? 'its default upstream'}`
        : `sandbox upstream and demo data off: POOL_UPSTREAM_URL is set (${env.POOL_UPSTREAM_URL}); SEATPOOL_SANDBOX=1 runs the sandbox anyway`,
    );
  }
  return { env, host, ports, sandbox, demo, readyTimeoutMs, notes };
}
