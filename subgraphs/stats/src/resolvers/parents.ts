import type { QuotaInputs } from '../services/quota';
import type { InviteOutcome } from '../services/ratios';
import type { BucketCount, TrendWindow } from '../services/trends';

// What a stats resolver receives as its parent: the entity reference the gateway sends, with the
// `@requires` fields the owning subgraphs resolved (present whenever a field that requires them runs).

/** `Query.dashboard` answers the bare key; references add pool's and users' figures. */
export type DashboardParent = { id: string } & Partial<QuotaInputs>;

/** The trend window (the key) and the raw series users and pool counted into its buckets. */
export type TrendsParent = TrendWindow & Partial<Record<RawSeries, BucketCount[]>>;
export type RawSeries = 'redeemCounts' | 'inviteSentCounts' | 'inviteFailedCounts' | 'switchCounts' | 'mothersAddedCounts' | 'mothersLostCounts';

/** A mother or mother group reference with the invite figures users reported. */
export type UsageParent = Partial<InviteOutcome> & { id?: string; motherGroupId?: string };
