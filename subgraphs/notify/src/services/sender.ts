import type { EntityManager } from '@mikro-orm/core';
import { WebhookDelivery, WebhookEndpoint } from '../entities';
import type { NotifyDeps } from './deps';
import { signedHeaders } from './signing';

/** Deliveries sent per round (the next round follows at once when a round was full). */
const BATCH = 50;
/** Attempts on the wire at once. */
const CONCURRENCY = 8;
const RESPONSE_CHARS = 500;

type Outcome = { status: number | null; response: string | null };

/**
 * Sends due deliveries (PENDING, next attempt reached, endpoint enabled) as signed POSTs:
 * 2xx delivered; 410 disables the endpoint at once; anything else (3xx included: redirects are
 * not followed, a timeout, a refused connection) is retried after the next wait of the schedule,
 * and FAILED when the schedule is used up. An endpoint is disabled after `maxConsecutiveFailures`
 * failed attempts in a row, or when a delivery used up its schedule with no success since it was made.
 */
export class Sender {
  constructor(private readonly em: EntityManager, private readonly deps: NotifyDeps) {}

  /** One round; answers how many attempts were made. */
  async round(): Promise<number> {
    let made = 0;
    // Endpoints out of this round: disabled ones (their deliveries wait) and those that failed in it.
    const endpoints = new Map((await this.em.find(WebhookEndpoint, { enabled: true }, { populate: ['secretSealed'], disableIdentityMap: true })).map((e) => [e.id, e]));
    for (;;) {
      if (!endpoints.size) return made;
      const due = await this.em.find(
        WebhookDelivery,
        { status: 'PENDING', nextAttemptAt: { $lte: this.deps.now() }, endpointId: { $in: [...endpoints.keys()] } },
        { orderBy: { nextAttemptAt: 'asc', id: 'asc' }, limit: BATCH, disableIdentityMap: true },
      );
      if (!due.length) return made;
      // One endpoint's deliveries go in order, one at a time, and its first failure ends its turn
      // (a receiver that is down would otherwise cost a timeout per delivery); endpoints run side by side.
      const byEndpoint = new Map<string, WebhookDelivery[]>();
      for (const d of due) byEndpoint.set(d.endpointId, [...(byEndpoint.get(d.endpointId) ?? []), d]);
      const queues = [...byEndpoint.entries()];
      const workers = Array.from({ length: Math.min(CONCURRENCY, queues.length) }, async () => {
        for (let q = queues.shift(); q; q = queues.shift()) {
          const endpoint = endpoints.get(q[0])!;
          for (const delivery of q[1]) {
            made++;
            if (!(await this.attempt(endpoint, delivery))) {
              endpoints.delete(endpoint.id);
              break;
            }
          }
        }
      });
      await Promise.all(workers);
      if (due.length < BATCH) return made;
    }
  }

  /** One attempt and its bookkeeping; true when it was delivered. */
  private async attempt(endpoint: WebhookEndpoint, delivery: WebhookDelivery): Promise<boolean> {
    const at = this.deps.now();
    const outcome = await this.post(endpoint, delivery, at);
    const attempts = delivery.attempts + 1;
    const done = this.deps.now();
    const base = { attempts, lastAttemptAt: at, lastStatusCode: outcome.status, lastResponse: outcome.response };
    if (outcome.status !== null && outcome.status >= 200 && outcome.status < 300) {
      await this.em.nativeUpdate(WebhookDelivery, { id: delivery.id }, { ...base, status: 'DELIVERED', deliveredAt: done, nextAttemptAt: null });
      await this.em.nativeUpdate(WebhookEndpoint, { id: endpoint.id }, { consecutiveFailures: 0, lastSuccessAt: done });
      this.deps.metrics.attempt('delivered');
      return true;
    }
    if (outcome.status === 410) {
      await this.em.nativeUpdate(WebhookDelivery, { id: delivery.id }, { ...base, status: 'FAILED', nextAttemptAt: null });
      await this.disable(endpoint, 'gone');
      this.deps.metrics.attempt('gone');
      return false;
    }
    const wait = this.deps.retryScheduleMs[attempts - 1];
    const exhausted = wait === undefined;
    await this.em.nativeUpdate(
      WebhookDelivery,
      { id: delivery.id },
      exhausted ? { ...base, status: 'FAILED', nextAttemptAt: null } : { ...base, nextAttemptAt: new Date(done.getTime() + wait) },
    );
    const failures = endpoint.consecutiveFailures + 1;
    endpoint.consecutiveFailures = failures;
    await this.em.nativeUpdate(WebhookEndpoint, { id: endpoint.id }, { consecutiveFailures: failures });
    this.deps.metrics.attempt(exhausted ? 'failed' : 'retry');
    // Every attempt of this delivery failed (its schedule spans ≈ 24 h by default) and nothing reached the endpoint meanwhile.
    const silentSinceCreated = !endpoint.lastSuccessAt || endpoint.lastSuccessAt < delivery.createdAt;
    const persistent = failures >= this.deps.maxConsecutiveFailures || (exhausted && silentSinceCreated);
    if (persistent) await this.disable(endpoint, 'persistent_failure');
    return false;
  }

  private async disable(endpoint: WebhookEndpoint, reason: 'gone' | 'persistent_failure') {
    await this.em.nativeUpdate(WebhookEndpoint, { id: endpoint.id, enabled: true }, { enabled: false, disabledReason: reason, updatedAt: this.deps.now() });
    this.deps.logger.warn({ endpointId: endpoint.id, reason }, 'webhook endpoint disabled');
  }

  private async post(endpoint: WebhookEndpoint, delivery: WebhookDelivery, at: Date): Promise<Outcome> {
    let secret: string;
    try {
      secret = this.deps.box.open(endpoint.secretSealed);
    } catch {
      this.deps.metrics.attempt('error');
      return { status: null, response: 'the signing secret cannot be opened (wrong NOTIFY_ENCRYPTION_KEY?)' };
    }
    try {
      const res = await fetch(endpoint.url, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/json', 'user-agent': 'seatpool-notify/1', ...signedHeaders(secret, delivery.id, at, delivery.payload) },
        body: delivery.payload,
        signal: AbortSignal.timeout(this.deps.deliveryTimeoutMs),
      });
      const text = await readPrefix(res);
      return { status: res.status, response: text };
    } catch (err) {
      return { status: null, response: connectionError(err) };
    }
  }
}

/** The first characters of the answer, without reading a large body to the end. */
async function readPrefix(res: Response): Promise<string | null> {
  if (!res.body) return null;
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    while (text.length < RESPONSE_CHARS) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    // A body cut off midway still tells the operator something.
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return text.slice(0, RESPONSE_CHARS) || null;
}

/** What went wrong on the wire, in words that never carry the URL (it may hold a token in its query). */
function connectionError(err: unknown): string {
  const e = err as { name?: string; cause?: { code?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'timed out';
  const code = e.cause?.code;
  return code && /^[A-Z_]{2,40}$/.test(code) ? `connection failed (${code})` : 'connection failed';
}
