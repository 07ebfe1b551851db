import { requireAdmin } from '@seatpool/kit';
import type { Resolvers } from '../generated/resolvers-types';
import { fillBuckets, trendWindow, windowEnd } from '../services/trends';
import type { RawSeries, TrendsParent } from './parents';

const filled = (raw: RawSeries) => (t: TrendsParent) => fillBuckets(t, t[raw] ?? []);

/** Trends: stats fixes the window; users and pool count into its buckets; stats fills the empty ones. */
export const trendsResolvers = {
  Query: {
    trends: (_, a, ctx) => {
      requireAdmin(ctx, 'stats:read');
      return trendWindow(a.days, a.granularity ?? 'DAY', Date.now());
    },
  },
  Trends: {
    __resolveReference: (ref, ctx) => (requireAdmin(ctx, 'stats:read'), ref),
    until: windowEnd,
    redeems: filled('redeemCounts'),
    invitesSent: filled('inviteSentCounts'),
    invitesFailed: filled('inviteFailedCounts'),
    switches: filled('switchCounts'),
    mothersAdded: filled('mothersAddedCounts'),
    mothersLost: filled('mothersLostCounts'),
  },
} satisfies Resolvers;
