import { ProcessedEvent } from '@seatpool/kit';
import { ConsumerCursor, NotifyState, RedeemFailure } from './notify-state.entity';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';

export { ConsumerCursor, NotifyState, RedeemFailure, WebhookDelivery, WebhookEndpoint };
export type { DisabledReason } from './webhook-endpoint.entity';
export type { DeliveryStatus } from './webhook-delivery.entity';

/** Exactly the notify domain's entities, and kit's processed events of the NATS consumer (the kit adds its own lease table). */
export const notifyEntities = [WebhookEndpoint, WebhookDelivery, NotifyState, ConsumerCursor, RedeemFailure, ProcessedEvent];
