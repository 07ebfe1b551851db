import { createOrm, type Orm } from '@seatpool/kit';
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
    let runs = 0;
    const slow = () => new Promise<number>((r) => setTimeout(() => r(++runs), 20));
    expect(await Promise.all([1, 2, 3].map(() => cachedFigures(orm.em.fork(), 'shared', slow)))).toEqual([1, 1, 1]);
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
    figureCacheSettings.ttlMs = 30;
    await cachedFigures(orm.em.fork(), 'ttl', compute);
    await new Promise((r) => setTimeout(r, 40));
    await cachedFigures(orm.em.fork(), 'ttl', compute);
    expect(compute).toHaveBeenCalledTimes(4);
  });
});
