import { MikroORM } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Lease } from '@seatpool/kit';
import { USERS_ENTITIES } from './src/entities';

async function main() {
  const common = { entities: [...USERS_ENTITIES, Lease], forceUtcTimezone: true, allowGlobalContext: false, discovery: { warnWhenNoEntities: false } } as const;
  const s = await MikroORM.init({ ...common, driver: BetterSqliteDriver, dbName: ':memory:' });
  console.log('--- sqlite\n' + (await s.schema.getCreateSchemaSQL({ wrap: false })));
  await s.close(true);
  const pg = await MikroORM.init({ ...common, driver: PostgreSqlDriver, clientUrl: 'postgresql://postgres@127.0.0.1:5432/users_scratch' });
  console.log('--- postgresql\n' + (await pg.schema.getCreateSchemaSQL({ wrap: false })));
  await pg.close(true);
}
main();
