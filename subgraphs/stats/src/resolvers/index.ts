import { dashboardResolvers } from './dashboard.resolvers';
import { DateTime } from '@seatpool/kit';
import { trendsResolvers } from './trends.resolvers';
import { usageResolvers } from './usage.resolvers';

export const resolvers = {
  DateTime,
  Query: { ...dashboardResolvers.Query, ...trendsResolvers.Query },
  Dashboard: dashboardResolvers.Dashboard,
  Trends: trendsResolvers.Trends,
  ...usageResolvers,
};
