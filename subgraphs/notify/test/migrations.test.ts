import { createOrm, isPostgres, type Orm } from '@seatpool/kit';
import { pendingSchemaChanges, throwawayDatabase } from '@seatpool/kit/testing';
import { notifyEntities } from '../src/entities';
import { notifyMigrations } from '../src/migrations';

/** The migrations must build exactly what the entities describe: the schema generator then sees no diff. */
async function expectNoDiff(orm: Orm) {
  expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
  expect(await pendingSchemaChanges(orm)).toEqual([]);
}

describe('notify migrations', () => {
  it('leave no schema diff on SQLite', async () => {
    const orm = await createOrm({ domain: 'notify', entities: notifyEntities, migrations: notifyMigrations, dataDir: ':memory:' });
    try {
      expect(isPostgres(orm)).toBe(false);
      await expectNoDiff(orm);
    } finally {
      await orm.close(true);
    }
  });

  const pgUrl = process.env.NOTIFY_DATABASE_URL;
  (pgUrl ? it : it.skip)('leave no schema diff on PostgreSQL (NOTIFY_DATABASE_URL, in a scratch database)', async () => {
    const scratch = await throwawayDatabase(pgUrl!, 'notify_migrations');
    try {
      const orm = await createOrm({ domain: 'notify', entities: notifyEntities, migrations: notifyMigrations, dataDir: ':memory:', databaseUrl: scratch.url });
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
