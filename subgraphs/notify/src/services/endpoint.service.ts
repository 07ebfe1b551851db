import type { EntityManager } from '@mikro-orm/core';
import { pageWindow, type Page } from '@seatpool/kit';
import { randomUUID } from 'node:crypto';
import { NotifyState, WebhookDelivery, WebhookEndpoint } from '../entities';
import { endpointIdOf, notFound } from './common';
import type { NotifyDeps } from './deps';
import { cleanEndpointFields, type EndpointFields } from './endpoint-input';
import { newSecret, secretHint } from './signing';

/** An endpoint with its signing secret: the only answer that ever holds the secret. */
export interface CreatedEndpoint {
  endpoint: WebhookEndpoint;
  secret: string;
}

const DAY_MS = 86_400_000;

/** Webhook endpoints: registration, changes, on/off, secrets (shown once), deletion. */
export class EndpointService {
  constructor(private readonly em: EntityManager, private readonly deps: NotifyDeps) {}

  async list(page: number | null | undefined, pageSize: number | null | undefined): Promise<Page<WebhookEndpoint>> {
    const w = pageWindow({ page, pageSize }, { defaultSize: 50 });
    const [items, total] = await this.em.findAndCount(WebhookEndpoint, {}, { orderBy: { createdAt: 'desc', id: 'desc' }, offset: w.offset, limit: w.limit });
    return { items, total, page: w.page, pageSize: w.pageSize };
  }

  async find(id: string): Promise<WebhookEndpoint | null> {
    const key = endpointIdOf(id);
    return key ? this.em.findOne(WebhookEndpoint, { id: key }) : null;
  }

  async get(id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.find(id);
    if (!endpoint) throw notFound(`No webhook endpoint has the id ${id.slice(0, 64)}.`);
    return endpoint;
  }

  async create(input: EndpointFields & { url: string }): Promise<CreatedEndpoint> {
    const fields = cleanEndpointFields(input, { production: this.deps.production });
    const secret = newSecret();
    const now = this.deps.now();
    const endpoint = this.em.create(WebhookEndpoint, {
      id: randomUUID(),
      url: fields.url!,
      description: fields.description ?? null,
      eventTypes: fields.eventTypes ?? [],
      motherGroupId: fields.motherGroupId ?? null,
      poolGroupId: fields.poolGroupId ?? null,
      freeSeatsBelow: fields.freeSeatsBelow ?? 10,
      tokenExpiryDays: fields.tokenExpiryDays ?? 7,
      redeemFailuresPerMinute: fields.redeemFailuresPerMinute ?? 20,
      enabled: true,
      disabledReason: null,
      secretSealed: this.deps.box.seal(secret),
      secretHint: secretHint(secret),
      consecutiveFailures: 0,
      lastSuccessAt: null,
      createdAt: now,
      updatedAt: now,
    });
    await this.em.flush();
    return { endpoint, secret };
  }

  async update(id: string, input: EndpointFields): Promise<WebhookEndpoint> {
    const endpoint = await this.get(id);
    const fields = cleanEndpointFields(input, { production: this.deps.production });
    this.em.assign(endpoint, { ...fields, updatedAt: this.deps.now() });
    await this.em.flush();
    return endpoint;
  }

  /** On again: pending deliveries resume; the failure streak starts over. */
  async enable(id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.get(id);
    this.em.assign(endpoint, { enabled: true, disabledReason: null, consecutiveFailures: 0, updatedAt: this.deps.now() });
    await this.em.flush();
    this.deps.kickSender();
    return endpoint;
  }

  async disable(id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.get(id);
    if (endpoint.enabled) this.em.assign(endpoint, { enabled: false, disabledReason: 'operator', updatedAt: this.deps.now() });
    await this.em.flush();
    return endpoint;
  }

  async delete(id: string): Promise<boolean> {
    const key = endpointIdOf(id);
    if (!key) return false;
    return this.em.transactional(async (tx) => {
      // The endpoint row first: on PostgreSQL this waits for a notification that holds it
      // (live-endpoints.ts), so the deletes below also see the rows that notification wrote.
      const deleted = await tx.nativeDelete(WebhookEndpoint, { id: key });
      await tx.nativeDelete(WebhookDelivery, { endpointId: key });
      await tx.nativeDelete(NotifyState, { endpointId: key });
      return deleted > 0;
    });
  }

  /** A new secret, shown this once; the next attempt of every delivery is signed with it. */
  async rotate(id: string): Promise<CreatedEndpoint> {
    const endpoint = await this.get(id);
    const secret = newSecret();
    this.em.assign(endpoint, { secretSealed: this.deps.box.seal(secret), secretHint: secretHint(secret), updatedAt: this.deps.now() });
    await this.em.flush();
    return { endpoint, secret };
  }

  async byIds(ids: readonly string[]): Promise<Map<string, WebhookEndpoint>> {
    const rows = await this.em.find(WebhookEndpoint, { id: { $in: [...ids] } });
    return new Map(rows.map((e) => [e.id, e]));
  }

  /** Per endpoint: deliveries of the last 24 h that failed every attempt so far (pending after a failure, or failed). One query. */
  async recentFailures(endpointIds: readonly string[]): Promise<Map<string, number>> {
    const since = new Date(this.deps.now().getTime() - DAY_MS);
    const rows: { endpoint_id: string; n: number | string }[] = await this.em.getConnection().execute(
      `select endpoint_id, count(*) as n from webhook_delivery
        where endpoint_id in (${endpointIds.map(() => '?').join(', ')}) and created_at >= ?
          and (status = 'FAILED' or (status = 'PENDING' and attempts > 0))
        group by endpoint_id`,
      [...endpointIds, since],
    );
    return new Map(rows.map((r) => [r.endpoint_id, Number(r.n)]));
  }
}
