/**
 * `npm start`: sandbox upstream, users, pool, stats and gateway as child processes, each waited
 * for, then the URL (and a generated admin password) printed; Ctrl-C stops everything.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { ensureConsoleBuilt } from './start/console-build';
import { seedDemo } from './start/demo-seed';
import { childEnv, serviceGroups, type ServiceSpec } from './start/services';
import { waitReady } from './start/wait-ready';

const root = resolve(__dirname, '..');
const tsx = resolve(root, 'node_modules/.bin/tsx');
const env: NodeJS.ProcessEnv = {
  APOLLO_TELEMETRY_DISABLED: '1',
  SEATPOOL_DATA_DIR: resolve(root, '.data'),
  ...process.env,
};
// One secret per run unless configured: every process of this run shares it, nobody else knows it.
env.SEATPOOL_SIGNING_SECRET ??= randomBytes(32).toString('base64url');
// The sandbox keeps its accounts next to the databases, so seeded mothers survive a restart.
env.SANDBOX_STATE_FILE ??= resolve(env.SEATPOOL_DATA_DIR!, 'sandbox-state.json');
const usesSandbox = !env.POOL_UPSTREAM_URL;
const demo = (env.SEATPOOL_DEMO ?? (usesSandbox ? '1' : '0')) === '1';

const children: { spec: ServiceSpec; proc: ChildProcess; exited: boolean }[] = [];
let generatedPassword: string | undefined;
let stopping = false;

function launch(spec: ServiceSpec) {
  const proc = spawn(tsx, [spec.entry], { env: childEnv(env, spec), stdio: ['ignore', 'pipe', 'pipe'] });
  const entry = { spec, proc, exited: false };
  children.push(entry);
  // The users service prints a generated admin password once; keep it out of the log stream.
  createInterface({ input: proc.stdout! }).on('line', (line) => {
    const m = /ADMIN PASSWORD[^:]*:\s*(\S+)/.exec(line);
    if (m) generatedPassword = m[1];
    else process.stdout.write(`${line}\n`);
  });
  createInterface({ input: proc.stderr! }).on('line', (line) => process.stderr.write(`[${spec.name}] ${line}\n`));
  proc.on('exit', (code, signal) => {
    entry.exited = true;
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
  for (const group of serviceGroups(env)) {
    const started = group.filter((s) => s.name !== 'sandbox' || usesSandbox).map(launch);
    await Promise.all(started.map((c) => waitReady(c.spec.readyUrl, 60_000, () => c.exited)));
  }
  const host = env.SEATPOOL_HOST ?? '127.0.0.1';
  let demoCodes: string[] | null = null;
  if (demo && usesSandbox) {
    demoCodes = await seedDemo({
      secret: env.SEATPOOL_SIGNING_SECRET!,
      poolUrl: `http://${host}:${env.POOL_PORT ?? 4002}/graphql`,
      usersUrl: `http://${host}:${env.USERS_PORT ?? 4001}/graphql`,
      sandboxUrl: `http://${host}:${env.SANDBOX_PORT ?? 4010}`,
    });
  }
  const lines = [
    '',
    `seatpool is ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    `  console:  http://${host}:${env.GATEWAY_PORT ?? 4000}/admin/   (redeem page: http://${host}:${env.GATEWAY_PORT ?? 4000}/)`,
    `  GraphQL:  http://${host}:${env.GATEWAY_PORT ?? 4000}/graphql`,
    `  data:     ${env.SEATPOOL_DATA_DIR}`,
    generatedPassword ? `  admin password (generated, shown once): ${generatedPassword}` : '  admin password: as configured (ADMIN_PASSWORD) or set on first start',
    demoCodes ? `  demo codes: ${demoCodes.join('  ')}` : '',
    '  Ctrl-C stops everything.',
    '',
  ];
  process.stdout.write(lines.filter((l) => l !== '').join('\n') + '\n');
}

main().catch((err) => {
  process.stderr.write(`[start] ${err?.message ?? err}\n`);
  void stop(1);
});
