/**
 * Bulk import benchmark: 1,000 mothers pasted as text, imported through the pool subgraph over HTTP
 * (signed admin identity), against the in-process sandbox upstream. Prints one JSON line.
 *
 *   npx tsx subgraphs/pool/bench/import.bench.ts                  # SQLite in a temp dir
 *   POOL_DATABASE_URL=postgres://… npx tsx subgraphs/pool/bench/import.bench.ts   # a scratch PostgreSQL database
 *   BENCH_MOTHERS=500 BENCH_CONCURRENCY=16 npx tsx …              # other sizes
 */
import { createLogger, signIdentity } from '@seatpool/kit';
import { throwawayDatabase } from '@seatpool/kit/testing';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPool } from '../src/app';
import { startSandbox } from '../src/provider/sandbox/server';

const MOTHERS = Number(process.env.BENCH_MOTHERS ?? 1000);
const IMPORT = `mutation ($input: ImportMothersInput!) { importMothers(input: $input) { total valid created updated failed lines { status detail } } }`;

async function main() {
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  const secret = randomBytes(32).toString('base64url');
  const dataDir = mkdtempSync(join(tmpdir(), 'pool-bench-'));
  const db = process.env.POOL_DATABASE_URL ? await throwawayDatabase(process.env.POOL_DATABASE_URL, 'bench') : undefined;
  const sandbox = await startSandbox({ port: 0 });
  const pool = await startPool(
    {
      NODE_ENV: 'test', POOL_PORT: '0', SEATPOOL_DATA_DIR: dataDir, SEATPOOL_SIGNING_SECRET: secret, POOL_UPSTREAM_URL: `${sandbox.url}/backend-api`,
      POOL_MAINTENANCE_INTERVAL_MS: '3600000', POOL_IMPORT_CONCURRENCY: process.env.BENCH_CONCURRENCY ?? '8',
      ...(db ? { POOL_DATABASE_URL: db.url } : {}),
    },
    { logger: createLogger('pool-bench', 'warn') },
  );
  try {
    const lines: string[] = [];
    for (let i = 0; i < MOTHERS; i++) {
      const res = await fetch(`${sandbox.url}/_sandbox/accounts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ seats: 7 }) });
      const { accessToken } = (await res.json()) as { accessToken: string };
      lines.push(`bench-mother-${i}@example.com---${accessToken}---bench`);
    }
    const content = lines.join('\n');
    const call = async (dryRun: boolean) => {
      const started = performance.now();
      const payload = JSON.stringify({ query: IMPORT, variables: { input: { content, dryRun } } });
      const res = await fetch(pool.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signIdentity(secret, { kind: 'admin', sub: 'bench', scopes: [], rid: 'bench' }, { audience: 'pool', body: payload }) },
        body: payload,
      });
      const body = (await res.json()) as { data?: { importMothers: Record<string, number> }; errors?: unknown };
      if (body.errors || !body.data) throw new Error(`import failed: ${JSON.stringify(body.errors).slice(0, 500)}`);
      const { total, valid, created, updated, failed } = body.data.importMothers;
      return { ms: Math.round(performance.now() - started), total, valid, created, updated, failed };
    };
    const dryRun = await call(true);
    const first = await call(false);
    const again = await call(false);
    const result = {
      bench: 'pool import (text)', mothers: MOTHERS, database: db ? 'postgresql' : 'sqlite', contentBytes: Buffer.byteLength(content),
      dryRun, import: { ...first, mothersPerSecond: Math.round((first.created * 1000) / first.ms) }, reimport: again,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    if (first.created !== MOTHERS || again.updated !== MOTHERS) process.exitCode = 1;
  } finally {
    await pool.close();
    await sandbox.close();
    await db?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
