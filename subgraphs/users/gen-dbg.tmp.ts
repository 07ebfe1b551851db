import { createOrm } from '@seatpool/kit';
import { DatabaseSchema, SchemaComparator } from '@mikro-orm/knex';
import { USERS_ENTITIES } from './src/entities';
import { USERS_MIGRATIONS } from './src/migrations';
async function main() {
  const orm = await createOrm({ domain: 'users', entities: USERS_ENTITIES, migrations: USERS_MIGRATIONS, dataDir: ':memory:' });
  const platform: any = orm.em.getPlatform();
  const conn: any = orm.em.getConnection();
  const meta = orm.getMetadata().getAll();
  const to = DatabaseSchema.fromMetadata(Object.values(meta) as any, platform, orm.config as any, undefined);
  const from = await DatabaseSchema.create(conn, platform, orm.config as any, undefined, undefined, undefined, undefined);
  const diff = new SchemaComparator(platform).compare(from, to);
  for (const [k, t] of Object.entries(diff.changedTables)) console.log(k, JSON.stringify({...t, fromTable: undefined, toTable: undefined}, null, 1).slice(0, 3000));
  await orm.close(true);
}
main();
