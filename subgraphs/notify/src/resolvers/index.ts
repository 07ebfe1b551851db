import { DateTime } from '@seatpool/kit';
import type { Resolvers } from '../generated/resolvers-types';
import { deliveryResolvers } from './delivery.resolvers';
import { endpointResolvers } from './endpoint.resolvers';

/** The notify resolver map: one module per concept, root types merged here. */
export const resolvers: Resolvers = {
  DateTime,
  Query: { ...endpointResolvers.Query, ...deliveryResolvers.Query },
  Mutation: { ...endpointResolvers.Mutation, ...deliveryResolvers.Mutation },
  WebhookEndpoint: endpointResolvers.WebhookEndpoint,
  WebhookDelivery: deliveryResolvers.WebhookDelivery,
};
