/**
 * `npm start`: sandbox upstream, users, pool, stats, notify and gateway as child processes, each waited
 * for, then the URL (and a generated admin password) printed; Ctrl-C stops everything.
 * Ports, cross-service URLs and the sandbox/demo decision come from `start/plan.ts`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { ensureConsoleBuilt } from './start/console-build';
import { formatBanner } from './start/banner';
import { seedDemo } from './start/demo-seed';
import { planStart, StartConfigError } from './start/plan';
import { childEnv, serviceGroups, type ServiceSpec } from './start/services';
import { LineTail, waitReady } from './start/wait-ready';

const root = resolve(__dirname, '..');
const tsx = resolve(root, 'node_modules/.bin/tsx');
let plan: ReturnType<typeof planStart>;
try {
  plan = planStart({ APOLLO_TELEMETRY_DISABLED: '1', SEATPOOL_DATA_DIR: resolve(root, '.data'), ...process.env });
} catch (err) {
  if (!(err instanceof StartConfigError)) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exit(78);
}
const env = plan.env;
// One secret per run unless configured: every process of this run shares it, nobody else knows it.
env.SEATPOOL_SIGNING_SECRET ??= randomBytes(32).toString('base64url');
// The sandbox keeps its accounts next to the databases, so seeded mothers survive a restart.
env.SANDBOX_STATE_FILE ??= resolve(env.SEATPOOL_DATA_DIR!, 'sandbox-state.json');
const usesSandbox = plan.sandbox;
const demo = plan.demo;

const children: { spec: ServiceSpec; proc: ChildProcess; exited: boolean; exit?: { code: number | null; signal: NodeJS.Signals | null }; tail: LineTail }[] = [];
let generatedPassword: string | undefined;
let stopping = false;

function launch(spec: ServiceSpec) {
  const proc = spawn(tsx, [spec.entry], { env: childEnv(env, spec), stdio: ['ignore', 'pipe', 'pipe'] });
  const entry: (typeof children)[number] = { spec, proc, exited: false, tail: new LineTail() };
  children.push(entry);
  // The users service prints a generated admin password once; keep it out of the log stream.
  createInterface({ input: proc.stdout! }).on('line', (line) => {
    const m = /ADMIN PASSWORD[^:]*:\s*(\S+)/.exec(line);
    if (m) generatedPassword = m[1];
    else {
      entry.tail.push(line);
      process.stdout.write(`${line}\n`);
    }
  });
  createInterface({ input: proc.stderr! }).on('line', (line) => {
    entry.tail.push(line);
    process.stderr.write(`[${spec.name}] ${line}\n`);
  });
  proc.on('exit', (code, signal) => {
    entry.exited = true;
    entry.exit = { code, signal };
    if (!stopping) {
      process.stderr.write(`[start] ${spec.name} exited (${signal ?? code}); stopping everything\n`);
      void stop(1);
    }
  });
  return entry;
}

async function stop(exitCode: number) {
  if (stopping) return;
  stopping = true;
  for (const c of [...children].reverse()) if (!c.exited) c.proc.kill('SIGTERM');
  const deadline = Date.now() + 5_000;
  while (children.some((c) => !c.exited) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  for (const c of children) if (!c.exited) c.proc.kill('SIGKILL');
  process.exit(exitCode);
}

async function main() {
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  const t0 = Date.now();
  mkdirSync(env.SEATPOOL_DATA_DIR!, { recursive: true });
  ensureConsoleBuilt((line) => process.stdout.write(`${line}\n`));
  for (const note of plan.notes) process.stderr.write(`[start] ${note}\n`);
  for (const group of serviceGroups(env)) {
    const started = group.filter((s) => s.name !== 'sandbox' || usesSandbox).map(launch);
    await Promise.all(
      started.map((c) => waitReady(c.spec.readyUrl, plan.readyTimeoutMs, { name: c.spec.name, exit: () => c.exit, lastLines: () => c.tail.get() })),
    );
  }
  const { host, ports } = plan;
  let demoCodes: string[] | null = null;
  if (demo && usesSandbox) {
    demoCodes = await seedDemo({
      secret: env.SEATPOOL_SIGNING_SECRET!,
      poolUrl: env.GATEWAY_POOL_URL!,
      usersUrl: env.GATEWAY_USERS_URL!,
      sandboxUrl: `http://${host}:${ports.sandbox}`,
    });
  }
  const lines = [
    `seatpool is ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    `  console:  http://${host}:${ports.gateway}/admin/   (redeem page: http://${host}:${ports.gateway}/)`,
    `  GraphQL:  http://${host}:${ports.gateway}/graphql`,
    `  data:     ${env.SEATPOOL_DATA_DIR}`,
    generatedPassword ? `  admin password (generated, shown once): ${generatedPassword}` : '  admin password: as configured (ADMIN_PASSWORD) or set on first start',
    demoCodes ? `  demo codes: ${demoCodes.join('  ')}` : '',
    usesSandbox ? `  sandbox:  http://${host}:${ports.sandbox} (pool's upstream: ${env.POOL_UPSTREAM_URL})` : `  upstream: ${env.POOL_UPSTREAM_URL ?? 'pool default'} (no sandbox, no demo data)`,
    '  Ctrl-C stops everything.',
  ];
  process.stdout.write(formatBanner(lines));
}

main().catch((err) => {
  process.stderr.write(`[start] ${err?.message ?? err}\n`);
  void stop(1);
});
