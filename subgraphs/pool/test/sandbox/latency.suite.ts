// Latency (faults and the service profile) against a latency timer the test drives: what delay each
// request asks for and that the answer waits for it, never how long anything took.
import { pollUntil } from '@seatpool/kit/testing';
import { startSandbox, type SandboxHandle } from '../../src/provider/sandbox/server';
import { account, call, CHECK, fault, gatedSleep } from './support';

let own: SandboxHandle | undefined;
afterEach(async () => {
  await own?.close();
  own = undefined;
});

/** Starts a sandbox on a gated timer, with one workspace. */
async function gated(profile = {}) {
  const timer = gatedSleep();
  own = await startSandbox({ profile, sleep: timer.sleep });
  return { timer, on: own, ...(await account({}, own)) };
}

/** Resolves to whether `pending` settled before one control-surface round trip to `on` finished. */
async function answeredYet(on: SandboxHandle, pending: Promise<unknown>) {
  let settled = false;
  void pending.then(() => (settled = true), () => (settled = true));
  await call('GET', '/healthz', {}, on);
  return settled;
}

describe('latency', () => {
  it('a latency fault delays a succeeding and a failing request until its delay is over; none without it', async () => {
    const { timer, on, token } = await gated();
    await fault({ latencyMs: 150 }, on);
    const ok = call('GET', CHECK, { token }, on);
    await pollUntil(() => timer.pending() === 1);
    expect(timer.asked).toEqual([150]);
    expect(await answeredYet(on, ok)).toBe(false);
    timer.releaseAll();
    expect((await ok).status).toBe(200);

    await call('DELETE', '/_sandbox/faults', {}, on);
    await fault({ status: 503, latencyMs: 150 }, on);
    const failing = call('GET', CHECK, { token }, on);
    await pollUntil(() => timer.pending() === 1);
    expect(timer.asked).toEqual([150, 150]);
    expect(await answeredYet(on, failing)).toBe(false);
    timer.releaseAll();
    expect((await failing).status).toBe(503);

    await call('DELETE', '/_sandbox/faults', {}, on);
    expect((await call('GET', CHECK, { token }, on)).status).toBe(200);
    expect(timer.asked).toEqual([150, 150]); // no delay asked for
  });

  it('a delayed invite lands after the delay even when the client gave up on it (an unknown outcome); method scopes a fault', async () => {
    const { timer, on, token, id } = await gated();
    await fault({ path: '/invites', method: 'POST', latencyMs: 300 }, on);
    const client = new AbortController();
    const gaveUp = call('POST', `/backend-api/accounts/${id}/invites`, { token, body: { email_addresses: ['late@example.com'] }, signal: client.signal }, on)
      .then(() => 'answered', (err: Error) => err.name);
    await pollUntil(() => timer.pending() === 1);
    client.abort();
    expect(await gaveUp).toBe('AbortError');
    // The GET of the same path is not delayed, and shows nothing until the delay is over.
    expect((await call('GET', `/backend-api/accounts/${id}/invites`, { token }, on)).body.items).toEqual([]);
    expect(timer.asked).toEqual([300]);
    timer.releaseAll();
    const landed = await pollUntil(async () => {
      const items = (await call('GET', `/backend-api/accounts/${id}/invites`, { token }, on)).body.items as { email_address: string }[];
      return items.length > 0 && items;
    }, { what: 'the abandoned invite landed' });
    expect(landed.map((i) => i.email_address)).toEqual(['late@example.com']);
    expect((await call('GET', CHECK, { token }, on)).status).toBe(200);
    expect(timer.asked).toEqual([300]);
  });

  it('a profile gives every upstream request its latency (seeded jitter) and caps the requests worked on at once', async () => {
    const profile = { latencyMs: 100, jitterMs: 20, capacity: 2, seed: 7 };
    const { timer, on, token } = await gated(profile);
    const requests = Array.from({ length: 6 }, () => call('GET', CHECK, { token }, on).then((r) => r.status));
    // All six arrived (counted on arrival); two are worked on, four wait in line.
    await pollUntil(async () => (await call('GET', '/_sandbox/requests', {}, on)).body.total === 6 && timer.pending() === 2);
    const queuedSeen = Date.now();
    // The control surface is never queued or delayed.
    expect((await call('GET', '/healthz', {}, on)).status).toBe(200);
    expect(timer.asked).toHaveLength(2);
    let releasedAt = 0;
    for (let done = 0; done < 6; done++) {
      if (done === 0) releasedAt = Date.now();
      timer.releaseOne();
      const next = Math.min(2, 6 - done - 1);
      await pollUntil(() => timer.pending() === next && timer.asked.length === Math.min(6, done + 3));
    }
    expect(await Promise.all(requests)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(timer.asked).toHaveLength(6);
    expect(timer.asked.filter((ms) => ms < 100 || ms > 120)).toEqual([]); // 100 ms + jitter up to 20
    const load = (await call('GET', '/_sandbox/requests', {}, on)).body.load;
    expect(load).toMatchObject({ peakActive: 2, profile });
    // The third request waited at least from when the test saw it queued until the first release.
    expect(load.maxQueueMs).toBeGreaterThanOrEqual(releasedAt - queuedSeen);

    // The same seed gives the same jitter sequence.
    const again = await startSandbox({ profile, sleep: async (ms) => void replay.push(ms) });
    const replay: number[] = [];
    try {
      const other = await account({}, again);
      for (let i = 0; i < 6; i++) await call('GET', CHECK, { token: other.token }, again);
    } finally {
      await again.close();
    }
    expect(replay).toEqual(timer.asked);
  });

  it('close() ends requests waiting out latency (it does not wait for them)', async () => {
    own = await startSandbox();
    const { token } = await account({}, own);
    await fault({ latencyMs: 60_000 }, own);
    const pending = fetch(`${own.url}${CHECK}`, { headers: { authorization: `Bearer ${token}` } }).catch((e: unknown) => e);
    await pollUntil(async () => (await call('GET', '/_sandbox/requests', {}, own)).body.total === 1);
    // A hang would show as this test's timeout; the 60 s delay would outlast it.
    const closing = own;
    own = undefined;
    await closing.close();
    // The socket is torn down, so fetch rejects (its TypeError comes from another realm, hence no instanceof).
    expect(await pending).toMatchObject({ message: 'fetch failed' });
  });
});
