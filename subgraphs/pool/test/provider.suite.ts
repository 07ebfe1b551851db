import { Registry } from 'prom-client';
import { HttpUpstreamProvider } from '../src/provider/http-provider';
import { ProviderError, parseRetryAfter } from '../src/provider/provider-error';
import { startSandbox, type SandboxHandle } from '../src/provider/sandbox/server';

describe('HTTP upstream provider against the sandbox', () => {
  let sandbox: SandboxHandle;
  let registry: Registry;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
  });
  afterAll(() => sandbox.close());
  beforeEach(async () => {
    registry = new Registry();
    await control('DELETE', '/_sandbox/faults');
  });

  async function control(method: string, path: string, body?: unknown) {
    const res = await fetch(`${sandbox.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    return res.json() as Promise<any>;
  }
  // Attempt and budget far above a loaded machine's answer times (0.5 s timed out a plain check);
  // the tests about timeouts pass their own.
  const provider = (opts: Partial<ConstructorParameters<typeof HttpUpstreamProvider>[0]> = {}) =>
    new HttpUpstreamProvider({ baseUrl: `${sandbox.url}/backend-api/`, attemptTimeoutMs: 5_000, retries: 2, budgetMs: 15_000, baseDelayMs: 20, registry, ...opts });
  async function team(seats = 2) {
    const { accessToken, accountIds } = await control('POST', '/_sandbox/accounts', { seats, teams: 1 });
    return { token: accessToken as string, motherId: `mother-${accountIds[0]}`, teamId: accountIds[0] as string };
  }
  const failure = async (p: Promise<unknown>) => {
    const err = await p.then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    return err as ProviderError;
  };

  it('checks an account, invites, lists and cancels invites, lists members', async () => {
    const t = await team();
    const p = provider();
    expect(await p.checkAccount(t.token)).toEqual([{ accountId: t.teamId, name: expect.any(String), planType: 'team', active: true }]);
    expect(await p.invite(t, 'Ann@Example.com')).toEqual({ outcome: 'invited' });
    expect(await p.invite(t, 'ann@example.com')).toEqual({ outcome: 'invited' }); // a resend is still one seat
    expect((await p.listInvites(t)).map((i) => i.email)).toEqual(['ann@example.com']);
    await p.cancelInvite(t, 'ann@example.com');
    await p.cancelInvite(t, 'ann@example.com'); // already gone counts as cancelled
    expect(await p.listInvites(t)).toEqual([]);
    expect((await p.listMembers(t)).map((m) => m.role)).toEqual(['account-owner']);
  });

  it('treats an existing member as an idempotent success', async () => {
    const t = await team();
    await control('POST', `/_sandbox/accounts/${t.teamId}/members`, { email: 'mem@example.com' });
    expect(await provider().invite(t, 'mem@example.com')).toEqual({ outcome: 'already_member' });
  });

  it('classifies a revoked token, a deactivated workspace and a full workspace', async () => {
    const p = provider();
    const full = await team(1);
    await p.invite(full, 'one@example.com');
    expect((await failure(p.invite(full, 'two@example.com'))).errorClass).toBe('no_seats');
    const gone = await team();
    await control('POST', `/_sandbox/accounts/${gone.teamId}/deactivate`);
    expect(await failure(p.invite(gone, 'x@example.com'))).toMatchObject({ errorClass: 'workspace_gone', upstreamCode: 'account_deactivated' });
    const revoked = await team();
    await control('POST', '/_sandbox/tokens/revoke', { accessToken: revoked.token });
    expect(await failure(p.checkAccount(revoked.token))).toMatchObject({ errorClass: 'token_invalid', status: 401 });
  });

  it('retries a 503 burst and honours Retry-After on a 429', async () => {
    const t = await team();
    await control('POST', '/_sandbox/faults', { accountId: t.teamId, status: 503, count: 2 });
    expect(await provider().invite(t, 'a@example.com')).toEqual({ outcome: 'invited' });
    await control('POST', '/_sandbox/faults', { accountId: t.teamId, status: 429, retryAfterS: 1, count: 1 });
    const started = Date.now();
    expect(await provider().invite(t, 'b@example.com')).toEqual({ outcome: 'invited' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('gives up at once when Retry-After exceeds the remaining budget', async () => {
    const t = await team();
    await control('POST', '/_sandbox/faults', { accountId: t.teamId, status: 429, retryAfterS: 60 });
    // rate_limited (not a budget timeout) after exactly one attempt: it neither waited nor retried.
    expect(await failure(provider().invite(t, 'c@example.com'))).toMatchObject({ errorClass: 'rate_limited', retryAfterMs: 60_000 });
    expect((await control('GET', '/_sandbox/faults')).faults).toEqual([expect.objectContaining({ fired: 1 })]);
  });

  it('cuts a slow attempt off, and never spends more than the budget', async () => {
    const t = await team();
    await control('POST', '/_sandbox/faults', { accountId: t.teamId, latencyMs: 2_000 });
    await control('DELETE', '/_sandbox/requests');
    // Ten retries allowed, but 300 ms attempts fit an 800 ms budget at most three times.
    expect(await failure(provider({ attemptTimeoutMs: 300, budgetMs: 800, retries: 10 }).invite(t, 'd@example.com'))).toMatchObject({ errorClass: 'transient', upstreamCode: 'timeout' });
    const attempts = (await control('GET', '/_sandbox/requests')).counts['POST /backend-api/accounts/:id/invites'];
    expect(attempts).toBeGreaterThanOrEqual(1);
    expect(attempts).toBeLessThanOrEqual(3);
  });

  it("opens the mother's circuit after repeated failures without touching other mothers", async () => {
    const sick = await team();
    const healthy = await team();
    const p = provider({ retries: 0, breakerThreshold: 3, breakerHalfOpenAfterMs: 60_000 });
    await control('POST', '/_sandbox/faults', { accountId: sick.teamId, status: 500 });
    for (let i = 0; i < 3; i++) expect((await failure(p.invite(sick, 'e@example.com'))).upstreamCode).toBeUndefined();
    const before = (await control('GET', '/_sandbox/requests')).invitePosts[sick.teamId];
    expect(await failure(p.invite(sick, 'e@example.com'))).toMatchObject({ errorClass: 'transient', upstreamCode: 'circuit_open' });
    expect((await control('GET', '/_sandbox/requests')).invitePosts[sick.teamId]).toBe(before);
    expect(await p.invite(healthy, 'e@example.com')).toEqual({ outcome: 'invited' });
  });

  it('counts requests per endpoint and outcome, with no token or email in any label', async () => {
    const t = await team();
    await control('POST', '/_sandbox/faults', { accountId: t.teamId, status: 503, count: 1 });
    await provider().invite(t, 'secret-person@example.com');
    const text = await registry.metrics();
    expect(text).toContain('seatpool_pool_upstream_requests_total{endpoint="invite",outcome="transient"} 1');
    expect(text).toContain('seatpool_pool_upstream_requests_total{endpoint="invite",outcome="ok"} 1');
    expect(text).toContain('seatpool_pool_upstream_request_duration_seconds_count{endpoint="invite",outcome="ok"} 1');
    expect(text).not.toContain('secret-person');
    expect(text).not.toContain(t.token);
  });

  it('renames a workspace upstream, and reports an upstream without a rename endpoint as unsupported', async () => {
    const t = await team();
    expect(await provider().renameTeam(t, 'New name')).toBe('renamed');
    expect((await control('GET', `/_sandbox/accounts/${t.teamId}`)).name).toBe('New name');
    const elsewhere = new HttpUpstreamProvider({ baseUrl: `${sandbox.url}/backend-api/v0`, attemptTimeoutMs: 500, retries: 0, budgetMs: 1_000, registry });
    expect(await elsewhere.renameTeam(t, 'Other')).toBe('unsupported');
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('3')).toBe(3_000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
