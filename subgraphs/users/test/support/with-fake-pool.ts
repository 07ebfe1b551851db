import { defaultScript, startFakePool, type FakePool } from './fake-pool';
import { placeOnMothers } from './flows';
import { SECRET, startHarness, type Caller, type UsersHarness } from './harness';

export interface FakePoolSetup {
  pool: FakePool;
  h: UsersHarness;
  admin: Caller;
}

/**
 * The users tests' one set-up against the fake pool, for the enclosing `describe`: a fake pool and
 * a users service wired to it (plus `env`) with an admin session, closed after the block; before
 * each test the pool's script is back to the defaults with `script` applied (default: mothers that
 * place every email) and its recorded calls cleared. `ready` receives the parts once started.
 */
export function withFakePool(env: NodeJS.ProcessEnv, ready: (s: FakePoolSetup) => void, script: (pool: FakePool) => void = placeOnMothers): void {
  let setup: FakePoolSetup | undefined;
  const reset = (pool: FakePool) => {
    pool.calls.length = 0;
    pool.script = defaultScript(pool);
    script(pool);
  };
  beforeAll(async () => {
    const pool = await startFakePool(SECRET);
    reset(pool);
    try {
      const h = await startHarness({ USERS_POOL_URL: pool.url, ...env });
      setup = { pool, h, admin: await h.admin() };
    } catch (err) {
      await pool.close();
      throw err;
    }
    ready(setup);
  });
  afterAll(async () => {
    await setup?.h.close();
    await setup?.pool.close();
  });
  beforeEach(() => reset(setup!.pool));
}
