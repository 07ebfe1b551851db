import { DateTime } from '@seatpool/kit';
import type { Resolvers } from '../generated/resolvers-types';
import { dashboardResolvers } from './dashboard.resolvers';
import { trendsResolvers } from './trends.resolvers';
import { usageResolvers } from './usage.resolvers';

export const resolvers: Resolvers = {
  DateTime,
  Query: { ...dashboardResolvers.Query, ...trendsResolvers.Query },
  Dashboard: dashboardResolvers.Dashboard,
  Trends: trendsResolvers.Trends,
  ...usageResolvers,
};
