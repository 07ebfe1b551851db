import { childResolvers } from './child.resolvers';
import { enumResolvers } from './enums';
import { groupResolvers } from './group.resolvers';
import { importResolvers } from './import.resolvers';
import { internalResolvers } from './internal.resolvers';
import { motherResolvers } from './mother.resolvers';
import { notifyFeedResolvers } from './notify-feed.resolvers';
import { DateTime } from '@seatpool/kit';
import { statsResolvers } from './stats.resolvers';
import type { Resolvers } from '../generated/resolvers-types';

/** The pool resolver map: one module per concept, root types merged here. */
export const resolvers: Resolvers = {
  DateTime,
  ...enumResolvers,
  Query: { ...motherResolvers.Query, ...groupResolvers.Query, ...childResolvers.Query, ...importResolvers.Query, ...internalResolvers.Query, ...notifyFeedResolvers.Query },
  Mutation: { ...motherResolvers.Mutation, ...groupResolvers.Mutation, ...childResolvers.Mutation, ...importResolvers.Mutation, ...internalResolvers.Mutation },
  Mother: motherResolvers.Mother,
  PoolGroup: groupResolvers.PoolGroup,
  ChildAccount: childResolvers.ChildAccount,
  PoolEvent: internalResolvers.PoolEvent,
  ...statsResolvers, // Dashboard (cached figures), MotherGroupUsage, Trends
};
