import type { UsersDashboard } from '../services/dashboard.service';

/** Users' dashboard entity: the key and the cached figures (the other fields resolve per request). */
export type DashboardParent = { id: string } & UsersDashboard;

/** A queue's open counts by status (lower case) and its oldest waiting entry. */
export type QueueParent = Record<string, number | Date | null> & { oldest: Date | null };

/** A mother reference (users only knows the id) or the same with the invite figures users resolves for it. */
export type MotherParent = { __typename?: 'Mother'; id: string; codesRedeemed?: number; invitesDelivered?: number; invitesAccepted?: number };
