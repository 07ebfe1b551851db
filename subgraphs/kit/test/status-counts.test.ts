/**
 * `statusCounts` answers what a grouped count answers, on SQLite (where it derives the most
 * frequent status from the total) and on PostgreSQL when the CI pass provides one: every listed
 * status (0 when it has no row), again after the most frequent status changed.
 */
import { createOrm, type Orm } from '../src/orm';
import { statusCounts } from '../src/status-counts';
import { testBackends } from '../src/test-databases';

const STATUSES = ['unused', 'reserved', 'used', 'disabled'] as const;

async function grouped(orm: Orm, table: string) {
  const rows = (await orm.em.getConnection().execute(`select status, count(*) as n from ${table} group by status`)) as { status: string; n: number | string }[];
  return Object.fromEntries(STATUSES.map((s) => [s, Number(rows.find((r) => r.status === s)?.n ?? 0)]));
}


describe.each(testBackends('kit_counts'))('statusCounts on %s', (_, database) => {
  let orm: Orm;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const db = await database();
    drop = db.drop;
    orm = await createOrm({ domain: 'kit', entities: [], migrations: [], dataDir: ':memory:', databaseUrl: db.url });
    // No key: the counts need none, and the statement stays the same on both backends.
    await orm.em.getConnection().execute('create table code_like (status varchar(16) not null)');
    await orm.em.getConnection().execute('create index code_like_status on code_like (status)');
  });
  afterAll(async () => {
    await orm?.close(true);
    await drop?.();
  });

  const add = (status: string, n: number) =>
    orm.em.getConnection().execute(`insert into code_like (status) values ${Array(n).fill('(?)').join(', ')}`, Array(n).fill(status));

  it('counts every status, the most frequent one included, as a grouped count does', async () => {
    const em = orm.em.fork();
    expect(await statusCounts(em, 'code_like', STATUSES)).toEqual({ unused: 0, reserved: 0, used: 0, disabled: 0 });
    await add('unused', 30);
    await add('used', 5);
    await add('reserved', 1);
    expect(await statusCounts(em, 'code_like', STATUSES)).toEqual(await grouped(orm, 'code_like'));
    expect(await statusCounts(em, 'code_like', STATUSES)).toEqual({ unused: 30, reserved: 1, used: 5, disabled: 0 });
    // Another status becomes the most frequent: the next call is still exact, and so is the one after.
    await add('used', 50);
    expect(await statusCounts(em, 'code_like', STATUSES)).toEqual({ unused: 30, reserved: 1, used: 55, disabled: 0 });
    expect(await statusCounts(em, 'code_like', STATUSES)).toEqual(await grouped(orm, 'code_like'));
  });
});
