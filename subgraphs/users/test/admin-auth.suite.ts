import { ConfigError, createLogger } from '@seatpool/kit';
import { rmSync } from 'node:fs';
import { startUsers } from '../src/app';
import { AdminAccount, AdminSession } from '../src/entities';
import { ADMIN_PASSWORD, adminSession, anonymous, codeOf, gateway, startHarness, tempDir, testEnv, type UsersHarness } from './support/harness';

const silent = createLogger('users', 'silent');
const LOGIN = 'mutation($p: String!) { adminLogin(input: { password: $p }) { token expiresAt } }';
const VERIFY = 'query($t: String!) { verifySession(token: $t) { sessionId expiresAt } }';

describe('admin bootstrap', () => {
  it('refuses to start with an ADMIN_PASSWORD shorter than 12 characters', async () => {
    const dir = tempDir();
    await expect(startUsers(testEnv(dir, { ADMIN_PASSWORD: 'short-pw' }), { logger: silent })).rejects.toThrow(/ADMIN_PASSWORD must be at least 12/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('generates a random password when ADMIN_PASSWORD is unset, stores only its scrypt hash, and never regenerates', async () => {
    const dir = tempDir();
    const env = testEnv(dir, { ADMIN_PASSWORD: undefined });
    const first = await startUsers(env, { logger: silent });
    const password = first.generatedAdminPassword!;
    expect(password).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const [admin] = await first.orm.em.fork().find(AdminAccount, {});
    expect(admin.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(admin.passwordHash).not.toContain(password);
    await first.close();

    const second = await startUsers(env, { logger: silent });
    expect(second.generatedAdminPassword).toBeUndefined();
    await second.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to start without a signing secret, with a malformed USERS_CODE_KEY, or in production without one', async () => {
    const dir = tempDir();
    await expect(startUsers(testEnv(dir, { SEATPOOL_SIGNING_SECRET: undefined }), { logger: silent })).rejects.toThrow(ConfigError);
    await expect(startUsers(testEnv(dir, { NODE_ENV: 'production' }), { logger: silent })).rejects.toThrow(/USERS_CODE_KEY/);
    await expect(startUsers(testEnv(dir, { USERS_CODE_KEY: 'dG9vIHNob3J0' }), { logger: silent })).rejects.toThrow(/USERS_CODE_KEY: a key must be 32 bytes/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to start under STRICT_DOMAIN_GUARD when the pool database is configured too', async () => {
    const dir = tempDir();
    const env = testEnv(dir, { STRICT_DOMAIN_GUARD: 'true', POOL_DATABASE_URL: 'postgresql://db/pool' });
    await expect(startUsers(env, { logger: silent })).rejects.toThrow(/POOL_DATABASE_URL/);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('admin sessions', () => {
  let h: UsersHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('answers a wrong password with one generic UNAUTHENTICATED error', async () => {
    const res = await h.gql(LOGIN, { p: 'not the password' });
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(res.errors![0].message).toBe('Authentication is required.');
  });

  it('logs in, lets the gateway verify the token, and stores only a keyed hash of it', async () => {
    const login = await h.gql(LOGIN, { p: ADMIN_PASSWORD });
    const { token, expiresAt } = login.data.adminLogin;
    expect(new Date(expiresAt).getTime() - Date.now()).toBeGreaterThan(167 * 3_600_000);
    const verified = await h.gql(VERIFY, { t: token }, gateway);
    expect(verified.data.verifySession).toEqual({ sessionId: expect.any(String), expiresAt });
    const [session] = await h.users.orm.em.fork().find(AdminSession, { id: verified.data.verifySession.sessionId });
    expect(session.tokenHash).not.toContain(token);
    expect(session.ip).toBe(anonymous.ip);
  });

  it('lets only the gateway call verifySession', async () => {
    const { token } = (await h.gql(LOGIN, { p: ADMIN_PASSWORD })).data.adminLogin;
    expect(codeOf(await h.gql(VERIFY, { t: token }, anonymous))).toBe('UNAUTHENTICATED');
    expect(codeOf(await h.gql(VERIFY, { t: token }, { kind: 'service', sub: 'pool', scopes: [] }))).toBe('FORBIDDEN');
    expect((await h.gql(VERIFY, { t: 'spa_unknown' }, gateway)).data.verifySession).toBeNull();
  });

  it('revokes the session at once on adminLogout', async () => {
    const { token } = (await h.gql(LOGIN, { p: ADMIN_PASSWORD })).data.adminLogin;
    const { sessionId } = (await h.gql(VERIFY, { t: token }, gateway)).data.verifySession;
    expect(codeOf(await h.gql('mutation { adminLogout }', {}, anonymous))).toBe('UNAUTHENTICATED');
    expect((await h.gql('mutation { adminLogout }', {}, adminSession(sessionId))).data.adminLogout).toBe(true);
    expect((await h.gql(VERIFY, { t: token }, gateway)).data.verifySession).toBeNull();
  });
});
