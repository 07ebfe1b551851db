import { MikroORM, type EntitySchema, type Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migration, Migrator } from '@mikro-orm/migrations';
import { mkdirSync } from 'node:fs';
import { Client } from 'pg';
import { join, resolve } from 'node:path';
import { defaultDbPoolMax } from './config';
import type { Logger } from './logger';
import { Lease } from './lease.entity';
import { claimDatabase } from './domain-guard';

export type Orm = MikroORM;
export type MigrationEntry = { name: string; class: new (...args: any[]) => Migration };

export interface OrmOptions {
  /** Domain name; names the SQLite file (`<dataDir>/<domain>.sqlite`). */
  domain: string;
  /** Exactly the domain's own entities: the ORM knows nothing else. */
  entities: EntitySchema<any, any>[];
  migrations: MigrationEntry[];
  /** PostgreSQL URL; when absent the embedded SQLite file is used. */
  databaseUrl?: string;
  /** `:memory:` gives a private in-memory SQLite database (tests). */
  dataDir: string;
  logger?: Logger;
  /** STRICT_DOMAIN_GUARD: refuse a database another domain has claimed. */
  strictGuard?: boolean;
  /** PostgreSQL: connections in this process's pool (default `defaultDbPoolMax()`). */
  poolMax?: number;
  /** SQLite: `normal` (default) or `full`; see `ormTuning`. */
  sqliteSynchronous?: 'normal' | 'full';
}

/** The database knobs of `SEATPOOL_DB_POOL_MAX` and `SEATPOOL_SQLITE_SYNCHRONOUS` (commonConfigSchema). */
export function ormTuning(config: { SEATPOOL_DB_POOL_MAX: number; SEATPOOL_SQLITE_SYNCHRONOUS: 'normal' | 'full' }): Pick<OrmOptions, 'poolMax' | 'sqliteSynchronous'> {
  return { poolMax: config.SEATPOOL_DB_POOL_MAX, sqliteSynchronous: config.SEATPOOL_SQLITE_SYNCHRONOUS };
}

/** Where a domain's data lives, for logs and the domain guard (never includes a password). */
export function describeDatabase(opts: Pick<OrmOptions, 'domain' | 'databaseUrl' | 'dataDir'>): string {
  if (opts.databaseUrl) {
    const u = new URL(opts.databaseUrl);
    return `postgresql://${u.hostname}:${u.port || 5432}${u.pathname}`;
  }
  return opts.dataDir === ':memory:' ? ':memory:' : `sqlite:${resolve(opts.dataDir, `${opts.domain}.sqlite`)}`;
}

/** Boots MikroORM for one domain and applies its pending migrations. */
export async function createOrm(opts: OrmOptions): Promise<Orm> {
  const common: Partial<Options> = {
    entities: [...opts.entities, Lease],
    extensions: [Migrator],
    migrations: { migrationsList: opts.migrations, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    debug: false,
    discovery: { warnWhenNoEntities: false },
    // Owned by the domain guard, not by any entity: keep it out of schema diffs.
    schemaGenerator: { skipTables: ['kit_db_owner'] },
  };
  let orm: Orm;
  if (opts.databaseUrl) {
    orm = await MikroORM.init({ ...common, driver: PostgreSqlDriver, clientUrl: opts.databaseUrl, pool: { min: 0, max: opts.poolMax ?? defaultDbPoolMax() } });
  } else {
    const dbName = opts.dataDir === ':memory:' ? ':memory:' : join(opts.dataDir, `${opts.domain}.sqlite`);
    if (dbName !== ':memory:') mkdirSync(opts.dataDir, { recursive: true });
    orm = await MikroORM.init({ ...common, driver: BetterSqliteDriver, dbName });
    // WAL lets readers run beside the writer; busy_timeout makes replicas wait instead of failing.
    // synchronous=normal: in WAL mode a commit no longer waits for an fsync (≈4 ms each, and
    // better-sqlite3 blocks the event loop meanwhile); still safe against a process crash, only a
    // power loss may drop the last commits. `full` restores an fsync per commit.
    const conn = orm.em.getConnection();
    if (dbName !== ':memory:') await conn.execute('pragma journal_mode = wal');
    await conn.execute(`pragma synchronous = ${opts.sqliteSynchronous === 'full' ? 'full' : 'normal'}`);
    await conn.execute('pragma busy_timeout = 5000');
    await conn.execute('pragma foreign_keys = on');
  }
  try {
    await withMigrationLock(opts.databaseUrl, opts.domain, opts.logger, async () => {
      await claimDatabase(orm.em.getConnection(), opts.domain, opts.strictGuard ?? false);
      await orm.getMigrator().up();
    });
  } catch (err) {
    await orm.close(true);
    throw err;
  }
  if (!opts.databaseUrl) await reusePreparedStatements(orm);
  opts.logger?.info({ database: describeDatabase(opts) }, 'database ready');
  return orm;
}

// Distinct SQL texts kept prepared (queries with IN lists of many lengths must not grow it forever).
const STATEMENT_CACHE = 500;

/**
 * knex's better-sqlite3 client prepares every query anew; preparing costs more CPU than running a
 * small query, and better-sqlite3 runs on the event loop. The one connection keeps its prepared
 * statements by SQL text instead (knex only calls `all`/`run` on them, which finish at once, so a
 * statement is never busy when reused; SQLite re-prepares one itself after a schema change).
 */
async function reusePreparedStatements(orm: Orm): Promise<void> {
  type KnexClient = { acquireConnection(): Promise<unknown>; releaseConnection(c: unknown): Promise<void> };
  const { client } = (orm.em.getConnection() as unknown as { getKnex(): { client: KnexClient } }).getKnex();
  const db = (await client.acquireConnection()) as { prepare(sql: string): unknown };
  try {
    const prepare = db.prepare.bind(db);
    const cache = new Map<string, unknown>();
    // Least recently used goes first: MikroORM inlines values into its SQL, so its texts rarely
    // repeat and would otherwise push the redeem path's hot statements out.
    db.prepare = (sql: string) => {
      let statement = cache.get(sql);
      if (statement === undefined) {
        statement = prepare(sql);
        if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
      } else cache.delete(sql);
      cache.set(sql, statement);
      return statement;
    };
  } finally {
    await client.releaseConnection(db);
  }
}

/**
 * Replicas of one domain that start together on PostgreSQL migrate one at a time: a session-level
 * advisory lock on its own connection (the ORM's pool may run the migration on any connection),
 * so the second replica waits, then finds nothing pending. SQLite needs none: one file, one writer.
 */
async function withMigrationLock(databaseUrl: string | undefined, domain: string, logger: Logger | undefined, fn: () => Promise<void>) {
  if (!databaseUrl) return fn();
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const key = `seatpool:migrate:${domain}`;
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [key]);
    await fn();
  } finally {
    // Closing the connection below releases the lock anyway; the failure is worth a line, not a crash.
    await client.query('select pg_advisory_unlock(hashtext($1))', [key]).catch((err: unknown) => logger?.warn({ err, domain }, 'migration lock not released explicitly; the connection close releases it'));
    await client.end();
  }
}

export const isPostgres = (orm: { config: { get(key: 'driver'): unknown } }) => orm.config.get('driver') === PostgreSqlDriver;

/**
 * A migration written once with one statement list per dialect, so SQLite (embedded default) and
 * PostgreSQL (production) run "the same" migration with the same meaning.
 */
export function sqlMigration(sql: { sqlite: string[]; postgresql: string[] }): new (...args: any[]) => Migration {
  return class extends Migration {
    override async up() {
      const pg = this.driver instanceof PostgreSqlDriver;
      for (const statement of pg ? sql.postgresql : sql.sqlite) this.addSql(statement);
    }
  };
}

/** Readiness: the database answers and no migration is pending. */
export async function ormReady(orm: Orm): Promise<boolean> {
  try {
    if (!(await orm.isConnected())) return false;
    return (await orm.getMigrator().getPendingMigrations()).length === 0;
  } catch {
    return false;
  }
}
