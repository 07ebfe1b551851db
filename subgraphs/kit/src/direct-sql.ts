/**
 * Hand-written SQL for the few statements on the redeem path, run on the ORM's own connection pool
 * without the ORM's per-statement machinery (criteria, query builder, value inlining, result
 * mapping). MikroORM spends 0.2–0.3 ms of CPU per statement there, better-sqlite3 a few
 * microseconds, and in a burst that difference is most of a service's CPU per redeem.
 *
 * One SQL text for both backends: `?` placeholders (numbered `$n` for PostgreSQL), column names as
 * the migrations write them. Values: a Date is epoch milliseconds on SQLite (as MikroORM stores
 * it), a boolean 1/0, an object its JSON; an integer is bound as INTEGER. Rows come back raw: read
 * dates with `sqlDate`, flags with `sqlBool`.
 *
 * A transaction runs on a connection of its own, taken from the ORM's pool (on SQLite the only one,
 * so nothing else runs inside it). Inside a MikroORM transaction it joins that one instead (on
 * SQLite a second connection would wait for ever).
 */
import { EventType, type EntityManager } from '@mikro-orm/core';
import { createHash } from 'node:crypto';

export interface SqlTx {
  /** Rows of a query (or of a statement with RETURNING). */
  all<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Rows changed by a statement. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
}

interface Statement {
  reader: boolean;
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): { changes: number };
}
interface SqliteDb {
  prepare(sql: string): Statement;
  inTransaction: boolean;
}
interface PgClient {
  query(query: string | { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[]; rowCount: number | null }>;
}
interface KnexClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
  dialect: string;
}

const STATEMENT_CACHE = 200;
const statementCaches = new WeakMap<SqliteDb, Map<string, Statement>>();
const pgTexts = new Map<string, { name: string; text: string }>();

function sqliteValue(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number') return Number.isSafeInteger(v) ? BigInt(v) : v; // INTEGER, as a literal would be
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (v instanceof Date) return BigInt(v.getTime());
  if (typeof v === 'object' && !Buffer.isBuffer(v)) return JSON.stringify(v);
  return v;
}

function pgValue(v: unknown): unknown {
  if (v === undefined) return null;
  if (v && typeof v === 'object' && !(v instanceof Date) && !Buffer.isBuffer(v)) return JSON.stringify(v);
  return v;
}

/**
 * `?` → `$1, $2, …` (the texts are ours and hold no `?` inside literals), and a name for the text:
 * node-postgres prepares a named statement once per connection, so the server stops parsing and
 * planning the same statement for every redeem.
 */
function pgStatement(sql: string): { name: string; text: string } {
  let statement = pgTexts.get(sql);
  if (statement === undefined) {
    let n = 0;
    const text = sql.replace(/\?/g, () => `$${++n}`);
    statement = { name: `kit_direct_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`, text };
    if (pgTexts.size < 1_000) pgTexts.set(sql, statement);
  }
  return statement;
}

function prepared(db: SqliteDb, sql: string): Statement {
  let cache = statementCaches.get(db);
  if (!cache) statementCaches.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
    cache.set(sql, statement);
  }
  return statement;
}

type Log = (sql: string) => void;

function sqliteTx(db: SqliteDb, log: Log): SqlTx {
  return {
    async all<R>(sql: string, params: readonly unknown[] = []) {
      log(sql);
      return prepared(db, sql).all(...params.map(sqliteValue)) as R[];
    },
    async run(sql: string, params: readonly unknown[] = []) {
      log(sql);
      const statement = prepared(db, sql);
      if (statement.reader) return statement.all(...params.map(sqliteValue)).length; // e.g. UPDATE … RETURNING
      return statement.run(...params.map(sqliteValue)).changes;
    },
  };
}

function pgTx(client: PgClient, log: Log): SqlTx {
  return {
    async all<R>(sql: string, params: readonly unknown[] = []) {
      log(sql);
      return (await client.query({ ...pgStatement(sql), values: params.map(pgValue) })).rows as R[];
    },
    async run(sql: string, params: readonly unknown[] = []) {
      log(sql);
      return (await client.query({ ...pgStatement(sql), values: params.map(pgValue) })).rowCount ?? 0;
    },
  };
}

/** Statements through MikroORM's connection inside its open transaction (values inlined by it). */
function ormTx(em: EntityManager): SqlTx {
  const conn = em.getConnection();
  const ctx = em.getTransactionContext();
  const sqlite = conn.getPlatform().constructor.name.includes('Sqlite');
  const values = (params: readonly unknown[]) => params.map((v) => (sqlite ? sqliteOrmValue(v) : pgValue(v)));
  return {
    async all<R>(sql: string, params: readonly unknown[] = []) {
      return (await conn.execute(sql, values(params), 'all', ctx)) as R[];
    },
    async run(sql: string, params: readonly unknown[] = []) {
      const res = (await conn.execute(sql, values(params), 'run', ctx)) as { affectedRows?: number } | unknown[];
      return Array.isArray(res) ? res.length : (res.affectedRows ?? 0);
    },
  };
}

function sqliteOrmValue(v: unknown): unknown {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return v.getTime();
  if (v && typeof v === 'object' && !Buffer.isBuffer(v)) return JSON.stringify(v);
  return v ?? null;
}

function knexClient(em: EntityManager): KnexClient {
  return (em.getConnection() as unknown as { getKnex(): { client: KnexClient } }).getKnex().client;
}

/**
 * What MikroORM's own commit does for subscribers: kit's NATS outbox relay is nudged by
 * `afterTransactionCommit`, so an outbox row written here leaves within milliseconds too.
 */
async function committed(em: EntityManager): Promise<void> {
  await em.getEventManager().dispatchEvent(EventType.afterTransactionCommit, { em } as never);
}

/** Each statement goes to MikroORM's query log like its own (`debug: ['query']` shows both). */
function logOf(em: EntityManager): Log {
  const conn = em.getConnection() as unknown as { logQuery(query: string, context?: object): void };
  return (sql) => conn.logQuery(sql, { direct: true });
}

/**
 * Runs `fn` in one transaction (SQLite: `BEGIN IMMEDIATE`, the write lock from the start) and
 * commits, or rolls back and rethrows.
 */
export async function sqlTransaction<T>(em: EntityManager, fn: (tx: SqlTx) => Promise<T>): Promise<T> {
  if (em.isInTransaction()) return fn(ormTx(em));
  const client = knexClient(em);
  const log = logOf(em);
  const connection = await client.acquireConnection();
  let result: T;
  try {
    if (client.dialect === 'postgresql') {
      const pg = connection as PgClient;
      await pg.query('begin');
      try {
        result = await fn(pgTx(pg, log));
        await pg.query('commit');
      } catch (err) {
        await pg.query('rollback').catch(() => undefined); // the original error is the one to report
        throw err;
      }
    } else {
      const db = connection as SqliteDb;
      prepared(db, 'begin immediate').run();
      try {
        result = await fn(sqliteTx(db, log));
        prepared(db, 'commit').run();
      } catch (err) {
        if (db.inTransaction) prepared(db, 'rollback').run();
        throw err;
      }
    }
  } finally {
    await client.releaseConnection(connection);
  }
  // After the release: a subscriber may use the database (on SQLite there is one connection).
  await committed(em);
  return result;
}

/** One statement on its own (its own implicit transaction). */
export async function sqlQuery<R = Record<string, unknown>>(em: EntityManager, sql: string, params: readonly unknown[] = []): Promise<R[]> {
  if (em.isInTransaction()) return ormTx(em).all<R>(sql, params);
  const client = knexClient(em);
  const connection = await client.acquireConnection();
  try {
    const log = logOf(em);
    return client.dialect === 'postgresql' ? await pgTx(connection as PgClient, log).all<R>(sql, params) : await sqliteTx(connection as SqliteDb, log).all<R>(sql, params);
  } finally {
    await client.releaseConnection(connection);
  }
}

/** One statement on its own; answers the rows it changed. */
export async function sqlRun(em: EntityManager, sql: string, params: readonly unknown[] = []): Promise<number> {
  if (em.isInTransaction()) return ormTx(em).run(sql, params);
  const client = knexClient(em);
  const connection = await client.acquireConnection();
  let n: number;
  try {
    const log = logOf(em);
    n = client.dialect === 'postgresql' ? await pgTx(connection as PgClient, log).run(sql, params) : await sqliteTx(connection as SqliteDb, log).run(sql, params);
  } finally {
    await client.releaseConnection(connection);
  }
  if (n) await committed(em);
  return n;
}

/** A date column as read raw: epoch milliseconds on SQLite, a Date on PostgreSQL. */
export function sqlDate(v: unknown): Date | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  return new Date(typeof v === 'string' && !/^\d+$/.test(v) ? v : Number(v));
}

/** A boolean column as read raw: 1/0 on SQLite, true/false on PostgreSQL. */
export function sqlBool(v: unknown): boolean {
  return v === true || v === 1 || v === 1n || v === '1';
}

/** A unique or primary-key violation from either driver (SQLite's error may come from another jest realm: no instanceof). */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
