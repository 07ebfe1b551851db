import { AuditLog } from '../src/entities';
import { ADMIN_PASSWORD, adminSession, anonymous, codeOf, gateway, startHarness, type Caller, type UsersHarness } from './support/harness';

const LOGIN = 'mutation($p: String!) { adminLogin(input: { password: $p }) { token } }';
const CHANGE = 'mutation($c: String!, $n: String!) { changeAdminPassword(input: { currentPassword: $c, newPassword: $n }) { revokedSessions } }';
const VERIFY = 'query($t: String!) { verifySession(token: $t) { sessionId } }';

describe('admin identity', () => {
  let h: UsersHarness;
  beforeAll(async () => {
    h = await startHarness({ USERS_LOGIN_MAX_FAILURES: '3', USERS_LOGIN_LOCK_MS: '60000' });
  });
  afterAll(() => h.close());

  const from = (ip: string): Caller => ({ ...anonymous, ip });
  const login = (password: string, ip = '198.51.100.1') => h.gql(LOGIN, { p: password }, from(ip));
  const sessionOf = async (token: string) => adminSession((await h.gql(VERIFY, { t: token }, gateway)).data.verifySession.sessionId);

  it('locks out one account + address after repeated failures, never other addresses', async () => {
    for (let i = 0; i < 3; i++) expect(codeOf(await login('wrong password!', '198.51.100.9'))).toBe('UNAUTHENTICATED');
    const locked = await login(ADMIN_PASSWORD, '198.51.100.9');
    expect(codeOf(locked)).toBe('RATE_LIMITED');
    expect(locked.errors![0].extensions).toMatchObject({ reason: 'LOGIN_LOCKED', retryAfterSeconds: expect.any(Number) });
    expect((await h.gql(LOGIN, { p: ADMIN_PASSWORD }, from('198.51.100.9'), { 'accept-language': 'zh' })).errors![0].message).toBe('请求过于频繁，请稍后再试。（该地址登录失败次数过多，请稍后再试。）');
    expect((await login(ADMIN_PASSWORD, '198.51.100.10')).data.adminLogin.token).toMatch(/^spa_/);
  });

  it('shows the operator and their sessions, revokes one or all others', async () => {
    const a = await sessionOf((await login(ADMIN_PASSWORD)).data.adminLogin.token);
    const b = await sessionOf((await login(ADMIN_PASSWORD)).data.adminLogin.token);
    const me = await h.gql('{ adminMe { name sessionId sessionExpiresAt passwordChangedAt } }', {}, a);
    expect(me.data.adminMe).toMatchObject({ name: 'admin', sessionId: a.sub, passwordChangedAt: null });
    const list = await h.gql('{ adminSessions(filter: { activeOnly: true }) { total items { id current active ip lastSeenAt } } }', {}, a);
    expect(list.data.adminSessions.items.find((s: { id: string }) => s.id === a.sub)).toMatchObject({ current: true, active: true, ip: '198.51.100.1' });
    expect((await h.gql('mutation($i: RevokeAdminSessionInput!) { revokeAdminSession(input: $i) { active revokedAt } }', { i: { sessionId: b.sub } }, a)).data.revokeAdminSession.active).toBe(false);
    expect(codeOf(await h.gql('{ adminMe { name } }', {}, anonymous))).toBe('UNAUTHENTICATED');
    expect(codeOf(await h.gql('{ adminMe { name } }', {}, { kind: 'apikey', sub: 'k', scopes: [] }))).toBe('FORBIDDEN');
    const c = await sessionOf((await login(ADMIN_PASSWORD)).data.adminLogin.token);
    expect((await h.gql('mutation { revokeOtherAdminSessions }', {}, a)).data.revokeOtherAdminSessions).toBeGreaterThanOrEqual(1);
    expect((await h.gql('{ adminSessions(filter: { activeOnly: true }) { items { id } } }', {}, a)).data.adminSessions.items.map((s: { id: string }) => s.id)).toEqual([a.sub]);
    expect(c.sub).not.toBe(a.sub);
  });

  it('changes the password with the bootstrap strength rule and revokes every other session', async () => {
    const tokens = [(await login(ADMIN_PASSWORD)).data.adminLogin.token, (await login(ADMIN_PASSWORD)).data.adminLogin.token];
    const me = await sessionOf(tokens[0]);
    const weak = await h.gql(CHANGE, { c: ADMIN_PASSWORD, n: 'short' }, me);
    expect(weak.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WEAK_PASSWORD' });
    expect((await h.gql(CHANGE, { c: ADMIN_PASSWORD, n: ADMIN_PASSWORD }, me)).errors![0].extensions.reason).toBe('WEAK_PASSWORD');
    expect((await h.gql(CHANGE, { c: 'not the current one', n: 'a brand new password' }, me)).errors![0].extensions.reason).toBe('CURRENT_PASSWORD_WRONG');
    const changed = await h.gql(CHANGE, { c: ADMIN_PASSWORD, n: 'a brand new password' }, me);
    expect(changed.data.changeAdminPassword.revokedSessions).toBeGreaterThanOrEqual(1);
    expect((await h.gql(VERIFY, { t: tokens[1] }, gateway)).data.verifySession).toBeNull();
    expect((await h.gql(VERIFY, { t: tokens[0] }, gateway)).data.verifySession).not.toBeNull();
    expect(codeOf(await login(ADMIN_PASSWORD, '198.51.100.77'))).toBe('UNAUTHENTICATED');
    expect((await login('a brand new password', '198.51.100.77')).data.adminLogin.token).toMatch(/^spa_/);
  });

  it('audits admin mutations with actor, session, request id and address, never a secret', async () => {
    const admin = { ...(await h.admin('a brand new password')), ip: '192.0.2.44' };
    await h.gql('mutation { generateCodes(input: { count: 2, prefix: "AUD" }) { codes } }', {}, admin, { 'x-request-id': 'audit-request-0001' });
    const rows = await h.users.orm.em.fork().find(AuditLog, {}, { orderBy: { createdAt: 'asc' } });
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(ADMIN_PASSWORD);
    expect(dump).not.toContain('a brand new password');
    const actions = rows.map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['admin.login', 'admin.login_failed', 'admin.change_password', 'admin.revoke_session', 'admin.revoke_other_sessions', 'codes.generate']));
    const page = await h.gql(`{ auditLogs(filter: { action: "codes.generate" }, pageSize: 1) { total page pageSize items { actor sessionId action targetType targetId payload requestId ip } } }`, {}, admin);
    expect(page.data.auditLogs).toMatchObject({ total: 1, page: 1, pageSize: 1 });
    const entry = page.data.auditLogs.items[0];
    expect(entry).toMatchObject({ actor: 'admin', sessionId: admin.sub, targetType: 'batch', requestId: 'audit-request-0001', ip: '192.0.2.44' });
    expect(JSON.parse(entry.payload)).toMatchObject({ count: 2, prefix: 'AUD' });
    const empty = await h.gql(`{ auditLogs(filter: { createdFrom: "2000-01-01T00:00:00Z", createdTo: "2000-01-02T00:00:00Z" }) { total items { id } } }`, {}, admin);
    expect(empty.data.auditLogs).toEqual({ total: 0, items: [] });
    expect(codeOf(await h.gql(`{ auditLogs(pageSize: 500) { total } }`, {}, admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await h.gql(`{ auditLogs { total } }`, {}, anonymous))).toBe('UNAUTHENTICATED');
  });
});
