import type { Logger, SecretBox } from '@seatpool/kit';
import type { UpstreamProvider } from '../provider/provider';

/** What the pool services share across requests (everything per request comes with the `em`). */
export interface PoolDeps {
  provider: UpstreamProvider;
  /** Seals and opens upstream tokens (AES-256-GCM). */
  box: SecretBox;
  /** How long a seat is held for one upstream attempt; longer than the provider's total budget. */
  holdTtlMs: number;
  logger: Logger;
  now: () => Date;
}
