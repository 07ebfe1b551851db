import { Client } from 'pg';
import { randomBytes } from 'node:crypto';

/**
 * A throwaway database on the server of `serverUrl` (tests run on PostgreSQL when
 * POOL_DATABASE_URL is set). Returns its URL and a drop function.
 */
export async function scratchDatabase(serverUrl: string, prefix = 'pool_test') {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
