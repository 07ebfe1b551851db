import { createOrm } from '@seatpool/kit';
import { USERS_ENTITIES } from './src/entities';
import { USERS_MIGRATIONS } from './src/migrations';
async function main() {
  for (const databaseUrl of [undefined, 'postgresql://postgres@127.0.0.1:5432/users_scratch2']) {
    const orm = await createOrm({ domain: 'users', entities: USERS_ENTITIES, migrations: USERS_MIGRATIONS, dataDir: ':memory:', databaseUrl });
    orm.config.set('schemaGenerator', { ...orm.config.get('schemaGenerator'), skipTables: ['kit_db_owner'] });
    console.log(databaseUrl, JSON.stringify(await orm.schema.getUpdateSchemaSQL({ wrap: false })));
    await orm.close(true);
  }
}
main();
