import type { UsersHarness } from './harness';

/** The SQL statements `work` sends through the users service's connection (for tests that count round trips). */
export async function captureStatements(h: UsersHarness, work: () => Promise<unknown>): Promise<string[]> {
  const connection = h.users.orm.em.getConnection();
  const execute = connection.execute.bind(connection);
  const statements: string[] = [];
  connection.execute = ((sql: unknown, ...rest: unknown[]) => {
    statements.push(String(typeof sql === 'string' ? sql : (sql as { toString(): string }).toString()));
    return (execute as (...a: unknown[]) => unknown)(sql, ...rest);
  }) as typeof connection.execute;
  try {
    await work();
  } finally {
    connection.execute = execute;
  }
  return statements;
}
