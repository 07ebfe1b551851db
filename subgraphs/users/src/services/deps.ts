import type { SecretBox } from '@seatpool/kit';
import type { PoolClient } from '../clients/pool.client';
import type { UsersConfig, UsersKeys } from '../config';
import type { UsersMetrics } from '../metrics';

/** What the services need besides an entity manager: built once at start. */
export interface UsersDeps {
  config: UsersConfig;
  keys: UsersKeys;
  box: SecretBox;
  pool: PoolClient;
  metrics: UsersMetrics;
  now: () => Date;
  /** Asks this process to run due batch jobs soon (no-op when disabled). */
  kickJobs: () => void;
}
