import type { EntityManager } from '@mikro-orm/core';
import { NotifyState, RedeemFailure, WebhookDelivery, WebhookEndpoint } from '../entities';
import { DeliveryService } from './delivery.service';
import type { NotifyDeps } from './deps';
import { EndpointService } from './endpoint.service';
import type { ExpiringToken, Feeds, GroupCapacity } from './feeds';
import { redeemFailuresInMinute } from './intake.service';
import { liveEndpoints } from './live-endpoints';
import { wants } from './notification-types';

const DAY_MS = 86_400_000;
/** Redeem failures are kept this long (the rate looks back one minute). */
const FAILURE_KEEP_MS = 10 * 60_000;

/** The band above the threshold free seats must reach before SEATS_RECOVERED: max(1, ceil(threshold / 5)). */
export const hysteresis = (threshold: number) => Math.max(1, Math.ceil(threshold / 5));

const wantsType = (e: WebhookEndpoint, ...types: ('SEATS_LOW' | 'SEATS_RECOVERED' | 'TOKEN_EXPIRING')[]) => e.eventTypes.length === 0 || types.some((t) => e.eventTypes.includes(t));

/**
 * The check round: free seats against each endpoint's threshold (SEATS_LOW / SEATS_RECOVERED with
 * hysteresis, one state per endpoint and group), tokens about to expire (TOKEN_EXPIRING once per
 * mother and expiry), and re-arming REDEEM_FAILURES_HIGH once the rate is back below half.
 */
export class ChecksService {
  constructor(private readonly em: EntityManager, private readonly deps: NotifyDeps, private readonly feeds: Feeds, private readonly requestId: string) {}

  async seats(): Promise<void> {
    const endpoints = (await this.em.find(WebhookEndpoint, { enabled: true })).filter((e) => wantsType(e, 'SEATS_LOW', 'SEATS_RECOVERED'));
    if (!endpoints.length) return;
    const capacity = await this.feeds.seatCapacity(this.requestId);
    for (const endpoint of endpoints) {
      for (const group of watchedGroups(endpoint, capacity)) await this.em.transactional((tx) => this.seatState(tx, endpoint, group));
    }
    this.deps.kickSender();
  }

  private async seatState(tx: EntityManager, endpoint: WebhookEndpoint, group: GroupCapacity) {
    const key = `seats:${group.kind}:${group.id ?? 'all'}`;
    const state = await tx.findOne(NotifyState, { endpointId: endpoint.id, key });
    const threshold = endpoint.freeSeatsBelow;
    const low = group.free < threshold;
    const recovered = group.free >= threshold + hysteresis(threshold);
    const now = this.deps.now();
    // Checked (and held) only before a write: an endpoint deleted since the round read it gets no state and no delivery.
    const gone = async () => !(await liveEndpoints(tx, [endpoint.id])).size;
    if (!state) {
      if (await gone()) return;
      // The first look only records where the group stands: low from the start is worth a notification, fine is not.
      await tx.insert(NotifyState, { endpointId: endpoint.id, key, state: low ? 'low' : 'ok', seq: low ? 1 : 0, updatedAt: now });
      if (low) await this.seatNotification(tx, endpoint, group, 'SEATS_LOW', 1);
      return;
    }
    const next = state.state !== 'low' && low ? 'low' : state.state === 'low' && recovered ? 'ok' : null;
    if (!next || (await gone())) return;
    const seq = state.seq + 1;
    await tx.nativeUpdate(NotifyState, { endpointId: endpoint.id, key }, { state: next, seq, updatedAt: now });
    await this.seatNotification(tx, endpoint, group, next === 'low' ? 'SEATS_LOW' : 'SEATS_RECOVERED', seq);
  }

  private async seatNotification(tx: EntityManager, endpoint: WebhookEndpoint, group: GroupCapacity, type: 'SEATS_LOW' | 'SEATS_RECOVERED', seq: number) {
    const deliveries = new DeliveryService(tx, this.deps, new EndpointService(tx, this.deps));
    await deliveries.enqueue(
      {
        type,
        sourceKey: `seats:${group.kind}:${group.id ?? 'all'}:${seq}`,
        occurredAt: this.deps.now(),
        // The endpoint chose the group already (watchedGroups): its filters have been applied.
        scoped: false,
        data: { group: { kind: group.kind, id: group.id, name: group.name }, free: group.free, total: group.total, threshold: endpoint.freeSeatsBelow, recoverAt: endpoint.freeSeatsBelow + hysteresis(endpoint.freeSeatsBelow) },
      },
      [endpoint],
    );
  }

  async tokens(): Promise<void> {
    const endpoints = (await this.em.find(WebhookEndpoint, { enabled: true })).filter((e) => wantsType(e, 'TOKEN_EXPIRING'));
    if (!endpoints.length) return;
    const days = Math.max(...endpoints.map((e) => e.tokenExpiryDays));
    const tokens = await this.feeds.expiringTokens(days, this.requestId);
    const now = this.deps.now().getTime();
    const keyOf = (t: ExpiringToken) => `token:${t.motherId}:${new Date(t.expiresAt).getTime()}`;
    // Most tokens were notified in an earlier round: one query finds them, so only new ones cost a transaction.
    const sent = new Set(
      (tokens.length ? await this.em.find(WebhookDelivery, { sourceKey: { $in: tokens.map(keyOf) } }, { fields: ['endpointId', 'sourceKey'], disableIdentityMap: true }) : []).map((d) => `${d.endpointId} ${d.sourceKey}`),
    );
    for (const token of tokens) {
      const expiresAt = new Date(token.expiresAt);
      const about = { type: 'TOKEN_EXPIRING' as const, scoped: true, motherGroupId: token.motherGroupId, poolGroupId: token.poolGroupId };
      const due = endpoints.filter((e) => expiresAt.getTime() <= now + e.tokenExpiryDays * DAY_MS && wants(e, about) && !sent.has(`${e.id} ${keyOf(token)}`));
      if (due.length) await this.em.transactional((tx) => this.tokenNotification(tx, token, expiresAt, keyOf(token), due));
    }
    this.deps.kickSender();
  }

  private async tokenNotification(tx: EntityManager, token: ExpiringToken, expiresAt: Date, sourceKey: string, endpoints: WebhookEndpoint[]) {
    const deliveries = new DeliveryService(tx, this.deps, new EndpointService(tx, this.deps));
    const now = this.deps.now();
    await deliveries.enqueue(
      {
        type: 'TOKEN_EXPIRING',
        sourceKey,
        occurredAt: now,
        scoped: true,
        motherGroupId: token.motherGroupId,
        poolGroupId: token.poolGroupId,
        data: { ...token, daysLeft: Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / DAY_MS)) },
      },
      endpoints,
    );
  }

  /** REDEEM_FAILURES_HIGH fires again only after the rate fell below half its limit; old failures are forgotten. */
  async rearmRedeemFailures(): Promise<void> {
    const now = this.deps.now();
    const fired = await this.em.find(NotifyState, { key: 'redeem', state: 'fired' });
    for (const state of fired) {
      const endpoint = await this.em.findOne(WebhookEndpoint, { id: state.endpointId });
      if (!endpoint) continue;
      if ((await redeemFailuresInMinute(this.em, endpoint, now)) * 2 < endpoint.redeemFailuresPerMinute) {
        await this.em.nativeUpdate(NotifyState, { endpointId: state.endpointId, key: 'redeem' }, { state: 'armed', updatedAt: now });
      }
    }
    await this.em.nativeDelete(RedeemFailure, { occurredAt: { $lt: new Date(now.getTime() - FAILURE_KEEP_MS) } });
  }
}

/** The groups an endpoint watches: its mother group and/or pool group, or every active mother (ALL) without a filter. */
export function watchedGroups(endpoint: Pick<WebhookEndpoint, 'motherGroupId' | 'poolGroupId'>, capacity: GroupCapacity[]): GroupCapacity[] {
  if (!endpoint.motherGroupId && !endpoint.poolGroupId) return capacity.filter((g) => g.kind === 'ALL');
  return capacity.filter(
    (g) => (g.kind === 'MOTHER_GROUP' && g.id === endpoint.motherGroupId) || (g.kind === 'POOL_GROUP' && g.id === endpoint.poolGroupId),
  );
}
