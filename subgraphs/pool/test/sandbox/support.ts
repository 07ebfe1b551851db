/**
 * The sandbox tests' one set-up: `useSandbox()` starts a sandbox for the file (reset before each
 * test) and the helpers below talk to it. `gatedSleep()` stands in for the sandbox's latency timer.
 */
import { startSandbox, type SandboxHandle, type SandboxOptions } from '../../src/provider/sandbox/server';

export interface Res {
  status: number;
  body: any;
  headers: Headers;
}

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const CHECK = '/backend-api/accounts/check/v4-2023-04-27';

let sb: SandboxHandle;

/** The sandbox of this file (after `useSandbox()`'s beforeAll). */
export const sandbox = () => sb;

export function useSandbox(opts: SandboxOptions = {}): void {
  beforeAll(async () => {
    sb = await startSandbox({ port: 0, ...opts });
  });
  afterAll(() => sb.close());
  beforeEach(async () => {
    expect((await call('POST', '/_sandbox/reset')).status).toBe(200);
  });
}

export async function call(method: string, path: string, opts: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string>; signal?: AbortSignal } = {}, on: SandboxHandle = sb): Promise<Res> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: string | undefined = opts.raw;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] = 'application/json';
  }
  const res = await fetch(`${on.url}${path}`, { method, headers, body, signal: opts.signal });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}

export async function account(body: Record<string, unknown> = {}, on: SandboxHandle = sb): Promise<{ token: string; id: string; ids: string[] }> {
  const r = await call('POST', '/_sandbox/accounts', { body }, on);
  expect(r.status).toBe(201);
  return { token: r.body.accessToken, id: r.body.accountIds[0], ids: r.body.accountIds };
}

export const invite = (token: string, id: string, emails: unknown[], extra: Record<string, unknown> = {}) =>
  call('POST', `/backend-api/accounts/${id}/invites`, { token, body: { email_addresses: emails, role: 'standard-user', resend_emails: true, ...extra } });

export async function fault(body: Record<string, unknown>, on: SandboxHandle = sb): Promise<string> {
  const r = await call('POST', '/_sandbox/faults', { body }, on);
  expect(r.status).toBe(201);
  return r.body.id as string;
}

/**
 * A latency timer the test drives (`startSandbox({ sleep })`): `asked` lists every delay requested,
 * and each waits until the test releases it, so a test sees the delay without reading a clock.
 */
export function gatedSleep() {
  const asked: number[] = [];
  const waiting: (() => void)[] = [];
  return {
    asked,
    /** Delays requested and not yet released. */
    pending: () => waiting.length,
    sleep: (ms: number) => new Promise<void>((wake) => {
      asked.push(ms);
      waiting.push(wake);
    }),
    releaseOne: () => waiting.shift()?.(),
    releaseAll: () => waiting.splice(0).forEach((wake) => wake()),
  };
}
