/**
 * A guarded write: one conditional UPDATE (the guard: "this request won the row") and the writes
 * that belong to it (more UPDATEs and INSERTs), all or nothing, as a single statement on
 * PostgreSQL.
 *
 * Why: on the redeem path every statement is a round trip, and each costs our process and the
 * PostgreSQL backend more CPU than the statement's own work (a transaction of a guard and three
 * writes is six round trips with BEGIN and COMMIT). PostgreSQL runs data-modifying CTEs of one
 * statement atomically, so the guard becomes `WITH guard AS (UPDATE … RETURNING …)` and every
 * follower runs only `WHERE EXISTS (SELECT 1 FROM guard)`: one round trip, the same effect. On
 * SQLite (in process, no round trips) and inside an open MikroORM transaction it is the plain
 * transaction: the guard, then the followers only when the guard changed a row.
 *
 * The SQL texts are the same on both paths; they must have these shapes (our own texts, checked):
 * - guard: `update <table> set … where …` (no RETURNING; `returning` names what to answer);
 * - followers: `update <table> set … where …` or `insert into <table> (<cols>) values (<values>)`;
 *   an INSERT's values may name a column the guard returns as `guard.<column>` (one row inserted
 *   per row the guard changed).
 * A follower must not change the guard's row (nor another follower's): the parts of one
 * PostgreSQL statement see the same snapshot, and a row changed twice in one statement keeps only
 * one of the changes.
 */
import type { EntityManager } from '@mikro-orm/core';
import { committed, sqlQuery, sqlTransaction } from './direct-sql';
import { isPostgres } from './orm';

export interface SqlStatement {
  sql: string;
  params: readonly unknown[];
}

const UPDATE = /^\s*update\s+\w+\s+set\s[\s\S]+\swhere\s[\s\S]+$/i;
const INSERT = /^\s*(insert\s+into\s+\w+\s*\([^)]*\))\s*values\s*\(([\s\S]*)\)\s*$/i;

const GUARD_REF = /\bguard\.(\w+)/;

function follower(step: SqlStatement): string {
  if (UPDATE.test(step.sql)) {
    if (GUARD_REF.test(step.sql)) throw new Error(`guarded write: only an INSERT's values may name guard columns: ${step.sql}`);
    return `${step.sql} and exists (select 1 from guard)`;
  }
  const insert = INSERT.exec(step.sql);
  if (insert) return `${insert[1]} select ${insert[2]} ${GUARD_REF.test(insert[2]) ? 'from guard' : 'where exists (select 1 from guard)'}`;
  throw new Error(`guarded write: a follower must be "update … where …" or "insert into t (…) values (…)": ${step.sql}`);
}

/** A follower with its `guard.<column>` references bound to one row the guard returned (the transaction path). */
function boundTo(step: SqlStatement, row: Record<string, unknown>): SqlStatement {
  if (!GUARD_REF.test(step.sql)) return step;
  const params: unknown[] = [];
  let next = 0;
  const sql = step.sql.replace(/\?|\bguard\.(\w+)/g, (token, column: string | undefined) => {
    if (column === undefined) {
      params.push(step.params[next++]);
      return token;
    }
    if (!(column in row)) throw new Error(`guarded write: the guard does not return ${column}`);
    params.push(row[column]);
    return '?';
  });
  return { sql, params };
}

/**
 * Runs `guard` and, only if it changed a row, `then`, atomically. Answers the guard's rows (the
 * `returning` columns; empty when it lost).
 */
export async function sqlGuarded<R = Record<string, unknown>>(
  em: EntityManager,
  guard: SqlStatement,
  then: readonly SqlStatement[],
  returning = '1 as won',
): Promise<R[]> {
  if (!UPDATE.test(guard.sql) || /\sreturning\s/i.test(guard.sql)) throw new Error(`guarded write: the guard must be "update … where …" without RETURNING: ${guard.sql}`);
  const followers = then.map(follower); // shapes checked on every backend, not only on PostgreSQL
  if (isPostgres(em) && !em.isInTransaction()) {
    const ctes = [`guard as (${guard.sql} returning ${returning})`, ...followers.map((sql, i) => `f${i} as (${sql} returning 1)`)];
    const rows = await sqlQuery<R>(em, `with ${ctes.join(', ')} select * from guard`, [...guard.params, ...then.flatMap((s) => s.params)]);
    if (rows.length) await committed(em);
    return rows;
  }
  return sqlTransaction(em, async (tx) => {
    const rows = await tx.all<R>(`${guard.sql} returning ${returning}`, guard.params);
    for (const step of then) {
      if (!GUARD_REF.test(step.sql)) {
        if (rows.length) await tx.run(step.sql, step.params);
      } else for (const row of rows) {
        const bound = boundTo(step, row as Record<string, unknown>);
        await tx.run(bound.sql, bound.params);
      }
    }
    return rows;
  });
}
