import type { SqlEntityManager } from '@mikro-orm/postgresql'; // both drivers are SQL ones
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { pageWindow, type Page } from '@seatpool/kit';
import { randomUUID } from 'node:crypto';
import { WebhookDelivery, WebhookEndpoint, type DeliveryStatus } from '../entities';
import { conflict, endpointIdOf, notFound } from './common';
import type { NotifyDeps } from './deps';
import type { EndpointService } from './endpoint.service';
import { liveEndpoints } from './live-endpoints';
import { notificationBody, wants, type Notification } from './notification-types';
import { newMessageId } from './signing';

/** Deliveries: the admin list, test sends, redelivery, and turning notifications into deliveries. */
export class DeliveryService {
  constructor(private readonly em: EntityManager, private readonly deps: NotifyDeps, private readonly endpoints: EndpointService) {}

  async list(args: { endpointId?: string | null; status?: DeliveryStatus | null; page?: number | null; pageSize?: number | null }): Promise<Page<WebhookDelivery>> {
    const w = pageWindow(args, { defaultSize: 50 });
    const where: FilterQuery<WebhookDelivery> = {};
    if (args.endpointId != null) {
      const key = endpointIdOf(args.endpointId);
      if (!key) return { items: [], total: 0, page: w.page, pageSize: w.pageSize };
      where.endpointId = key;
    }
    if (args.status != null) where.status = args.status;
    const [items, total] = await this.em.findAndCount(WebhookDelivery, where, { orderBy: { createdAt: 'desc', id: 'desc' }, offset: w.offset, limit: w.limit });
    return { items, total, page: w.page, pageSize: w.pageSize };
  }

  /** A `TEST` delivery to the endpoint now (its event types and filters do not apply). */
  async sendTest(endpointId: string): Promise<WebhookDelivery> {
    const endpoint = await this.endpoints.get(endpointId);
    if (!endpoint.enabled) throw conflict('The endpoint is disabled; enable it first.');
    const now = this.deps.now();
    const n: Notification = { type: 'TEST', sourceKey: `test:${randomUUID()}`, occurredAt: now, data: { endpointId: endpoint.id, message: 'A test notification from seatpool.' }, scoped: false };
    const [delivery] = await this.enqueue(n, [endpoint]);
    this.deps.kickSender();
    return delivery;
  }

  /** A new attempt now with the same `webhook-id`; a FAILED delivery becomes PENDING again. */
  async redeliver(id: string): Promise<WebhookDelivery> {
    const delivery = /^msg_[A-Za-z0-9]{1,36}$/.test(id) ? await this.em.findOne(WebhookDelivery, { id }) : null;
    if (!delivery) throw notFound(`No webhook delivery has the id ${id.slice(0, 64)}.`);
    const endpoint = await this.em.findOne(WebhookEndpoint, { id: delivery.endpointId });
    if (!endpoint) throw notFound('The delivery\'s endpoint no longer exists.');
    if (!endpoint.enabled) throw conflict('The endpoint is disabled; enable it first.');
    this.em.assign(delivery, { status: 'PENDING', nextAttemptAt: this.deps.now(), deliveredAt: delivery.status === 'DELIVERED' ? delivery.deliveredAt : null });
    await this.em.flush();
    this.deps.kickSender();
    return delivery;
  }

  /**
   * One PENDING delivery per endpoint that wants the notification; an endpoint that already has a
   * delivery for the same source key keeps it (unique key), so reading an event twice changes nothing.
   * Callers wake the sender once their transaction has committed (`deps.kickSender`).
   */
  async enqueue(n: Notification, endpoints: WebhookEndpoint[]): Promise<WebhookDelivery[]> {
    const now = this.deps.now();
    const payload = notificationBody(n);
    const rows = endpoints
      .filter((e) => e.enabled && wants(e, n))
      .map((e) => ({
        id: newMessageId(),
        endpointId: e.id,
        sourceKey: n.sourceKey.slice(0, 200),
        type: n.type,
        payload,
        status: 'PENDING' as const,
        attempts: 0,
        nextAttemptAt: now,
        lastAttemptAt: null,
        lastStatusCode: null,
        lastResponse: null,
        createdAt: now,
        deliveredAt: null,
      }));
    if (!rows.length) return [];
    // The caller's transaction, or one of its own: the endpoints are checked and held while their rows are written.
    const created = await this.em.transactional(async (tx) => {
      const live = await liveEndpoints(tx, rows.map((r) => r.endpointId));
      const kept = rows.filter((r) => live.has(r.endpointId));
      if (!kept.length) return [];
      await (tx as SqlEntityManager).createQueryBuilder(WebhookDelivery).insert(kept).onConflict(['endpointId', 'sourceKey']).ignore().execute();
      return tx.find(WebhookDelivery, { id: { $in: kept.map((r) => r.id) } });
    });
    if (created.length) this.deps.metrics.notification(n.type, created.length);
    return created;
  }
}
