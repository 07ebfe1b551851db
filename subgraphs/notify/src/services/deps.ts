import type { Logger, SecretBox } from '@seatpool/kit';
import type { NotifyMetrics } from '../metrics';

/** What the notify services share (one set per process). */
export interface NotifyDeps {
  /** Seals webhook secrets at rest. */
  box: SecretBox;
  now: () => Date;
  /** Production URL rules (https only, no private address literals). */
  production: boolean;
  /** Waits before each retry (ms); a delivery gets 1 + length attempts. */
  retryScheduleMs: number[];
  deliveryTimeoutMs: number;
  maxConsecutiveFailures: number;
  /** Wakes the sender (new or redelivered deliveries go out now, not at the next interval). */
  kickSender: () => void;
  metrics: NotifyMetrics;
  logger: Logger;
}
