import { createOrm, isPostgres, type Orm } from '@seatpool/kit';
import { poolEntities } from '../src/entities';
import { poolMigrations } from '../src/migrations';
import { pendingSchemaChanges, throwawayDatabase } from '@seatpool/kit/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The migrations must build exactly what the entities describe: the schema generator then sees no diff. */
async function expectNoDiff(orm: Orm) {
  expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
  expect(await pendingSchemaChanges(orm)).toEqual([]);
}

/** A database at the initial migration with rows in it, then every later migration on top. */
async function upgradeWithData(open: (migrations: typeof poolMigrations) => Promise<Orm>) {
  const initial = await open(poolMigrations.slice(0, 1));
  const conn = initial.em.getConnection();
  const now = new Date();
  for (const [id, name] of [['00000000-0000-4000-8000-000000000001', 'Dup'], ['00000000-0000-4000-8000-000000000002', 'dup'], ['00000000-0000-4000-8000-000000000003', 'Solo']]) {
    await conn.execute('insert into mother (id, name, status, token_ciphertext, seat_limit, created_at) values (?, ?, ?, ?, ?, ?)', [id, name, 'active', 'x', 1, now]);
    await conn.execute('insert into seat (mother_id, slot_index, status, email, team_id, placement_key) values (?, 0, ?, ?, ?, ?)', [id, 'used', `${name}@x.io`, `t-${name}`, `k-${id}`]);
  }
  await initial.close(true);
  const upgraded = await open(poolMigrations);
  try {
    const mothers: { name: string; name_key: string | null }[] = await upgraded.em.getConnection().execute('select name, name_key from mother order by id');
    expect(mothers).toEqual([{ name: 'Dup', name_key: 'dup' }, { name: 'dup', name_key: null }, { name: 'Solo', name_key: 'solo' }]);
    const origins: { origin: string }[] = await upgraded.em.getConnection().execute('select origin from seat');
    expect(origins.map((r) => r.origin)).toEqual(['placement', 'placement', 'placement']);
    await expectNoDiff(upgraded);
  } finally {
    await upgraded.close(true);
  }
}

describe('pool migrations', () => {
  it('upgrade a SQLite database with rows from the initial schema (name keys backfilled once per name)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pool-mig-'));
    try {
      await upgradeWithData((migrations) => createOrm({ domain: 'pool', entities: poolEntities, migrations, dataDir: dir }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leave no schema diff on SQLite', async () => {
    const orm = await createOrm({ domain: 'pool', entities: poolEntities, migrations: poolMigrations, dataDir: ':memory:' });
    try {
      expect(isPostgres(orm)).toBe(false);
      await expectNoDiff(orm);
    } finally {
      await orm.close(true);
    }
  });

  const pgUrl = process.env.POOL_DATABASE_URL;
  (pgUrl ? it : it.skip)('leave no schema diff on PostgreSQL (POOL_DATABASE_URL, in a scratch database)', async () => {
    const scratch = await throwawayDatabase(pgUrl!, 'pool_migrations');
    try {
      const orm = await createOrm({ domain: 'pool', entities: poolEntities, migrations: poolMigrations, dataDir: ':memory:', databaseUrl: scratch.url });
      try {
        expect(isPostgres(orm)).toBe(true);
        await expectNoDiff(orm);
      } finally {
        await orm.close(true);
      }
    } finally {
      await scratch.drop();
    }
  });

  (pgUrl ? it : it.skip)('upgrade a PostgreSQL database with rows from the initial schema', async () => {
    const scratch = await throwawayDatabase(pgUrl!, 'pool_upgrade');
    try {
      await upgradeWithData((migrations) => createOrm({ domain: 'pool', entities: poolEntities, migrations, dataDir: ':memory:', databaseUrl: scratch.url }));
    } finally {
      await scratch.drop();
    }
  });
});
