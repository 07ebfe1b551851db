import { z } from 'zod';

/** Every event between domains, on NATS and through the polled internal queries (docs/architecture/EVENTS.md). */
export interface EventEnvelope<D extends Record<string, unknown> = Record<string, unknown>> {
  /** `<source>-<outbox row id>`: stable across re-publishes; the NATS message id and every consumer's dedup key. */
  id: string;
  /** `<source>.<entity>.<fact>`, e.g. `pool.mother.status_changed`. */
  type: string;
  source: string;
  version: number;
  /** ISO-8601 instant of the change. */
  occurredAt: string;
  data: D;
}

/** Prefix of every event subject; the stream `SEATPOOL_EVENTS` holds `seatpool.>`. */
export const EVENT_SUBJECT_PREFIX = 'seatpool.';

const segment = /^[a-z][a-z0-9_]*$/;

export const eventEnvelopeSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*-[0-9A-Za-z_-]{1,64}$/, 'must be <source>-<outbox id>'),
    type: z.string().max(128).refine((t) => t.split('.').length >= 3 && t.split('.').every((s) => segment.test(s)), 'must be <source>.<entity>.<fact>'),
    source: z.string().regex(segment),
    version: z.number().int().min(1),
    occurredAt: z.iso.datetime({ offset: true }),
    data: z.record(z.string(), z.unknown()),
  })
  .refine((e) => e.type.startsWith(`${e.source}.`) && e.id.startsWith(`${e.source}-`), 'type and id must start with the source');

export class InvalidEnvelope extends Error {}

/** The NATS subject of an event type: `seatpool.` + type. */
export function subjectFor(type: string): string {
  return EVENT_SUBJECT_PREFIX + type;
}

/**
 * Checks an incoming envelope (bytes, text or parsed). The error names the problem fields only:
 * never the values, since `data` may hold an email.
 */
export function parseEnvelope(input: Uint8Array | string | unknown): EventEnvelope {
  let value: unknown = input;
  if (input instanceof Uint8Array) value = Buffer.from(input).toString('utf8');
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      throw new InvalidEnvelope('event is not JSON');
    }
  }
  const result = eventEnvelopeSchema.safeParse(value);
  if (!result.success) {
    throw new InvalidEnvelope(`invalid event envelope: ${result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  }
  return result.data as EventEnvelope;
}

/** Serialises an envelope for the wire (validated first: a producer bug must not reach consumers). */
export function encodeEnvelope(envelope: EventEnvelope): Uint8Array {
  return Buffer.from(JSON.stringify(parseEnvelope(envelope)), 'utf8');
}
