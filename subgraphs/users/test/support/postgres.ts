import { MikroORM } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';

/** A fresh, uniquely named database on the server of `baseUrl`, dropped again by `drop()`. */
export async function scratchPostgres(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `users_test_${randomBytes(6).toString('hex')}`;
  const admin = new URL(baseUrl);
  admin.pathname = '/postgres';
  const run = async (sql: string) => {
    const orm = await MikroORM.init({ driver: PostgreSqlDriver, clientUrl: admin.toString(), entities: [], discovery: { warnWhenNoEntities: false } });
    try {
      await orm.em.getConnection().execute(sql);
    } finally {
      await orm.close(true);
    }
  };
  await run(`create database "${name}"`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists "${name}" with (force)`) };
}
