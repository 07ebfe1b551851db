import { dashboardResolvers } from './dashboard.resolvers';
import { internalResolvers } from './internal.resolvers';
import { motherResolvers } from './mother.resolvers';
import { DateTime } from './scalars';

/** The pool resolver map: one module per concept, root types merged here. */
export const resolvers = {
  DateTime,
  Query: { ...motherResolvers.Query, ...internalResolvers.Query },
  Mutation: { ...motherResolvers.Mutation, ...internalResolvers.Mutation },
  Mother: motherResolvers.Mother,
  MotherStatus: motherResolvers.MotherStatus,
  SeatStatus: motherResolvers.SeatStatus,
  PlacementStatus: internalResolvers.PlacementStatus,
  Dashboard: dashboardResolvers.Dashboard,
};
