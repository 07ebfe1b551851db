import type { PoolFigures } from '../services/dashboard.service';

/** Pool's dashboard entity: the key and the cached figures (the other fields resolve per request). */
export type DashboardParent = { id: string } & PoolFigures;
