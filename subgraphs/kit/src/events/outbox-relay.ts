import type { Logger } from '../logger';
import type { EventEnvelope } from './envelope';

export interface OutboxRow {
  /** The outbox row id (ascending = commit order as far as the producer knows). */
  rowId: number;
  envelope: EventEnvelope;
}

export interface OutboxRelayOptions {
  /** For the logs (`pool-outbox`). */
  name: string;
  logger: Logger;
  /** Oldest unpublished rows first, at most `limit`. */
  fetchUnpublished: (limit: number) => Promise<OutboxRow[]>;
  /** Records rows as published (only after the transport acked them). */
  markPublished: (rowIds: number[]) => Promise<void>;
  /** Delivers one event; resolves when the transport has stored it (JetStream ack). */
  publish: (envelope: EventEnvelope) => Promise<unknown>;
  /** Idle wake-up interval (default 200 ms); producers `nudge()` after commit for lower latency. */
  intervalMs?: number;
  batch?: number;
  /** Backoff after a failed round: doubles from `minBackoffMs` up to `maxBackoffMs` (defaults 250 ms / 10 s). */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** Told how many rows a round published, and when an outage starts (true) and ends (false). */
  onPublished?: (count: number) => void;
  onOutage?: (down: boolean) => void;
}

/**
 * Moves an outbox to a message transport: unpublished rows in id order, each published and
 * acked before it is marked published. A failure ends the round, the failed row and everything
 * after it stay unpublished, and the next round (after a growing backoff) starts again from the
 * oldest, so nothing is lost and order is kept; a repeat of an already-stored event is dropped by
 * the transport's duplicate window and by every consumer's processed-events table. An outage is
 * logged once when it starts and once when it ends.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;
  private failures = 0;
  private backoffUntil = 0;
  private readonly interval: number;
  private readonly batch: number;

  constructor(private readonly opts: OutboxRelayOptions) {
    this.interval = opts.intervalMs ?? 200;
    this.batch = opts.batch ?? 100;
  }

  start(): this {
    this.stopped = false;
    this.schedule(0);
    return this;
  }

  /** A producer committed outbox rows: publish them now rather than at the next tick (ignored during a backoff). */
  nudge(): void {
    if (this.stopped || Date.now() < this.backoffUntil) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  get outage(): boolean {
    return this.failures > 0;
  }

  private schedule(delayMs: number) {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.tick().then((next) => {
        this.running = undefined;
        // A nudge during the round asks for another one at once, unless the relay is backing off.
        const nudged = this.again && Date.now() >= this.backoffUntil;
        this.again = false;
        this.schedule(nudged ? 0 : next);
      });
    }, delayMs);
    this.timer.unref();
  }

  /** Rounds until caught up; resolves with the wait before the next tick (the interval, or the backoff after a failure). */
  private async tick(): Promise<number> {
    try {
      for (;;) {
        const { more } = await this.round();
        if (!more || this.stopped) return this.interval;
      }
    } catch (err) {
      // Read and publish failures set the backoff themselves; anything else (marking rows) too.
      if (Date.now() >= this.backoffUntil) this.failed(err, 'mark');
      return Math.max(0, this.backoffUntil - Date.now());
    }
  }

  /** One batch. Only `tick` runs rounds, and ticks never overlap (`running`, `again`). */
  private async round(): Promise<{ published: number; more: boolean }> {
    let rows: OutboxRow[];
    try {
      rows = await this.opts.fetchUnpublished(this.batch);
    } catch (err) {
      this.failed(err, 'read');
      throw err;
    }
    const done: number[] = [];
    try {
      for (const row of rows) {
        if (this.stopped) break;
        await this.opts.publish(row.envelope);
        done.push(row.rowId);
      }
    } catch (err) {
      this.failed(err, 'publish');
      throw err;
    } finally {
      // What was acked is recorded even when a later row failed, so it is not re-sent next round.
      if (done.length) {
        await this.opts.markPublished(done);
        this.opts.onPublished?.(done.length);
      }
    }
    if (this.failures > 0) {
      this.opts.logger.info({ relay: this.opts.name, failedRounds: this.failures }, 'outbox relay recovered; catching up');
      this.opts.onOutage?.(false);
      this.failures = 0;
      this.backoffUntil = 0;
    }
    return { published: done.length, more: rows.length === this.batch && done.length === rows.length };
  }

  private failed(err: unknown, step: 'read' | 'publish' | 'mark') {
    if (this.failures === 0) {
      this.opts.logger.warn({ err, relay: this.opts.name, step }, 'outbox relay cannot deliver; rows stay unpublished and are retried');
      this.opts.onOutage?.(true);
    }
    this.failures++;
    const min = this.opts.minBackoffMs ?? 250;
    const max = this.opts.maxBackoffMs ?? 10_000;
    this.backoffUntil = Date.now() + Math.min(max, min * 2 ** Math.min(this.failures - 1, 16));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }
}
