import { createOrm, sqlMigration } from '../src/orm';
import { throwawayDatabase } from '../testing';

const baseUrl = process.env.SEATPOOL_TEST_BACKEND === 'postgres' ? process.env.POOL_DATABASE_URL ?? process.env.USERS_DATABASE_URL : undefined;

(baseUrl ? describe : describe.skip)(
  baseUrl ? 'replicas starting together on PostgreSQL' : 'replicas starting together on PostgreSQL (skipped: SEATPOOL_TEST_BACKEND=postgres and a database URL)',
  () => {
    it('migrate one at a time: every replica starts, each migration ran once', async () => {
      const db = await throwawayDatabase(baseUrl!, 'kit_migrate');
      const migrations = [
        { name: 'm1', class: sqlMigration({ sqlite: [], postgresql: ['create table thing (id int primary key)'] }) },
        { name: 'm2', class: sqlMigration({ sqlite: [], postgresql: ['insert into thing (id) values (1)'] }) },
      ];
      try {
        const orms = await Promise.all(
          Array.from({ length: 4 }, () => createOrm({ domain: 'kit', entities: [], migrations, databaseUrl: db.url, dataDir: ':memory:' })),
        );
        const rows = await orms[0].em.getConnection().execute('select count(*)::int as n from thing');
        expect(rows[0].n).toBe(1);
        await Promise.all(orms.map((o) => o.close(true)));
      } finally {
        await db.drop();
      }
    });
  },
);
