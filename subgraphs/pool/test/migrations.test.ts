import { createOrm, isPostgres, type Orm } from '@seatpool/kit';
import { poolEntities } from '../src/entities';
import { poolMigrations } from '../src/migrations';
import { scratchDatabase } from './support/scratch-pg';

/** The migrations must build exactly what the entities describe: the schema generator then sees no diff. */
async function expectNoDiff(orm: Orm) {
  expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
  // kit_db_owner is the kit's domain-guard marker, written with raw SQL before any migration: no entity describes it.
  // (The generator keeps a reference to this options object, so it is updated in place.)
  Object.assign(orm.config.get('schemaGenerator'), { skipTables: ['kit_db_owner'] });
  expect((await orm.schema.getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
}

describe('pool migrations', () => {
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
    const scratch = await scratchDatabase(pgUrl!, 'pool_migrations');
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
});
