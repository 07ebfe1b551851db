import { createOrm } from '@seatpool/kit';
import { usersEntities } from '../src/entities';
import { usersMigrations } from '../src/migrations';
import { pendingSchemaChanges } from '@seatpool/kit/testing';

const postgresUrl = process.env.USERS_DATABASE_URL;

describe('users migrations', () => {
  it('build exactly the schema the entities describe on SQLite', async () => {
    const orm = await createOrm({ domain: 'users', entities: usersEntities, migrations: usersMigrations, dataDir: ':memory:' });
    try {
      expect(await pendingSchemaChanges(orm)).toEqual([]);
      const tables = (await orm.em.getConnection().execute("select name from sqlite_master where type = 'table'")) as { name: string }[];
      expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['redeem_code', 'invite_request', 'admin_session', 'kit_lease']));
    } finally {
      await orm.close(true);
    }
  });

  (postgresUrl ? it : it.skip)('build exactly the schema the entities describe on PostgreSQL (USERS_DATABASE_URL)', async () => {
    const orm = await createOrm({ domain: 'users', entities: usersEntities, migrations: usersMigrations, dataDir: ':memory:', databaseUrl: postgresUrl });
    try {
      expect(await pendingSchemaChanges(orm)).toEqual([]);
    } finally {
      await orm.close(true);
    }
  });
});
