import { seededRandom } from '@seatpool/kit';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultBook, faultReply } from './faults';
import { type Reply, controlError, match, readBody, reply, send, upstreamError } from './http';
import { controlRoutes } from './routes-control';
import { upstreamRoutes } from './routes-upstream';
import { sandboxMetrics } from './metrics';
import { loadState, saveState } from './persistence';
import { DEFAULT_PROFILE, ServiceModel, type SandboxProfile } from './profile';
import { SandboxState } from './state';

export interface SandboxOptions {
  /** 0 (the default) picks an ephemeral port. */
  port?: number;
  host?: string;
  /** Where to keep accounts across restarts (JSON); in memory only when absent. */
  stateFile?: string;
  /** Latency, jitter and capacity of the upstream API (default: none, unlimited); `seed` also seeds fault rates. */
  profile?: Partial<SandboxProfile>;
  /**
   * How a request waits out its latency (profile + faults). Default: a timer, woken on close. Tests
   * inject one to see each delay asked for and to decide when it ends, without reading a clock.
   */
  sleep?: (ms: number) => Promise<void>;
}

export interface SandboxHandle {
  url: string;
  port: number;
  close(): Promise<void>;
}

const UPSTREAM_PREFIX = '/backend-api';

/** In-memory stand-in for the ChatGPT Team backend API plus a `/_sandbox` control surface. */
export async function startSandbox(opts: SandboxOptions = {}): Promise<SandboxHandle> {
  const host = opts.host ?? '127.0.0.1';
  const state = new SandboxState();
  const service = new ServiceModel({ ...DEFAULT_PROFILE, ...opts.profile });
  // Its own stream from the profile's seed: fault rolls never shift the jitter sequence.
  const faults = new FaultBook(seededRandom(service.profile.seed ^ 0x5eed));
  const metrics = sandboxMetrics();
  if (opts.stateFile) loadState(state, opts.stateFile);
  let saveTimer: NodeJS.Timeout | undefined;
  const scheduleSave = () => {
    if (!opts.stateFile || saveTimer) return;
    saveTimer = setTimeout(() => {
      saveTimer = undefined;
      saveState(state, opts.stateFile!);
    }, 200);
  };
  // Pending latency sleeps, woken on close so no timer outlives the server.
  const sleepers = new Map<NodeJS.Timeout, () => void>();
  const timerSleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const t = setTimeout(() => {
        sleepers.delete(t);
        resolve();
      }, ms);
      sleepers.set(t, resolve);
    });
  const sleep = opts.sleep ?? timerSleep;

  async function upstream(req: IncomingMessage, url: URL, body: Buffer): Promise<Reply> {
    const method = req.method ?? 'GET';
    const m = match(upstreamRoutes, method, url.pathname);
    const header = req.headers['chatgpt-account-id'];
    const accountHeader = typeof header === 'string' && header ? header : undefined;
    const accountId = m?.params.id ?? url.searchParams.get('account_id') ?? accountHeader;
    if (m) state.countRequest(method, m.route.template, accountId);

    const accountIds = [m?.params.id, url.searchParams.get('account_id'), accountHeader].filter((v): v is string => !!v);
    const free = await service.admit();
    try {
      const decision = faults.pick({ method, path: url.pathname, template: m?.route.template, accountIds });
      const delay = service.delayMs() + decision.latencyMs;
      if (delay > 0) await sleep(delay);
      if (decision.status !== undefined) return faultReply(decision.status, decision.retryAfterS);

      if (!m) return reply(404, { detail: 'Not Found' });
      const auth = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
      const token = auth?.[1] ? state.tokens.get(auth[1]) : undefined;
      if (!token || token.revoked) return upstreamError(401, 'token_invalidated');
      return m.route.handler({ state, token, params: m.params, query: url.searchParams, accountHeader, body });
    } finally {
      free();
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://sandbox');
    } catch {
      return send(res, controlError(400, 'bad_url'));
    }
    if (req.method === 'GET' && url.pathname === '/metrics') return metrics.respond(res);
    const isUpstream = url.pathname === UPSTREAM_PREFIX || url.pathname.startsWith(`${UPSTREAM_PREFIX}/`);
    const body = await readBody(req);
    if (body === null) {
      return send(res, isUpstream ? upstreamError(413, 'payload_too_large') : controlError(413, 'payload_too_large'));
    }
    if (isUpstream) {
      const answer = await upstream(req, url, body);
      metrics.observe(req.method ?? 'GET', match(upstreamRoutes, req.method ?? 'GET', url.pathname)?.route.template, answer.status);
      return send(res, answer);
    }
    const m = match(controlRoutes, req.method ?? 'GET', url.pathname);
    send(res, m ? m.route.handler({ state, faults, service, params: m.params, body }) : controlError(404, 'not_found'));
  }

  const server = createServer((req, res) => {
    if (req.method !== 'GET') scheduleSave();
    handle(req, res).catch((err: unknown) => {
      // Aborted uploads land here too; answer if the socket is still usable, never crash.
      send(res, controlError(500, 'internal_error', err instanceof Error ? err.message : String(err)));
    });
  });

  // Like a real upstream behind a load balancer: idle connections outlive the client's keep-alive,
  // and a burst of new connections queues (backlog 2048) instead of overflowing.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, 2048, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (saveTimer) {
          clearTimeout(saveTimer);
          saveTimer = undefined;
          saveState(state, opts.stateFile!);
        }
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
        for (const [t, wake] of sleepers) {
          clearTimeout(t);
          wake();
        }
        sleepers.clear();
        service.drain();
      }),
  };
}
