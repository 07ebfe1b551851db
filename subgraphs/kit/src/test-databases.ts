import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * For tests on PostgreSQL: creates an empty throwaway database on the server of `baseUrl` and
 * returns its URL plus a drop function, so parallel test files never see each other's rows.
 */
export async function throwawayDatabase(baseUrl: string, label: string) {
  const name = `seatpool_t_${label.replace(/[^a-z0-9]/gi, '').toLowerCase().slice(0, 20)}_${randomBytes(4).toString('hex')}`;
  const admin = new URL(baseUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new Client({ connectionString: admin.toString() });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** A backend for a kit test: none for the embedded SQLite, else a throwaway PostgreSQL database. */
export type TestBackend = [name: string, database: () => Promise<{ url?: string; drop?: () => Promise<void> }>];

/**
 * `describe.each` rows for kit tests that hold on both backends: SQLite always, PostgreSQL too when
 * CI's PostgreSQL pass sets `USERS_DATABASE_URL` (a throwaway database labelled `label`).
 */
export function testBackends(label: string): TestBackend[] {
  const out: TestBackend[] = [['SQLite', async () => ({})]];
  const base = process.env.USERS_DATABASE_URL;
  if (base) out.push(['PostgreSQL', () => throwawayDatabase(base, label)]);
  return out;
}
