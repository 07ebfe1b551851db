// `npm start` serves the built console: build it when dist/ is missing or older than any source.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CONSOLE_DIR = resolve(__dirname, '../../console');
/** What the build reads; a change to any of these makes dist/ stale. */
const SOURCES = ['src', 'index.html', 'admin', 'graphiql', 'public', 'vite.config.ts', 'package.json'];
const BUILT = 'dist/admin/index.html';

function newestMtime(path: string): number {
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0; // not there: never newer
    throw err;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), st.mtimeMs);
}

/** True when the console has no build or a source file changed after it was built. */
export function consoleBuildStale(dir = CONSOLE_DIR): boolean {
  const built = newestMtime(join(dir, BUILT));
  if (!built) return true;
  return SOURCES.some((s) => newestMtime(join(dir, s)) > built);
}

/**
 * Builds the console when stale; a failed build stops `npm start` with vite's own output.
 * Concurrent callers (test files in parallel workers) take turns through a lock directory, and
 * the ones that waited find the build fresh.
 */
export function ensureConsoleBuilt(log: (line: string) => void, dir = CONSOLE_DIR): void {
  if (!consoleBuildStale(dir)) return;
  const lock = join(dir, '.build-lock');
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err; // only an existing lock means "another process builds"
      if (Date.now() > deadline) throw new Error(`${lock} is held for over 5 minutes; remove it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250); // another process builds: wait for it
    }
  }
  try {
    if (consoleBuildStale(dir)) build(log, dir);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function build(log: (line: string) => void, dir: string): void {
  log('[start] building the console (console/dist is missing or older than its sources)…');
  const t0 = Date.now();
  const res = spawnSync('npm', ['run', 'build', '--silent', '--', '--logLevel', 'error'], { cwd: dir, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (res.status !== 0) throw new Error(`the console build failed (exit ${res.status ?? res.signal}); run npm run build -w @seatpool/console to see why`);
  log(`[start] console built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
