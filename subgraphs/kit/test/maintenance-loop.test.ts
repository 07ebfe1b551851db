import { Writable } from 'node:stream';
import { Lease } from '../src/lease.entity';
import { createLogger } from '../src/logger';
import { startMaintenanceLoop } from '../src/maintenance-loop';
import { createOrm, type Orm } from '../src/orm';

/** Polls `check` until it is true or the deadline passes. */
async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}

describe('maintenance loop', () => {
  let orm: Orm;
  const logs: any[] = [];
  const logger = createLogger('kit', 'info', new Writable({ write(c, _e, cb) { logs.push(JSON.parse(String(c))); cb(); } }));
  beforeEach(async () => {
    logs.length = 0;
    orm = await createOrm({ domain: 'kit', entities: [], migrations: [], dataDir: ':memory:' });
    await orm.schema.createSchema();
  });
  afterEach(() => orm.close(true));

  it('never overlaps rounds in one process: runOnce waits for a round in flight, scheduled rounds wait for runOnce', async () => {
    let active = 0;
    let maxActive = 0;
    let ticks = 0;
    const loop = startMaintenanceLoop({
      name: 'overlap', orm, logger, intervalMs: 5,
      tick: async (em) => {
        active++;
        maxActive = Math.max(maxActive, active);
        for (let i = 0; i < 3; i++) await em.getConnection().execute('select 1');
        ticks++;
        active--;
      },
    });
    try {
      await Promise.all(Array.from({ length: 6 }, () => loop.runOnce()));
      expect(ticks).toBeGreaterThanOrEqual(6);
      expect(maxActive).toBe(1);
    } finally {
      await loop.stop();
    }
  });

  it('renews the lease while a long round runs', async () => {
    const read = async () => (await orm.em.fork().findOneOrFail(Lease, { name: 'long' })).expiresAt.getTime();
    let first = 0;
    let renewed = false;
    const loop = startMaintenanceLoop({
      name: 'long', orm, logger, intervalMs: 20,
      tick: async () => {
        first = await read();
        // The round goes on until the lease shows a later expiry than the one it started with.
        await until(async () => (await read()) > first, 'a lease renewal during the round');
        renewed = true;
      },
    });
    try {
      await loop.runOnce();
      expect(renewed).toBe(true);
    } finally {
      await loop.stop();
    }
  });

  it('reports a database error on the lease as such and skips the round', async () => {
    await orm.em.getConnection().execute(
      "create trigger kit_lease_broken before insert on kit_lease begin select raise(abort, 'disk I/O error'); end",
    );
    let ticks = 0;
    const loop = startMaintenanceLoop({ name: 'broken', orm, logger, intervalMs: 60_000, tick: async () => void ticks++ });
    try {
      await loop.runOnce();
      expect(ticks).toBe(0);
      const entry = logs.find((l) => l.msg.startsWith('maintenance lease check failed'));
      expect(entry).toMatchObject({ level: 50, loop: 'broken' });
      expect(JSON.stringify(entry.err)).toMatch(/disk I\/O error/);
    } finally {
      await loop.stop();
    }
  });
});
