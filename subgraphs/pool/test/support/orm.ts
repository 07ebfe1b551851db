import { createLogger, createOrm, SecretBox, type Orm } from '@seatpool/kit';
import { randomBytes, randomUUID } from 'node:crypto';
import { poolEntities, Seat, Team, Mother } from '../../src/entities';
import { poolMigrations } from '../../src/migrations';
import type { InviteResult, UpstreamProvider } from '../../src/provider/provider';
import { MotherGate } from '../../src/provider/mother-gate';
import { SeatSignal } from '../../src/services/seat-signal';
import { createPoolMetrics } from '../../src/metrics';
import { createServices, DEFAULT_TUNING, type PoolDeps } from '../../src/services';

/** A private in-memory SQLite pool database, migrated. */
export const memoryOrm = (): Promise<Orm> => createOrm({ domain: 'pool', entities: poolEntities, migrations: poolMigrations, dataDir: ':memory:' });

/** A clock tests move by hand. */
export function fakeClock(start = new Date('2026-11-26T10:00:00.000Z')) {
  let now = start.getTime();
  return { now: () => new Date(now), advance: (ms: number) => void (now += ms) };
}

/** An upstream that answers `invite` with whatever the test scripts (default: invited). */
export function scriptedProvider(invite: (email: string) => Promise<InviteResult> = async () => ({ outcome: 'invited' })): UpstreamProvider & { invites: string[] } {
  const invites: string[] = [];
  return {
    invites,
    checkAccount: async () => [],
    invite: async (_team, email) => {
      invites.push(email);
      return invite(email);
    },
    listInvites: async () => [],
    cancelInvite: async () => true,
    listMembers: async () => [],
    removeMember: async () => undefined,
    renameTeam: async () => 'renamed',
    circuitStates: () => ({ closed: 0, open: 0, half_open: 0 }),
  };
}

export function testDeps(overrides: Partial<PoolDeps> = {}): PoolDeps {
  return {
    provider: scriptedProvider(),
    box: new SecretBox(randomBytes(32)),
    hashKey: randomBytes(32),
    holdTtlMs: 60_000,
    settleMs: 35_000,
    gate: new MotherGate(4),
    placementWaitMs: 0,
    seatSignal: new SeatSignal(),
    tuning: DEFAULT_TUNING,
    metrics: createPoolMetrics(),
    logger: createLogger('pool-test', 'silent'),
    now: () => new Date(),
    ...overrides,
  };
}

/** Writes a mother with one enabled team and `seats` free seats straight into the database. */
export async function insertMother(orm: Orm, deps: PoolDeps, opts: { seats: number; status?: 'active' | 'invalid' | 'disabled'; teamEnabled?: boolean; createdAt?: Date; tokenExpiresAt?: Date | null }) {
  const em = orm.em.fork();
  const id = randomUUID();
  const teamId = randomUUID();
  await em.insert(Mother, {
    id,
    name: `m-${id.slice(0, 8)}`,
    nameKey: `m-${id.slice(0, 8)}`,
    status: opts.status ?? 'active',
    tokenCiphertext: deps.box.seal('token'),
    tokenExpiresAt: opts.tokenExpiresAt ?? null,
    seatLimit: opts.seats,
    createdAt: opts.createdAt ?? deps.now(),
  });
  await em.insert(Team, { mother: id, teamId, name: 'T', isEnabled: opts.teamEnabled ?? true, isDefault: true });
  await em.insertMany(Seat, Array.from({ length: opts.seats }, (_, slotIndex) => ({ mother: id, slotIndex, status: 'free' as const })));
  return { id, teamId };
}

export const servicesOn = (orm: Orm, deps: PoolDeps) => createServices(orm.em.fork(), deps);
