import { createOrm } from '../src/orm';
import { domainGuardProblems, DomainGuardError } from '../src/domain-guard';
import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const urlVars = { users: 'USERS_DATABASE_URL', pool: 'POOL_DATABASE_URL' };

describe('STRICT_DOMAIN_GUARD', () => {
  it('refuses a service that can see another domain database URL, and a shared database', () => {
    const env = { USERS_DATABASE_URL: 'postgres://a@h:5432/db', POOL_DATABASE_URL: 'postgres://b@h/db' };
    expect(domainGuardProblems({ domain: 'users', strict: true, env, urlVars })).toEqual([
      'users must not be configured with POOL_DATABASE_URL (the pool database)',
      'users and pool point at the same database',
    ]);
    expect(domainGuardProblems({ domain: 'users', strict: false, env, urlVars })).toEqual([]);
    expect(domainGuardProblems({ domain: 'users', strict: true, env: { USERS_DATABASE_URL: 'x' }, urlVars })).toEqual([]);
  });

  it('refuses to open a database another domain has claimed, before any migration runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guard-'));
    const orm = await createOrm({ domain: 'pool', entities: [], migrations: [], dataDir: dir, strictGuard: true });
    await orm.close(true);
    copyFileSync(join(dir, 'pool.sqlite'), join(dir, 'users.sqlite'));
    await expect(createOrm({ domain: 'users', entities: [], migrations: [], dataDir: dir, strictGuard: true })).rejects.toBeInstanceOf(DomainGuardError);
    const lax = await createOrm({ domain: 'users', entities: [], migrations: [], dataDir: dir, strictGuard: false });
    await lax.close(true);
  });
});
