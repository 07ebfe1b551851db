import { createOrm, type Orm } from '../src/orm';
import { acquireLease, releaseLease } from '../src/lease';

describe('database lease', () => {
  let orm: Orm;
  beforeAll(async () => {
    orm = await createOrm({ domain: 'kit', entities: [], migrations: [], dataDir: ':memory:' });
    await orm.schema.createSchema();
  });
  afterAll(() => orm.close(true));

  it('gives the lease to one holder until it expires or is released', async () => {
    const em = orm.em.fork();
    const t0 = new Date('2026-01-01T00:00:00Z');
    expect(await acquireLease(em, 'loop', 'a', 10_000, t0)).toBe(true);
    expect(await acquireLease(em, 'loop', 'b', 10_000, t0)).toBe(false);
    expect(await acquireLease(em, 'loop', 'a', 10_000, new Date(t0.getTime() + 5_000))).toBe(true);
    expect(await acquireLease(em, 'loop', 'b', 10_000, new Date(t0.getTime() + 20_000))).toBe(true);
    await releaseLease(em, 'loop', 'b');
    expect(await acquireLease(em, 'loop', 'c', 10_000, t0)).toBe(true);
  });

  it('lets exactly one of many racing holders win', async () => {
    const wins = await Promise.all(
      Array.from({ length: 20 }, (_, i) => acquireLease(orm.em.fork(), 'race', `h${i}`, 60_000)),
    );
    expect(wins.filter(Boolean)).toHaveLength(1);
  });
});

describe('database lease: errors other than a lost race', () => {
  it('throws a database error instead of reporting "someone else holds it"', async () => {
    const orm = await createOrm({ domain: 'kit', entities: [], migrations: [], dataDir: ':memory:' });
    try {
      await orm.schema.createSchema();
      // Every insert now fails with something other than a unique violation (as a full disk would).
      await orm.em.getConnection().execute(
        "create trigger kit_lease_broken before insert on kit_lease begin select raise(abort, 'disk I/O error'); end",
      );
      await expect(acquireLease(orm.em.fork(), 'loop', 'a', 10_000)).rejects.toThrow(/disk I\/O error/);
    } finally {
      await orm.close(true);
    }
  });
});
