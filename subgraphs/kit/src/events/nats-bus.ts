import {
  AckPolicy,
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  RetentionPolicy,
  StorageType,
  type ConsumerConfig,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
} from '@nats-io/jetstream';
import { nanos, type NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import type { Logger } from '../logger';
import { encodeEnvelope, InvalidEnvelope, parseEnvelope, subjectFor, type EventEnvelope } from './envelope';

export const EVENT_STREAM = 'SEATPOOL_EVENTS';

const MINUTE_MS = 60_000;

export interface NatsBusOptions {
  url: string;
  /** Connection name shown by the server (`pool`, `users`). */
  name: string;
  logger: Logger;
  /** How long JetStream keeps a message id for duplicate detection (default 2 min). */
  duplicateWindowMs?: number;
  /** How long the stream keeps events (default 7 days). */
  maxAgeMs?: number;
  /** How long a publish waits for JetStream's ack before it counts as failed (default 5 s). */
  publishTimeoutMs?: number;
}

export interface ConsumeOptions {
  /** Durable consumer name: one per consuming service (`users`, `notify`). */
  durable: string;
  /** Subjects, e.g. `seatpool.pool.>`. Several: server-side on NATS ≥ 2.10, filtered here on 2.9. */
  filterSubjects: string[];
  /** An unacked message is redelivered after this long (default 30 s). */
  ackWaitMs?: number;
  /** A failed handler's message comes back after this long (default 1 s). */
  nakDelayMs?: number;
  /** Unacked messages out at once (default 1: strict stream order, a failed event blocks later ones). */
  maxAckPending?: number;
}

export type EventHandler = (event: EventEnvelope, meta: { redelivered: boolean; deliveryCount: number }) => Promise<void>;

export interface Subscription {
  /** Stops fetching; the message in hand finishes (ack or nak) first. */
  stop(): Promise<void>;
}

/**
 * One service's connection to JetStream: the stream `SEATPOOL_EVENTS` (`seatpool.>`), publish with
 * the envelope id as `Nats-Msg-Id` (a re-publish inside the duplicate window is stored once), and
 * durable pull consumers with explicit ack. The client reconnects on its own forever; a publish
 * while NATS is away fails (the outbox keeps the row), a consumer resumes when it is back.
 */
export class NatsBus {
  private readonly subscriptions = new Set<Subscription>();

  private constructor(
    readonly connection: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    private readonly opts: NatsBusOptions,
  ) {}

  static async connect(opts: NatsBusOptions): Promise<NatsBus> {
    const nc = await connect({ servers: opts.url.split(','), name: opts.name, reconnect: true, maxReconnectAttempts: -1, reconnectTimeWait: 250 });
    try {
      const jsm = await jetstreamManager(nc);
      const bus = new NatsBus(nc, jetstream(nc), jsm, opts);
      await bus.ensureStream();
      bus.watchStatus();
      return bus;
    } catch (err) {
      await nc.close();
      throw err;
    }
  }

  /** Creates the stream, or brings an existing one to these settings. */
  async ensureStream(): Promise<void> {
    const config = {
      name: EVENT_STREAM,
      subjects: ['seatpool.>'],
      storage: StorageType.File,
      retention: RetentionPolicy.Limits,
      duplicate_window: nanos(this.opts.duplicateWindowMs ?? 2 * MINUTE_MS),
      max_age: nanos(this.opts.maxAgeMs ?? 7 * 24 * 60 * MINUTE_MS),
    };
    const exists = await this.jsm.streams.info(EVENT_STREAM).then(() => true, () => false);
    if (exists) await this.jsm.streams.update(EVENT_STREAM, config);
    else await this.jsm.streams.add(config);
  }

  /** Publishes one event and waits for JetStream's ack; resolves `duplicate` when the id was already stored. */
  async publish(envelope: EventEnvelope): Promise<{ seq: number; duplicate: boolean }> {
    const ack = await this.js.publish(subjectFor(envelope.type), encodeEnvelope(envelope), {
      msgID: envelope.id,
      timeout: this.opts.publishTimeoutMs ?? 5_000,
    });
    return { seq: ack.seq, duplicate: ack.duplicate };
  }

  /** The newest stored event on `subject` (null when there is none): for operators and tests. */
  async lastEvent(subject: string): Promise<EventEnvelope | null> {
    const msg = await this.jsm.streams.getMessage(EVENT_STREAM, { last_by_subj: subject }).catch(() => null);
    return msg ? parseEnvelope(msg.data) : null;
  }

  /**
   * Runs `handler` for each event of the durable consumer, one at a time in stream order: ack
   * after it succeeds, nak with a delay when it throws (redelivered later), term when the message
   * is not a valid envelope (it never will be). A crash before the ack redelivers after `ackWaitMs`,
   * so handlers must be idempotent by event id (see `handleOnce`).
   */
  async consume(opts: ConsumeOptions, handler: EventHandler): Promise<Subscription> {
    const config: Partial<ConsumerConfig> = {
      durable_name: opts.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ack_wait: nanos(opts.ackWaitMs ?? 30_000),
      max_deliver: -1,
      // One unacked event at a time (across replicas too): a failed event is retried before any
      // later one is handed out, so events apply in stream order, as the polled cursor does.
      max_ack_pending: opts.maxAckPending ?? 1,
      ...this.filterConfig(opts.filterSubjects),
    };
    // NATS < 2.10 filters on one subject: several are then filtered here (the rest acked unread).
    const wanted = (subject: string) => opts.filterSubjects.some((pattern) => subjectMatches(pattern, subject));
    const ensureConsumer = async () => {
      const exists = await this.jsm.consumers.info(EVENT_STREAM, opts.durable).then(() => true, () => false);
      if (exists) await this.jsm.consumers.update(EVENT_STREAM, opts.durable, config);
      else await this.jsm.consumers.add(EVENT_STREAM, config);
    };
    const log = this.opts.logger;
    const nakDelay = opts.nakDelayMs ?? 1_000;
    let stopped = false;
    let messages: ConsumerMessages | undefined;
    let retry: NodeJS.Timeout | undefined;
    let wake: (() => void) | undefined;
    const open = async () => {
      await ensureConsumer();
      const consumer = await this.js.consumers.get(EVENT_STREAM, opts.durable);
      const m = await consumer.consume({ max_messages: 64, abort_on_missing_resource: true });
      messages = m;
      return m;
    };
    // The client re-pulls across reconnects on its own; should the message stream still end (the
    // consumer deleted, the server's store lost), the consumer is ensured and opened again until `stop()`.
    const run = async (first: ConsumerMessages): Promise<void> => {
      let current: ConsumerMessages | undefined = first;
      for (let failures = 0; !stopped; ) {
        try {
          current ??= await open();
          failures = 0;
          for await (const m of current) {
            if (wanted(m.subject)) await this.deliver(m, handler, nakDelay, opts.durable);
            else m.ack();
          }
        } catch (err) {
          failures++;
          if (!stopped && failures === 1) log.error({ err, durable: opts.durable }, 'event consumer interrupted; reopening');
        }
        current = undefined;
        if (stopped) return;
        await new Promise<void>((resolve) => {
          wake = resolve;
          retry = setTimeout(resolve, Math.min(10_000, 250 * 2 ** Math.min(failures, 6)));
          retry.unref();
        });
      }
    };
    const loop = run(await open());
    const sub: Subscription = {
      stop: async () => {
        stopped = true;
        this.subscriptions.delete(sub);
        if (retry) clearTimeout(retry);
        wake?.();
        messages?.stop();
        await loop;
      },
    };
    this.subscriptions.add(sub);
    return sub;
  }

  /** `filter_subjects` needs NATS ≥ 2.10; older servers get the whole event stream (`seatpool.>`). */
  private filterConfig(subjects: string[]): Partial<ConsumerConfig> {
    if (subjects.length === 1) return { filter_subject: subjects[0] };
    const [major = 0, minor = 0] = (this.connection.info?.version ?? '0.0').split('.').map(Number);
    return major > 2 || (major === 2 && minor >= 10) ? { filter_subjects: subjects } : { filter_subject: 'seatpool.>' };
  }

  private async deliver(m: JsMsg, handler: EventHandler, nakDelayMs: number, durable: string) {
    let event: EventEnvelope;
    try {
      event = parseEnvelope(m.data);
    } catch (err) {
      this.opts.logger.error({ durable, subject: m.subject, seq: m.seq, reason: err instanceof InvalidEnvelope ? err.message : 'unreadable' }, 'invalid event dropped');
      m.term();
      return;
    }
    try {
      await handler(event, { redelivered: m.redelivered, deliveryCount: m.info.deliveryCount });
    } catch (err) {
      this.opts.logger.error({ err, durable, eventId: event.id, type: event.type }, 'event not applied; redelivered later');
      m.nak(nakDelayMs);
      return;
    }
    m.ack();
  }

  private watchStatus() {
    const log = this.opts.logger;
    void (async () => {
      for await (const s of this.connection.status()) {
        if (s.type === 'disconnect') log.warn({ nats: this.opts.name }, 'NATS connection lost; reconnecting');
        else if (s.type === 'reconnect') log.info({ nats: this.opts.name }, 'NATS connection back');
      }
    })().catch(() => undefined);
  }

  /** Stops every consumer (in-hand messages finish) and closes the connection. */
  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    if (!this.connection.isClosed()) await this.connection.drain().catch(() => this.connection.close());
  }
}

/** NATS subject matching: `*` is one token, a final `>` one or more. */
export function subjectMatches(pattern: string, subject: string): boolean {
  const p = pattern.split('.');
  const t = subject.split('.');
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '>') return i === p.length - 1 && t.length > i;
    if (i >= t.length || (p[i] !== '*' && p[i] !== t[i])) return false;
  }
  return p.length === t.length;
}

/**
 * A bus connected on first use, and again on the next use after a failed connect: a service
 * starts, and keeps answering, while NATS is down; its relay or consumer retries.
 */
export class LazyNatsBus {
  private bus: NatsBus | undefined;
  private connecting: Promise<NatsBus> | undefined;
  private closed = false;

  constructor(private readonly opts: NatsBusOptions) {}

  get(): Promise<NatsBus> {
    if (this.closed) return Promise.reject(new Error('event bus closed'));
    if (this.bus) return Promise.resolve(this.bus);
    this.connecting ??= NatsBus.connect(this.opts).then(
      async (bus) => {
        if (this.closed) {
          await bus.close();
          throw new Error('event bus closed');
        }
        return (this.bus = bus);
      },
      (err: unknown) => {
        this.connecting = undefined;
        throw err;
      },
    );
    return this.connecting;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.connecting?.catch(() => undefined);
    await this.bus?.close();
  }
}
