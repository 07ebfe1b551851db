import { startHarness, type Caller, type UsersHarness } from './support/harness';

/** SQL statements users' ORM sends while `run` runs (knex's query event: every statement). */
async function countQueries(h: UsersHarness, run: () => Promise<unknown>): Promise<number> {
  const knex = (h.users.orm.em.getConnection() as any).getKnex();
  let n = 0;
  const onQuery = () => void n++;
  knex.on('query', onQuery);
  try {
    await run();
  } finally {
    knex.removeListener('query', onQuery);
  }
  return n;
}

describe('BatchJob.items', () => {
  let h: UsersHarness;
  let admin: Caller;
  const jobIds: string[] = [];
  beforeAll(async () => {
    h = await startHarness({ USERS_JOBS_RUN_ON_ENQUEUE: 'false' });
    admin = await h.admin();
    // Five pending jobs with 1..5 items (unknown ids: the items stay PENDING, nothing runs them).
    for (let n = 1; n <= 5; n++) {
      const ids = Array.from({ length: n }, (_, i) => `job${n}-target${i}`);
      const res = await h.gql(`mutation($ids: [ID!]) { bulkDisableCodes(input: { ids: $ids }) { id } }`, { ids }, admin);
      jobIds.push(res.data.bulkDisableCodes.id);
    }
  });
  afterAll(() => h.close());

  const LIST = (size: number) =>
    `query($s: Int, $p: Int) { batchJobs(pageSize: ${size}) { items { id items(page: $p, pageSize: $s) { total page pageSize items { targetId } } } } }`;

  it('answers a page of jobs with their items in a fixed number of queries, not two per job', async () => {
    const forOne = await countQueries(h, () => h.gql(LIST(1), { s: 2, p: 1 }, admin));
    let res: any;
    const forFive = await countQueries(h, async () => (res = await h.gql(LIST(5), { s: 2, p: 1 }, admin)));
    expect(forFive).toBe(forOne);
    const byJob = new Map(res.data.batchJobs.items.map((j: any) => [j.id, j.items]));
    expect(byJob.get(jobIds[4])).toEqual({ total: 5, page: 1, pageSize: 2, items: [{ targetId: 'job5-target0' }, { targetId: 'job5-target1' }] });
    expect(byJob.get(jobIds[0])).toEqual({ total: 1, page: 1, pageSize: 2, items: [{ targetId: 'job1-target0' }] });
  });

  it('keeps each job’s total and window: a later page, a page past the end, a status filter', async () => {
    const page3 = (await h.gql(LIST(5), { s: 2, p: 3 }, admin)).data.batchJobs.items;
    const byJob = new Map(page3.map((j: any) => [j.id, j.items]));
    expect(byJob.get(jobIds[4])).toEqual({ total: 5, page: 3, pageSize: 2, items: [{ targetId: 'job5-target4' }] });
    expect(byJob.get(jobIds[1])).toEqual({ total: 2, page: 3, pageSize: 2, items: [] });
    const failed = (await h.gql(`{ batchJobs(pageSize: 5) { items { items(status: FAILED) { total items { targetId } } } } }`, {}, admin)).data.batchJobs.items;
    expect(failed.every((j: any) => j.items.total === 0 && j.items.items.length === 0)).toBe(true);
    const bad = await h.gql(LIST(5), { s: 0, p: 1 }, admin);
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
