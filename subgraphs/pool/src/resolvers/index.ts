import { childResolvers } from './child.resolvers';
import { enumResolvers } from './enums';
import { groupResolvers } from './group.resolvers';
import { importResolvers } from './import.resolvers';
import { internalResolvers } from './internal.resolvers';
import { motherResolvers } from './mother.resolvers';
import { DateTime } from '@seatpool/kit';
import { statsResolvers } from './stats.resolvers';

const modules = [motherResolvers, groupResolvers, childResolvers, importResolvers, internalResolvers];

/** The pool resolver map: one module per concept, root types merged here. */
export const resolvers = {
  DateTime,
  ...enumResolvers,
  Query: Object.assign({}, ...modules.map((m) => m.Query)),
  Mutation: Object.assign({}, ...modules.map((m) => m.Mutation)),
  Mother: motherResolvers.Mother,
  PoolGroup: groupResolvers.PoolGroup,
  ChildAccount: childResolvers.ChildAccount,
  PoolEvent: internalResolvers.PoolEvent,
  ...statsResolvers, // Dashboard (cached figures), MotherGroupUsage, Trends
};
