import type { EntityManager } from '@mikro-orm/core';

/**
 * The SQL statements `work` sends through an ORM's connection (for tests that count round trips):
 * MikroORM's own and kit's direct SQL both go through the connection's query log. Transaction
 * control (begin, commit, savepoints) is left out.
 */
export async function captureStatements(em: EntityManager, work: () => Promise<unknown>): Promise<string[]> {
  const connection = em.getConnection() as unknown as { logQuery(query: string, context?: object): void };
  const logQuery = connection.logQuery.bind(connection);
  const statements: string[] = [];
  connection.logQuery = (query: string, context?: object) => {
    if (!/^\s*(begin|commit|rollback|savepoint|release savepoint)\b/i.test(query)) statements.push(query);
    return logQuery(query, context);
  };
  try {
    await work();
  } finally {
    connection.logQuery = logQuery;
  }
  return statements;
}
