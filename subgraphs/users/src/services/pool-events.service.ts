import { raw, type EntityManager } from '@mikro-orm/core';
import type { EventEnvelope, Logger } from '@seatpool/kit';
import { createHash, randomUUID } from 'node:crypto';
import type { PoolClient, PoolEvent } from '../clients/pool.client';
import { AuditLog, CodeEvent, ConsumerCursor, InviteRequest, RedeemCode, SwitchRequest } from '../entities';
import type { UsersMetrics } from '../metrics';
import { acceptSentInvite, cancelSentInvite } from './invite-transitions';
import { redact } from './redaction';

const CURSOR = 'pool-events';
const PAGE = 100;
const MAX_PAGES = 20;
const LOST = new Set(['invalid', 'disabled']);

/** An event whose payload is not a JSON object: it never becomes valid, so it is skipped, loudly. */
export class MalformedPoolEvent extends Error {}

export interface PoolEventsDeps {
  pool: PoolClient;
  now: () => Date;
  logger: Logger;
  requestId: string;
  metrics: UsersMetrics;
  seatLostPolicy: 'extra_switch' | 'requeue';
}

/**
 * Reads pool's outbox by cursor (at least once) and applies each fact idempotently: accepted
 * invites, seats released upstream, and lost mothers or teams, whose codes get their after-sale
 * right once per lost seat (`afterSaleKey`): one more switch, or a switch queued at once.
 */
export class PoolEventsService {
  constructor(private readonly em: EntityManager, private readonly deps: PoolEventsDeps) {}

  /** Handles pages of events until caught up; the cursor advances past each event handled. */
  async consume(): Promise<number> {
    let handled = 0;
    for (let page = 0; page < MAX_PAGES; page++) {
      const after = (await this.em.findOne(ConsumerCursor, { name: CURSOR }, { refresh: true }))?.position ?? null;
      const { events, cursor } = await this.deps.pool.poolEvents(after, PAGE, this.deps.requestId);
      let position = after;
      for (const event of events) {
        try {
          await this.handle(event);
        } catch (err) {
          if (err instanceof MalformedPoolEvent) {
            // Retrying cannot help and would stop every later event: record it and move on.
            this.deps.logger.error({ eventId: event.id, type: event.type, reason: err.message }, 'malformed pool event skipped');
            this.deps.metrics.poolEvent('malformed');
            position = event.id;
            continue;
          }
          this.deps.logger.error({ err, eventId: event.id, type: event.type }, 'pool event not applied; retried next round');
          await this.save(position);
          return handled;
        }
        this.deps.metrics.poolEvent(event.type);
        position = event.id;
        handled++;
      }
      await this.save(events.length ? cursor ?? position : position);
      if (events.length < PAGE) break;
    }
    return handled;
  }

  /**
   * Applies one event: the one handler of both transports (the polled page here, the NATS consumer
   * through `poolEventFromEnvelope`). Idempotent on its own (at least once); the NATS path also
   * records the event id in the same transaction (`handleOnce`). Throws MalformedPoolEvent for a
   * payload that is not a JSON object.
   */
  async handle(event: PoolEvent): Promise<void> {
    const payload = parse(event.payload);
    const at = event.createdAt ? new Date(event.createdAt) : this.deps.now();
    switch (event.type) {
      case 'placement.accepted':
        if (event.placementKey) await acceptSentInvite(this.em, event.placementKey, at, this.deps.now());
        return;
      case 'placement.released':
        if (event.placementKey) await this.released(event.placementKey, String(payload.reason ?? 'upstream'), String(payload.source ?? 'upstream'));
        return;
      case 'team.lost':
        if (event.teamId) await this.seatsLost({ currentTeamId: event.teamId, ...(event.motherId ? { motherId: event.motherId } : {}) }, { reason: 'team_lost', teamId: event.teamId, motherId: event.motherId });
        return;
      case 'mother.status_changed': {
        const motherId = event.motherId ?? (payload.motherId as string | undefined);
        const to = String(payload.to ?? '').toLowerCase();
        const from = String(payload.from ?? '').toLowerCase();
        // An operator's disable keeps the seated people where they are: nothing is lost.
        const byOperator = payload.reason === 'disabled_by_operator';
        if (motherId && LOST.has(to) && !LOST.has(from) && !byOperator) await this.seatsLost({ motherId }, { reason: `mother_${to}`, motherId });
        return;
      }
      case 'admin.action':
        await this.adminAction(event, payload, at);
        return;
      default:
        this.deps.logger.debug({ type: event.type }, 'pool event type not used by users');
    }
  }

  /**
   * A seat ended at pool. Released by us (`source: api`) it is already settled here; released because
   * the person left or the invite was cancelled upstream, the code just loses its seat; released by a
   * pool operator (e.g. a mother deleted), the code also gets its after-sale right.
   */
  private async released(key: string, reason: string, source: string): Promise<void> {
    const now = this.deps.now();
    const code = await this.em.findOne(RedeemCode, { seatKey: key }, { refresh: true });
    if (code && (source === 'operator' || /lost/i.test(reason))) await this.afterSale(code, { reason, source, placementKey: key });
    await this.em.transactional(async (tx) => {
      const releaseReason = reason.toUpperCase().slice(0, 32);
      await cancelSentInvite(tx, { placementKey: key, codeId: code?.id, reason: releaseReason }, now);
      await tx.nativeUpdate(InviteRequest, { placementKey: key, status: 'accepted' }, { status: 'removed', releaseReason, updatedAt: now });
      await tx.nativeUpdate(RedeemCode, { seatKey: key }, { seatKey: null, currentTeamId: null });
    });
  }

  private async seatsLost(where: Record<string, string>, cause: Record<string, unknown>): Promise<void> {
    const codes = await this.em.find(
      RedeemCode,
      { ...where, seatKey: { $ne: null }, $or: [{ status: 'used' }, { status: 'disabled', disabledFrom: 'used' }] },
      { refresh: true },
    );
    for (const code of codes) await this.afterSale(code, cause);
  }

  /** Grants the after-sale right for the code's current seat, once. */
  private async afterSale(code: RedeemCode, cause: Record<string, unknown>): Promise<void> {
    const key = code.seatKey;
    if (!key) return;
    const policy = this.deps.seatLostPolicy;
    const now = this.deps.now();
    await this.em.transactional(async (tx) => {
      const extra = policy === 'extra_switch' && code.switchLimit !== null && code.switchLimit !== undefined;
      const won = await tx.nativeUpdate(
        RedeemCode,
        { id: code.id, seatKey: key, $or: [{ afterSaleKey: null }, { afterSaleKey: { $ne: key } }] },
        { afterSaleKey: key, ...(extra ? { switchLimit: raw('switch_limit + 1') } : {}) },
      );
      if (won !== 1) return;
      let queued = false;
      if (policy === 'requeue' && code.boundEmail && !(await tx.count(SwitchRequest, { openFor: code.id }))) {
        await tx.insert(SwitchRequest, {
          id: randomUUID(), code: code.id, kind: 'requeue', email: code.boundEmail, status: 'queued', openFor: code.id, excludeMotherId: code.motherId ?? null,
          attempts: 0, nextAttemptAt: now, expiresAt: code.lifecycleEndsAt ?? null, createdAt: now, updatedAt: now,
        });
        queued = true;
      }
      await tx.insert(CodeEvent, { id: randomUUID(), code: code.id, type: 'grant', actor: 'system', detail: JSON.stringify({ policy, extraSwitch: extra, queued, lostSeat: key, ...cause }), createdAt: now });
    });
  }

  /**
   * A pool admin action joins the one audit log. The row id is derived from the event, so a
   * redelivered event (at least once) finds its row and adds nothing.
   */
  private async adminAction(event: PoolEvent, p: Record<string, unknown>, at: Date): Promise<void> {
    const id = eventRowId(event);
    if (await this.em.count(AuditLog, { id })) return;
    const text = (v: unknown, max: number) => (typeof v === 'string' && v ? v.slice(0, max) : null);
    await this.em.insert(AuditLog, {
      id,
      actor: text(p.actor, 64) ?? 'pool',
      sessionId: text(p.sessionId, 64),
      action: text(p.action, 64) ?? 'pool.unknown',
      targetType: text(p.targetType, 32),
      targetId: text(p.targetId, 64),
      // Pool already removed secrets; redacted again here, as every audit payload is.
      payload: p.input === undefined || p.input === null ? null : JSON.stringify(redact(p.input)),
      requestId: text(p.requestId, 128),
      ip: text(p.ip, 64),
      createdAt: at,
    });
  }

  private async save(position: string | null): Promise<void> {
    const now = this.deps.now();
    const updated = await this.em.nativeUpdate(ConsumerCursor, { name: CURSOR }, { position, updatedAt: now });
    if (!updated) await this.em.insert(ConsumerCursor, { name: CURSOR, position, updatedAt: now });
  }
}

/**
 * A NATS envelope as the polled page's event: `pool-42` is cursor `42`, `occurredAt` the row's
 * `createdAt` (so both transports derive the same audit row id), `data` the payload.
 */
export function poolEventFromEnvelope(envelope: EventEnvelope): PoolEvent {
  const d = envelope.data;
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    id: envelope.id.replace(/^pool-/, ''),
    type: envelope.type.replace(/^pool\./, ''),
    motherId: text(d.motherId),
    teamId: text(d.teamId),
    placementKey: text(d.placementKey),
    email: text(d.email),
    payload: JSON.stringify(d),
    createdAt: envelope.occurredAt,
  };
}

/** A stable uuid-shaped id per pool event (its id and time, so a rebuilt pool database cannot collide). */
function eventRowId(event: PoolEvent): string {
  const h = createHash('sha256').update(`pool-event:${event.id}:${event.createdAt}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The payload as an object; an empty payload is `{}`, anything else that is not a JSON object is malformed. */
function parse(text: string | null | undefined): Record<string, unknown> {
  if (text === null || text === undefined || text === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Not the parser's message: it quotes the payload, which may hold an email.
    throw new MalformedPoolEvent('payload is not JSON');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new MalformedPoolEvent(`payload is ${Array.isArray(value) ? 'an array' : typeof value}, not an object`);
  return value as Record<string, unknown>;
}
