import { requireService } from '@seatpool/kit';
import type { UsersResolvers } from './types';

/** Users' outbox for other domains (`@inaccessible`): only notify, with its signed service identity. */
export const eventsResolvers: UsersResolvers = {
  Query: {
    usersEvents: (_, { after, limit }, ctx) => {
      requireService(ctx, 'notify');
      return ctx.services.outbox.events(after, limit);
    },
  },
  UsersEvent: {
    id: (e) => String(e.id),
    eventId: (e) => `users-${e.id}`,
    occurredAt: (e) => e.createdAt,
    data: (e) => JSON.stringify(e.payload),
  },
};
