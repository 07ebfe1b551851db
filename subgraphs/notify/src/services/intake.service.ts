import type { SqlEntityManager } from '@mikro-orm/postgresql'; // both drivers are SQL ones
import type { EntityManager } from '@mikro-orm/core';
import { ConsumerCursor, NotifyState, RedeemFailure, WebhookEndpoint } from '../entities';
import { DeliveryService } from './delivery.service';
import type { NotifyDeps } from './deps';
import { EndpointService } from './endpoint.service';
import { notificationsOf } from './event-notifications';
import type { EventPage, Feeds, SourceEvent } from './feeds';
import { wants } from './notification-types';

const PAGE = 100;
const MAX_PAGES = 20;
const MINUTE_MS = 60_000;

export type Source = 'pool' | 'users';

/**
 * Reads pool's and users' events by cursor (at least once) and turns each into deliveries in the
 * same transaction that advances the cursor; a delivery's unique (endpoint, event id) key makes a
 * re-read harmless. `users.redeem.failed` feeds the sliding-minute rate of REDEEM_FAILURES_HIGH.
 */
export class IntakeService {
  constructor(private readonly em: EntityManager, private readonly deps: NotifyDeps, private readonly feeds: Feeds, private readonly requestId: string) {}

  /** Reads pages of one source until caught up; answers the events handled. */
  async consume(source: Source): Promise<number> {
    const name = `${source}-events`;
    let handled = 0;
    for (let page = 0; page < MAX_PAGES; page++) {
      const after = (await this.em.findOne(ConsumerCursor, { name }, { refresh: true, disableIdentityMap: true }))?.position ?? null;
      const read: EventPage = source === 'pool' ? await this.feeds.poolEvents(after, PAGE, this.requestId) : await this.feeds.usersEvents(after, PAGE, this.requestId);
      if (!read.events.length) return handled;
      await this.em.transactional(async (tx) => {
        const endpoints = await tx.find(WebhookEndpoint, { enabled: true });
        for (const event of read.events) await this.apply(tx, event, endpoints);
        const position = read.cursor ?? read.events[read.events.length - 1].position;
        await tx.upsert(ConsumerCursor, { name, position, updatedAt: this.deps.now() });
      });
      this.deps.kickSender();
      for (const _ of read.events) this.deps.metrics.event(source, 'read');
      handled += read.events.length;
      if (read.events.length < PAGE) return handled;
    }
    return handled;
  }

  /** One event pushed by NATS, inside the caller's transaction (kit's `handleOnce`, on this service's entity manager). */
  async applyOne(event: SourceEvent): Promise<void> {
    await this.apply(this.em, event, await this.em.find(WebhookEndpoint, { enabled: true }));
  }

  private async apply(tx: EntityManager, event: SourceEvent, endpoints: WebhookEndpoint[]) {
    const deliveries = new DeliveryService(tx, this.deps, new EndpointService(tx, this.deps));
    for (const n of notificationsOf(event)) await deliveries.enqueue(n, endpoints);
    if (event.type === 'users.redeem.failed') await this.redeemFailed(tx, event, endpoints, deliveries);
  }

  /** Counts the failure, then fires REDEEM_FAILURES_HIGH for each endpoint whose rate it pushes over the limit (once until re-armed). */
  private async redeemFailed(tx: EntityManager, event: SourceEvent, endpoints: WebhookEndpoint[], deliveries: DeliveryService) {
    const motherGroupId = typeof event.data.motherGroupId === 'string' ? event.data.motherGroupId : null;
    await (tx as SqlEntityManager).createQueryBuilder(RedeemFailure).insert({ eventId: event.eventId, motherGroupId, occurredAt: event.occurredAt }).onConflict('eventId').ignore().execute();
    for (const endpoint of endpoints) {
      if (!wants(endpoint, { type: 'REDEEM_FAILURES_HIGH', scoped: true, motherGroupId, poolGroupId: null })) continue;
      const count = await redeemFailuresInMinute(tx, endpoint, event.occurredAt);
      const state = await tx.findOne(NotifyState, { endpointId: endpoint.id, key: 'redeem' });
      if (count > endpoint.redeemFailuresPerMinute && state?.state !== 'fired') {
        const seq = (state?.seq ?? 0) + 1;
        await tx.upsert(NotifyState, { endpointId: endpoint.id, key: 'redeem', state: 'fired', seq, updatedAt: this.deps.now() });
        await deliveries.enqueue(
          {
            type: 'REDEEM_FAILURES_HIGH',
            sourceKey: `redeem-high:${seq}`,
            occurredAt: event.occurredAt,
            scoped: false,
            data: { failuresInLastMinute: count, threshold: endpoint.redeemFailuresPerMinute, motherGroupId: endpoint.motherGroupId ?? null, lastReason: event.data.reason ?? null },
          },
          [endpoint],
        );
      } else if (state?.state === 'fired' && count * 2 < endpoint.redeemFailuresPerMinute) {
        await tx.upsert(NotifyState, { endpointId: endpoint.id, key: 'redeem', state: 'armed', seq: state.seq, updatedAt: this.deps.now() });
      }
    }
  }
}

/** `users.redeem.failed` events in the minute up to `at`, of the endpoint's mother group when it has one. */
export function redeemFailuresInMinute(em: EntityManager, endpoint: WebhookEndpoint, at: Date): Promise<number> {
  return em.count(RedeemFailure, {
    occurredAt: { $gt: new Date(at.getTime() - MINUTE_MS), $lte: at },
    ...(endpoint.motherGroupId ? { motherGroupId: endpoint.motherGroupId } : {}),
  });
}
