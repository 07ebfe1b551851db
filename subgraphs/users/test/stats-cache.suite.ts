import { createOrm, type Orm } from '@seatpool/kit';
import { pollUntil } from '@seatpool/kit/testing';
import { BatchJob, usersEntities } from '../src/entities';
import { usersMigrations } from '../src/migrations';
import { cachedFigures, figureCacheSettings } from '@seatpool/kit';
import { UsersStatsService } from '../src/services/stats/users-stats.service';

describe('statistics figure cache', () => {
  let orm: Orm;
  beforeAll(async () => {
    orm = await createOrm({ domain: 'users', entities: usersEntities, migrations: usersMigrations, dataDir: ':memory:' });
  });
  afterAll(() => orm.close(true));
  afterEach(() => (figureCacheSettings.ttlMs = 5_000));

  const job = (id: string, status: 'pending' | 'running') => ({
    id, type: 'resend_invites' as const, status, actor: 'admin', total: 1, attempts: 0, maxAttempts: 3, createdAt: new Date(), updatedAt: new Date(),
  });

  it('answers from memory while nothing is written, and recomputes after any write', async () => {
    const stats = () => new UsersStatsService(orm.em.fork());
    await orm.em.fork().insert(BatchJob, job('00000000-0000-4000-8000-000000000001', 'pending'));
    expect((await stats().batchQueue()).open).toEqual({ pending: 1, running: 0 });
    const compute = jest.fn(async () => 'x');
    await cachedFigures(orm.em.fork(), 'probe', compute);
    await cachedFigures(orm.em.fork(), 'probe', compute);
    expect(compute).toHaveBeenCalledTimes(1);

    await orm.em.fork().insert(BatchJob, job('00000000-0000-4000-8000-000000000002', 'running'));
    expect((await stats().batchQueue()).open).toEqual({ pending: 1, running: 1 });
    await cachedFigures(orm.em.fork(), 'probe', compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('shares one computation between concurrent callers and never keeps a failure', async () => {
    // The computation answers only when the test says so: all three callers meet it in flight.
    let runs = 0;
    let release!: () => void;
    const slow = () => new Promise<number>((r) => (release = () => r(++runs)));
    const shared = Promise.all([1, 2, 3].map(() => cachedFigures(orm.em.fork(), 'shared', slow)));
    await pollUntil(() => release !== undefined);
    release();
    expect(await shared).toEqual([1, 1, 1]);
    const failing = jest.fn().mockRejectedValueOnce(new Error('boom')).mockResolvedValue('ok');
    await expect(cachedFigures(orm.em.fork(), 'fails', failing)).rejects.toThrow('boom');
    await new Promise((r) => setImmediate(r));
    expect(await cachedFigures(orm.em.fork(), 'fails', failing)).toBe('ok');
  });

  it('recomputes every time when turned off, and after the time limit', async () => {
    const compute = jest.fn(async () => 1);
    figureCacheSettings.ttlMs = 0;
    await cachedFigures(orm.em.fork(), 'off', compute);
    await cachedFigures(orm.em.fork(), 'off', compute);
    expect(compute).toHaveBeenCalledTimes(2);
    // The time limit against a clock the test moves (the cache reads Date.now()).
    figureCacheSettings.ttlMs = 30;
    const start = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(start);
    try {
      await cachedFigures(orm.em.fork(), 'ttl', compute);
      clock.mockReturnValue(start + 29);
      await cachedFigures(orm.em.fork(), 'ttl', compute);
      expect(compute).toHaveBeenCalledTimes(3);
      clock.mockReturnValue(start + 30);
      await cachedFigures(orm.em.fork(), 'ttl', compute);
      expect(compute).toHaveBeenCalledTimes(4);
    } finally {
      clock.mockRestore();
    }
  });
});
