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
import { isPostgres } from './orm';

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
/** better-sqlite3's connection; `createOrm` makes its `prepare` reuse statements by SQL text. */
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
}

const pgTexts = new Map<string, { name: string; text: string }>();

/** A value as SQLite stores what MikroORM writes: a Date as epoch ms, a boolean 1/0, an object its JSON. */
function sqliteScalar(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'object' && !Buffer.isBuffer(v)) return JSON.stringify(v);
  return v;
}

/** `sqliteScalar`, with integers as bigint: better-sqlite3 binds a JS number as REAL, a literal was an INTEGER. */
function sqliteBinding(v: unknown): unknown {
  const scalar = sqliteScalar(v);
  return typeof scalar === 'number' && Number.isSafeInteger(scalar) ? BigInt(scalar) : scalar;
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

/**
 * Statements on one connection of the ORM's pool. Each goes to MikroORM's query log like its own
 * (`debug: ['query']` shows both), and a failure is converted as MikroORM converts its own
 * (`UniqueConstraintViolationException`, …; by code, so a driver error from another realm too).
 */
function statementsOn(em: EntityManager, connection: unknown): SqlTx {
  const conn = em.getConnection() as unknown as { logQuery(query: string, context?: object): void };
  const driver = em.getDriver();
  const exec = async <T>(sql: string, run: () => T | Promise<T>): Promise<T> => {
    conn.logQuery(sql, { direct: true });
    try {
      return await run();
    } catch (err) {
      throw driver.convertException(err as Error);
    }
  };
  if (isPostgres(em)) {
    const pg = connection as PgClient;
    const query = (sql: string, params: readonly unknown[]) => pg.query({ ...pgStatement(sql), values: params.map(pgValue) });
    return {
      all: async <R>(sql: string, params: readonly unknown[] = []) => exec(sql, async () => (await query(sql, params)).rows as R[]),
      run: (sql, params = []) => exec(sql, async () => (await query(sql, params)).rowCount ?? 0),
    };
  }
  const db = connection as SqliteDb;
  return {
    all: <R>(sql: string, params: readonly unknown[] = []) => exec(sql, () => db.prepare(sql).all(...params.map(sqliteBinding)) as R[]),
    run: (sql, params = []) =>
      exec(sql, () => {
        const statement = db.prepare(sql);
        const values = params.map(sqliteBinding);
        return statement.reader ? statement.all(...values).length : statement.run(...values).changes; // a reader: e.g. UPDATE … RETURNING
      }),
  };
}

/** Statements through MikroORM's connection inside its open transaction (values inlined by it). */
function ormTx(em: EntityManager): SqlTx {
  const conn = em.getConnection();
  const ctx = em.getTransactionContext();
  const values = (params: readonly unknown[]) => params.map(isPostgres(em) ? pgValue : sqliteScalar);
  const exec = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (err) {
      throw em.getDriver().convertException(err as Error);
    }
  };
  return {
    all: <R>(sql: string, params: readonly unknown[] = []) => exec(async () => (await conn.execute(sql, values(params), 'all', ctx)) as R[]),
    run: (sql, params = []) =>
      exec(async () => {
        const res = (await conn.execute(sql, values(params), 'run', ctx)) as { affectedRows?: number } | unknown[];
        return Array.isArray(res) ? res.length : (res.affectedRows ?? 0);
      }),
  };
}

/** `fn` on a connection of the ORM's pool of its own (on SQLite the only one: nothing else runs meanwhile). */
async function onConnection<T>(em: EntityManager, fn: (connection: unknown, tx: SqlTx) => Promise<T>): Promise<T> {
  const client = (em.getConnection() as unknown as { getKnex(): { client: KnexClient } }).getKnex().client;
  const connection = await client.acquireConnection();
  try {
    return await fn(connection, statementsOn(em, connection));
  } finally {
    await client.releaseConnection(connection);
  }
}

/**
 * What MikroORM's own commit does for subscribers: kit's NATS outbox relay is nudged by
 * `afterTransactionCommit`, so an outbox row written here leaves within milliseconds too. Called
 * after the connection is back: a subscriber may use the database (on SQLite there is one).
 */
export async function committed(em: EntityManager): Promise<void> {
  await em.getEventManager().dispatchEvent(EventType.afterTransactionCommit, { em } as never);
}

/**
 * Runs `fn` in one transaction (SQLite: `BEGIN IMMEDIATE`, the write lock from the start) and
 * commits, or rolls back and rethrows.
 */
export async function sqlTransaction<T>(em: EntityManager, fn: (tx: SqlTx) => Promise<T>): Promise<T> {
  if (em.isInTransaction()) return fn(ormTx(em));
  const result = await onConnection(em, async (connection, tx) => {
    if (isPostgres(em)) {
      const pg = connection as PgClient;
      await pg.query('begin');
      try {
        const out = await fn(tx);
        await pg.query('commit');
        return out;
      } catch (err) {
        await pg.query('rollback').catch(() => undefined); // the original error is the one to report
        throw err;
      }
    }
    const db = connection as SqliteDb;
    db.prepare('begin immediate').run();
    try {
      const out = await fn(tx);
      db.prepare('commit').run();
      return out;
    } catch (err) {
      if (db.inTransaction) db.prepare('rollback').run();
      throw err;
    }
  });
  await committed(em);
  return result;
}

/** One statement on its own (its own implicit transaction). */
export function sqlQuery<R = Record<string, unknown>>(em: EntityManager, sql: string, params: readonly unknown[] = []): Promise<R[]> {
  if (em.isInTransaction()) return ormTx(em).all<R>(sql, params);
  return onConnection(em, (_, tx) => tx.all<R>(sql, params));
}

/** One statement on its own; answers the rows it changed. */
export async function sqlRun(em: EntityManager, sql: string, params: readonly unknown[] = []): Promise<number> {
  if (em.isInTransaction()) return ormTx(em).run(sql, params);
  const n = await onConnection(em, (_, tx) => tx.run(sql, params));
  if (n) await committed(em);
  return n;
}

/** One write with RETURNING on its own: its rows (what it changed, as it left them). */
export async function sqlReturning<R = Record<string, unknown>>(em: EntityManager, sql: string, params: readonly unknown[] = []): Promise<R[]> {
  if (em.isInTransaction()) return ormTx(em).all<R>(sql, params);
  const rows = await onConnection(em, (_, tx) => tx.all<R>(sql, params));
  if (rows.length) await committed(em);
  return rows;
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
