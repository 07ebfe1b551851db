import { dashboardResolvers } from './dashboard.resolvers';

export const resolvers = { ...dashboardResolvers };
