import { MikroORM } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { Lease } from '@seatpool/kit';
import { USERS_ENTITIES } from './src/entities';
async function main() {
  const orm = await MikroORM.init({ entities: [...USERS_ENTITIES, Lease], driver: BetterSqliteDriver, dbName: ':memory:', allowGlobalContext: true });
  await orm.schema.createSchema();
  console.log(await orm.schema.getUpdateSchemaSQL({ wrap: false }));
  console.log(await orm.em.getConnection().execute("select sql from sqlite_master where name='redeem_code'"));
  await orm.close(true);
}
main();
