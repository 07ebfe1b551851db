/**
 * `sqlTransaction` / `sqlQuery` on SQLite and (in the CI pass that provides one) PostgreSQL: values
 * stored as MikroORM stores them (MikroORM reads them back), a failed transaction leaves nothing,
 * racing transactions serialise, and inside a MikroORM transaction the statements join it.
 */
import { defineEntity, p } from '@mikro-orm/core';
import { sqlBool, sqlDate, sqlQuery, sqlRun, sqlTransaction } from '../src/direct-sql';
import { sqlGuarded } from '../src/guarded-write';
import { createOrm, type Orm } from '../src/orm';
import { testBackends } from '../src/test-databases';

const Row = defineEntity({
  name: 'Row',
  tableName: 'direct_row',
  properties: {
    id: p.string().primary(),
    n: p.integer(),
    label: p.string(),
    flag: p.boolean(),
    at: p.datetime(),
    meta: p.json<Record<string, unknown>>().nullable(),
  },
});


const INSERT = 'insert into direct_row (id, n, label, flag, at, meta) values (?, ?, ?, ?, ?, ?)';

describe.each(testBackends('kit_direct'))('direct SQL on %s', (backend, database) => {
  let orm: Orm;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const db = await database();
    drop = db.drop;
    orm = await createOrm({ domain: 'kit', entities: [Row], migrations: [], dataDir: ':memory:', databaseUrl: db.url });
    await orm.schema.createSchema();
  });
  afterAll(async () => {
    await orm?.close(true);
    await drop?.();
  });

  it('writes values MikroORM reads back, and reads raw rows with sqlDate / sqlBool', async () => {
    const at = new Date('2026-12-03T10:11:12.345Z');
    await sqlTransaction(orm.em.fork(), async (tx) => {
      await tx.run(INSERT, ['a', 5, 'five', true, at, { k: [1, 'x'] }]);
      await tx.run(INSERT, ['b', 6, '6', false, at, null]);
    });
    const a = await orm.em.fork().findOneOrFail(Row, { id: 'a' });
    expect(a).toMatchObject({ n: 5, label: 'five', flag: true, meta: { k: [1, 'x'] } });
    expect(a.at.toISOString()).toBe(at.toISOString());
    const [raw] = await sqlQuery<{ n: number; flag: unknown; at: unknown }>(orm.em.fork(), 'select n, flag, at from direct_row where id = ?', ['b']);
    expect(Number(raw.n)).toBe(6);
    expect(sqlBool(raw.flag)).toBe(false);
    expect(sqlDate(raw.at)?.toISOString()).toBe(at.toISOString());
    // A date compares as MikroORM's own criteria do.
    expect((await orm.em.fork().find(Row, { at: { $gte: at } })).length).toBe(2);
    expect(await sqlQuery(orm.em.fork(), 'select id from direct_row where at < ?', [at])).toEqual([]);
  });

  it('counts changed rows and rolls a failed transaction back whole', async () => {
    const em = orm.em.fork();
    expect(await sqlTransaction(em, (tx) => tx.run('update direct_row set n = n + 1 where id in (?, ?)', ['a', 'zz']))).toBe(1);
    const failure = await sqlTransaction(em, async (tx) => {
      await tx.run('update direct_row set label = ? where id = ?', ['changed', 'a']);
      await tx.run(INSERT, ['a', 1, 'dup', false, new Date(), null]); // primary key taken
    }).then(() => null, (err: { code?: string }) => err);
    // The driver's own error (better-sqlite3's may come from another jest realm: no instanceof).
    expect(String(failure?.code)).toMatch(/^SQLITE_CONSTRAINT|^23505$/);
    expect((await orm.em.fork().findOneOrFail(Row, { id: 'a' })).label).toBe('five');
  });

  it('serialises racing conditional updates: exactly one wins', async () => {
    await sqlTransaction(orm.em.fork(), (tx) => tx.run(INSERT, ['race', 0, 'free', false, new Date(), null]));
    const won = await Promise.all(Array.from({ length: 20 }, (_, i) => sqlTransaction(orm.em.fork(), async (tx) => {
      const n = await tx.run("update direct_row set label = ? where id = ? and label = 'free'", [`taker-${i}`, 'race']);
      if (n === 1) await tx.run('update direct_row set n = n + 1 where id = ?', ['race']);
      return n;
    })));
    expect(won.filter((n) => n === 1)).toHaveLength(1);
    expect((await orm.em.fork().findOneOrFail(Row, { id: 'race' })).n).toBe(1);
  });

  it('tells afterTransactionCommit subscribers of a commit (the NATS relay is nudged by it), not of a rollback', async () => {
    let commits = 0;
    orm.em.getEventManager().registerSubscriber({ afterTransactionCommit: () => void commits++ });
    await sqlTransaction(orm.em.fork(), (tx) => tx.run(INSERT, ['nudge', 1, 'x', true, new Date(), null]));
    expect(commits).toBe(1);
    await sqlTransaction(orm.em.fork(), () => Promise.reject(new Error('no'))).catch(() => undefined);
    expect(commits).toBe(1);
    expect(await sqlRun(orm.em.fork(), 'update direct_row set n = n + 1 where id = ?', ['nudge'])).toBe(1);
    expect(commits).toBe(2);
  });

  it('joins a MikroORM transaction it is called in (and rolls back with it)', async () => {
    await expect(orm.em.fork().transactional(async (em) => {
      await sqlTransaction(em, (tx) => tx.run(INSERT, ['inner', 1, 'x', true, new Date(), { a: 1 }]));
      expect(await sqlQuery(em, 'select id from direct_row where id = ?', ['inner'])).toHaveLength(1);
      throw new Error('roll back');
    })).rejects.toThrow('roll back');
    expect(await sqlQuery(orm.em.fork(), 'select id from direct_row where id = ?', ['inner'])).toEqual([]);
  });
  it('keeps a hot statement prepared however many one-off ORM queries run (SQLite)', async () => {
    if (backend !== 'SQLite') return; // PostgreSQL prepares named statements per connection (kit direct-sql)
    const client = (orm.em.getConnection() as unknown as { getKnex(): { client: { acquireConnection(): Promise<{ prepare(sql: string): unknown }>; releaseConnection(c: unknown): Promise<void> } } }).getKnex().client;
    const db = await client.acquireConnection();
    await client.releaseConnection(db);
    const hot = 'select id from direct_row where id = ?';
    const first = db.prepare(hot);
    for (let i = 0; i < 600; i++) {
      // MikroORM inlines values into its SQL: every one of these is a new text for the cache.
      await orm.em.fork().findOne(Row, { id: `one-off-${i}` });
      if (i % 50 === 0) expect(db.prepare(hot)).toBe(first);
    }
    expect(db.prepare(hot)).toBe(first);
  });

  describe('sqlGuarded (one statement on PostgreSQL, a transaction on SQLite)', () => {
    const take = (id: string, by: string) => ({ sql: "update direct_row set label = ? where id = ? and label = 'free'", params: [by, id] });
    const log = (id: string, at: Date) => ({ sql: INSERT, params: [id, 1, 'log', true, at, { by: id }] });
    const bump = (id: string) => ({ sql: 'update direct_row set n = n + 1 where id = ?', params: [id] });
    const labels = async (...ids: string[]) =>
      (await sqlQuery<{ id: string; n: number; label: string }>(orm.em.fork(), `select id, n, label from direct_row where id in (${ids.map(() => '?').join(', ')}) order by id`, ids)).map((r) => `${r.id}:${Number(r.n)}:${r.label}`);

    it('runs the followers only when the guard won, and answers its RETURNING rows', async () => {
      const at = new Date('2026-12-03T08:00:00.000Z');
      await sqlRun(orm.em.fork(), INSERT, ['g1', 0, 'free', false, at, null]);
      await sqlRun(orm.em.fork(), INSERT, ['g1-count', 0, 'count', false, at, null]);
      const won = await sqlGuarded<{ id: string; label: string }>(orm.em.fork(), take('g1', 'alice'), [bump('g1-count'), log('g1-log', at)], 'id, label');
      expect(won).toEqual([{ id: 'g1', label: 'alice' }]);
      const lost = await sqlGuarded(orm.em.fork(), take('g1', 'bob'), [bump('g1-count'), log('g1-log2', at)]);
      expect(lost).toEqual([]);
      expect(await labels('g1', 'g1-count', 'g1-log', 'g1-log2')).toEqual(['g1:0:alice', 'g1-count:1:count', 'g1-log:1:log']);
      // The follower's values are stored as MikroORM stores them.
      const row = await orm.em.fork().findOneOrFail(Row, { id: 'g1-log' });
      expect(row).toMatchObject({ flag: true, meta: { by: 'g1-log' } });
      expect(row.at.toISOString()).toBe(at.toISOString());
    });

    it('is all or nothing: a failing follower undoes the guard', async () => {
      await sqlRun(orm.em.fork(), INSERT, ['g2', 0, 'free', false, new Date(), null]);
      const failure = await sqlGuarded(orm.em.fork(), take('g2', 'carol'), [log('g2', new Date())]).then(() => null, (err: { code?: string }) => err);
      expect(String(failure?.code)).toMatch(/^SQLITE_CONSTRAINT|^23505$/);
      expect(await labels('g2')).toEqual(['g2:0:free']);
    });

    it('lets exactly one of racing guards win, and its followers run once', async () => {
      await sqlRun(orm.em.fork(), INSERT, ['g3', 0, 'free', false, new Date(), null]);
      await sqlRun(orm.em.fork(), INSERT, ['g3-count', 0, 'count', false, new Date(), null]);
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => sqlGuarded(orm.em.fork(), take('g3', `taker-${i}`), [bump('g3-count')])));
      expect(results.filter((r) => r.length === 1)).toHaveLength(1);
      expect(await labels('g3', 'g3-count')).toEqual([`g3:0:taker-${results.findIndex((r) => r.length === 1)}`, 'g3-count:1:count']);
    });

    it('binds guard.<column> in an INSERT follower to the row the guard changed', async () => {
      const at = new Date('2026-12-03T09:00:00.000Z');
      await sqlRun(orm.em.fork(), INSERT, ['g4', 7, 'free', false, at, null]);
      const byLabel = { sql: "update direct_row set label = ? where label = 'free' and n = ?", params: ['taken', 7] };
      // The follower learns the id only from the guard: `?`s and guard columns interleave.
      const copy = { sql: 'insert into direct_row (id, n, label, flag, at, meta) values (?, guard.n, guard.id, ?, ?, ?)', params: ['g4-copy', true, at, null] };
      expect(await sqlGuarded(orm.em.fork(), byLabel, [copy], 'id, n')).toEqual([{ id: 'g4', n: 7 }]);
      expect(await labels('g4', 'g4-copy')).toEqual(['g4:7:taken', 'g4-copy:7:g4']);
      expect(await sqlGuarded(orm.em.fork(), byLabel, [{ ...copy, params: ['g4-copy2', true, at, null] }], 'id, n')).toEqual([]);
      expect(await labels('g4-copy2')).toEqual([]);
      await expect(sqlGuarded(orm.em.fork(), byLabel, [{ sql: 'update direct_row set label = guard.id where id = ?', params: ['x'] }], 'id')).rejects.toThrow(/only an INSERT/);
    });

    it('refuses statements of another shape, on every backend', async () => {
      await expect(sqlGuarded(orm.em.fork(), { sql: 'delete from direct_row where id = ?', params: ['x'] }, [])).rejects.toThrow(/guard must be/);
      await expect(sqlGuarded(orm.em.fork(), take('g3', 'x'), [{ sql: 'delete from direct_row where id = ?', params: ['x'] }])).rejects.toThrow(/follower must be/);
    });
  });
});
