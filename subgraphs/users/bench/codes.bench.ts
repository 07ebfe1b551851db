/**
 * Benchmark: generate 10,000 codes in one `generateCodes` call, then export that batch as CSV
 * (`exportCodes`), through the users subgraph's GraphQL over HTTP with a signed admin identity.
 * SQLite in a temp dir by default; with USERS_DATABASE_URL set, a throwaway PostgreSQL database.
 *
 *   npx tsx subgraphs/users/bench/codes.bench.ts [runs=3]
 */
import { createLogger, signIdentity, type Identity } from '@seatpool/kit';
import { throwawayDatabase } from '@seatpool/kit/testing';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startUsers } from '../src/app';

const COUNT = 10_000;
const RUNS = Number(process.argv[2] ?? 3);
const SECRET = randomBytes(32).toString('base64url');
const PASSWORD = 'bench-admin-password-0123';

type Caller = Omit<Identity, 'iat' | 'nonce' | 'rid' | 'aud' | 'bh'>;

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'seatpool-users-bench-'));
  const pg = process.env.USERS_DATABASE_URL ? await throwawayDatabase(process.env.USERS_DATABASE_URL, 'bench_users') : null;
  const users = await startUsers(
    {
      NODE_ENV: 'test',
      APOLLO_TELEMETRY_DISABLED: '1',
      SEATPOOL_DATA_DIR: dataDir,
      SEATPOOL_SIGNING_SECRET: SECRET,
      SEATPOOL_LOG_LEVEL: 'silent',
      USERS_PORT: '0',
      USERS_MAINTENANCE_INTERVAL_MS: '3600000',
      ADMIN_PASSWORD: PASSWORD,
      ...(pg ? { USERS_DATABASE_URL: pg.url } : {}),
    },
    { logger: createLogger('users', 'silent') },
  );
  const gql = async (query: string, variables: Record<string, unknown>, caller: Caller) => {
    const payload = JSON.stringify({ query, variables });
    const headers = { 'content-type': 'application/json', ...signIdentity(SECRET, { ...caller, rid: `bench-${randomBytes(4).toString('hex')}` }, { audience: 'users', body: payload }) };
    const res = await fetch(users.url, { method: 'POST', headers, body: payload });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  try {
    const anonymous: Caller = { kind: 'anonymous', sub: '', scopes: [], ip: '127.0.0.1' };
    const { token } = (await gql('mutation($p: String!) { adminLogin(input: { password: $p }) { token } }', { p: PASSWORD }, anonymous)).adminLogin;
    const { sessionId } = (await gql('query($t: String!) { verifySession(token: $t) { sessionId } }', { t: token }, { kind: 'service', sub: 'gateway', scopes: [] })).verifySession;
    const admin: Caller = { kind: 'admin', sub: sessionId, scopes: [], ip: '127.0.0.1' };

    const generate: number[] = [];
    const exportMs: number[] = [];
    let bytes = 0;
    for (let run = 0; run < RUNS; run++) {
      let t = performance.now();
      const gen = (await gql('mutation($n: Int!) { generateCodes(input: { count: $n, prefix: "BENCH" }) { batchId codes } }', { n: COUNT }, admin)).generateCodes;
      generate.push(performance.now() - t);
      if (gen.codes.length !== COUNT) throw new Error(`expected ${COUNT} codes, got ${gen.codes.length}`);
      t = performance.now();
      const csv = (await gql('mutation($b: ID) { exportCodes(input: { filter: { batchId: $b } }) { rowCount csv } }', { b: gen.batchId }, admin)).exportCodes;
      exportMs.push(performance.now() - t);
      if (csv.rowCount !== COUNT) throw new Error(`expected ${COUNT} rows, got ${csv.rowCount}`);
      bytes = csv.csv.length;
    }
    const fmt = (xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      return `min ${sorted[0].toFixed(0)} ms, median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms`;
    };
    const db = pg ? 'PostgreSQL' : 'SQLite';
    process.stdout.write(`users codes benchmark (${db}, ${RUNS} run(s), ${COUNT} codes each, node ${process.version})\n`);
    process.stdout.write(`  generateCodes(count: ${COUNT}): ${fmt(generate)}\n`);
    process.stdout.write(`  exportCodes(batch of ${COUNT}) as CSV (${(bytes / 1024).toFixed(0)} KiB): ${fmt(exportMs)}\n`);
  } finally {
    await users.close();
    await pg?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
