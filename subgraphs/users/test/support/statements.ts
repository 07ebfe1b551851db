import type { UsersHarness } from './harness';

/**
 * The SQL statements `work` sends through the users service's connection (for tests that count
 * round trips): MikroORM's own and kit's direct SQL both go through the connection's query log.
 * Transaction control (begin, commit, savepoints) is left out.
 */
export async function captureStatements(h: UsersHarness, work: () => Promise<unknown>): Promise<string[]> {
  const connection = h.users.orm.em.getConnection() as unknown as { logQuery(query: string, context?: object): void };
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
