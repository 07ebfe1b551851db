import { MikroORM } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Lease } from '@seatpool/kit';
import { poolEntities } from './src/entities';

async function main() {
  const common = { entities: [...poolEntities, Lease], allowGlobalContext: true, forceUtcTimezone: true, discovery: { warnWhenNoEntities: false } };
  const s = await MikroORM.init({ ...common, driver: BetterSqliteDriver, dbName: ':memory:' });
  console.log('--- sqlite');
  console.log(await s.schema.getCreateSchemaSQL({ wrap: false }));
  await s.close();
  const pg = await MikroORM.init({ ...common, driver: PostgreSqlDriver, clientUrl: 'postgresql://postgres@127.0.0.1:5432/pool_scratch' });
  console.log('--- postgresql');
  console.log(await pg.schema.getCreateSchemaSQL({ wrap: false }));
  await pg.close();
}
main();
