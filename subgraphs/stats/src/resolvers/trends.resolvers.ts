import { requireAdmin, type BaseContext } from '@seatpool/kit';
import { fillBuckets, trendWindow, windowEnd, type BucketCount, type Granularity, type TrendWindow } from '../services/trends';

type Reported = TrendWindow & Record<string, BucketCount[] | unknown>;
const filled = (raw: string) => (t: Reported) => fillBuckets(t, (t[raw] as BucketCount[] | undefined) ?? []);

/** Trends: stats fixes the window; users and pool count into its buckets; stats fills the empty ones. */
export const trendsResolvers = {
  Query: {
    trends: (_: unknown, a: { days: number; granularity?: Granularity | null }, ctx: BaseContext) => {
      requireAdmin(ctx, 'stats:read');
      return trendWindow(a.days, a.granularity ?? 'DAY', Date.now());
    },
  },
  Trends: {
    __resolveReference: (ref: Reported, ctx: BaseContext) => (requireAdmin(ctx, 'stats:read'), ref),
    until: windowEnd,
    redeems: filled('redeemCounts'),
    invitesSent: filled('inviteSentCounts'),
    invitesFailed: filled('inviteFailedCounts'),
    switches: filled('switchCounts'),
    mothersAdded: filled('mothersAddedCounts'),
    mothersLost: filled('mothersLostCounts'),
  },
};
