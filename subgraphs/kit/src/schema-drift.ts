import type { Orm } from './orm';

/**
 * What MikroORM's schema generator would still change after the migrations. `kit_db_owner` is
 * the kit's ownership marker, created outside any entity, so its "drop" is not drift.
 */
export async function pendingSchemaChanges(orm: Orm): Promise<string[]> {
  const sql = await orm.schema.getUpdateSchemaSQL({ wrap: false });
  return sql
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.includes('kit_db_owner'));
}
