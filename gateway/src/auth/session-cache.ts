import type { Logger } from '@seatpool/kit';
import type Redis from 'ioredis';
import { createHash } from 'node:crypto';

type Verify = (token: string, requestId: string) => Promise<string | null>;

/** Everything revoked: e.g. a password change or "revoke other sessions" (we do not know which ids). */
export const ALL_SESSIONS = '*';

/**
 * Session verification without a users round trip per request: users' answer for a token is kept
 * for at most `ttlMs` (≤ 1 s) after it was asked for, renewed in the background before it ends,
 * concurrent requests with one token share one call, and revocations
 * seen by any gateway are pushed to every replica through Redis pub/sub (or applied in this
 * process without Redis), so a revoked session is refused at once there and within `ttlMs`
 * everywhere whatever revoked it. docs/operations/SECURITY.md §6 says why this design.
 */
export class SessionCache {
  private readonly entries = new Map<string, { sessionId: string | null; until: number }>();
  private readonly inflight = new Map<string, Promise<string | null>>();
  /** Revocations newer than any cached answer could be: an answer that raced one is not cached. */
  private revokedAt = new Map<string, number>();
  private subscriber?: Redis;

  constructor(
    private readonly verify: Verify,
    private readonly opts: { ttlMs: number; maxEntries?: number; now?: () => number; redis?: Redis; channel?: string; logger?: Logger },
  ) {}

  /** Subscribes to revocations from the other replicas (when Redis is configured). */
  async start() {
    if (!this.opts.redis) return;
    this.subscriber = this.opts.redis.duplicate();
    this.subscriber.on('error', () => undefined); // the main connection reports Redis trouble
    this.subscriber.on('message', (_channel, sessionId: string) => this.forget(sessionId));
    // The copy keeps the main connection's options (lazy, no offline queue): connect it first.
    // ioredis re-subscribes by itself after a reconnect.
    await this.subscriber
      .connect()
      .then(() => this.subscriber!.subscribe(this.channel))
      .catch((err) => this.opts.logger?.warn({ err: (err as Error).message }, 'session revocations not subscribed; cache entries expire by themselves'));
  }

  async stop() {
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }

  private get channel() {
    return this.opts.channel ?? 'seatpool:gateway:session-revoked';
  }
  private now() {
    return (this.opts.now ?? Date.now)();
  }

  /**
   * The session id for `token`, or null (unknown, expired or revoked). An answer is kept until
   * `ttlMs` after it was asked for (never longer); once half of that has passed, the next request
   * still gets it but asks users again in the background, so a steady admin client never waits
   * for users (e.g. while a bulk job keeps users busy) and the bound stays `ttlMs`.
   */
  readonly get: Verify = async (token, requestId) => {
    const key = createHash('sha256').update(token).digest('base64url');
    const hit = this.entries.get(key);
    const now = this.now();
    if (hit && hit.until > now) {
      if (hit.until - now < this.opts.ttlMs / 2 && !this.inflight.has(key)) void this.ask(key, token, requestId).catch(() => undefined);
      return hit.sessionId;
    }
    return this.inflight.get(key) ?? this.ask(key, token, requestId);
  };

  /** One users call per token at a time; its answer is cached unless a revocation raced it (then users is asked again). */
  private ask(key: string, token: string, requestId: string): Promise<string | null> {
    const call = (async () => {
      for (let round = 0; ; round++) {
        const asked = this.now();
        const sessionId = await this.verify(token, requestId);
        const revoked = Math.max(this.revokedAt.get(ALL_SESSIONS) ?? 0, sessionId ? this.revokedAt.get(sessionId) ?? 0 : 0);
        if (revoked < asked) {
          if (this.entries.size >= (this.opts.maxEntries ?? 10_000)) this.entries.clear(); // bounded under a token flood
          this.entries.set(key, { sessionId, until: asked + this.opts.ttlMs });
          return sessionId;
        }
        this.entries.delete(key);
        if (sessionId === null) return null;
        if (round === 2) return this.verify(token, requestId); // revocations keep racing: answered uncached
      }
    })();
    const settled = call.finally(() => this.inflight.delete(key));
    this.inflight.set(key, settled);
    return settled;
  }

  /** Drops a revoked session here and tells every other replica. */
  async revoke(sessionId: string) {
    this.forget(sessionId);
    // Other replicas' entries expire within ttlMs anyway; a failed publish is logged, not fatal.
    await this.opts.redis?.publish(this.channel, sessionId).catch((err: unknown) =>
      this.opts.logger?.warn({ err: (err as Error).message }, 'session revocation not published; other replicas forget it within the cache ttl'),
    );
  }

  private forget(sessionId: string) {
    const now = this.now();
    this.revokedAt.set(sessionId, now);
    if (this.revokedAt.size > 1_000) this.revokedAt = new Map([...this.revokedAt].filter(([, at]) => now - at < 10 * this.opts.ttlMs));
    for (const [key, entry] of this.entries) if (sessionId === ALL_SESSIONS || entry.sessionId === sessionId) this.entries.delete(key);
  }
}
