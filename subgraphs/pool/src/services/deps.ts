import type { Logger, SecretBox } from '@seatpool/kit';
import type { PoolMetrics } from '../metrics';
import type { MotherGate } from '../provider/mother-gate';
import type { UpstreamProvider } from '../provider/provider';
import type { SeatSignal } from './seat-signal';

/** Knobs of the background work and the ingest/import paths (from POOL_* configuration). */
export interface PoolTuning {
  healthBatch: number;
  healthIntervalMs: number;
  syncBatch: number;
  syncIntervalMs: number;
  ingestWindowMs: number;
  importConcurrency: number;
  childEmailDomain: string | null;
}

export const DEFAULT_TUNING: PoolTuning = {
  healthBatch: 5,
  healthIntervalMs: 1_800_000,
  syncBatch: 5,
  syncIntervalMs: 600_000,
  ingestWindowMs: 300_000,
  importConcurrency: 8,
  childEmailDomain: null,
};

/** What the pool services share across requests (everything per request comes with the `em`). */
export interface PoolDeps {
  provider: UpstreamProvider;
  /** Seals and opens upstream tokens (AES-256-GCM). */
  box: SecretBox;
  /** Key for keyed hashes (API keys) and derived secrets (ingest signing); never stored. */
  hashKey: Buffer;
  /** How long a seat is held for one upstream attempt; longer than the provider's total budget. */
  holdTtlMs: number;
  /** How long after it was sent an invite of unknown outcome is resolved from the upstream's lists (> the provider budget). */
  settleMs: number;
  /** Per-mother bound on invites on the wire (shared by every request of this process). */
  gate: MotherGate;
  /** How long a placement waits for a mother's slot or behind held seats before NO_CAPACITY. */
  placementWaitMs: number;
  /** Wakes placements waiting behind held seats when a seat changes in this process. */
  seatSignal: SeatSignal;
  tuning: PoolTuning;
  metrics: PoolMetrics;
  logger: Logger;
  now: () => Date;
}
