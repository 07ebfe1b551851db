/**
 * The fixed data set of the statistics tests, written through each domain's own ORM (so it works on
 * SQLite and PostgreSQL alike). All instants are absolute: the test pins the clock to NOW, so every
 * expectation in stats-dashboard.test.ts is computed by hand from the rows below.
 */
import { ChildAccount, Mother, MotherGroup, OutboxEvent, PoolGroup, Seat, Team } from '@seatpool/pool/src/entities';
import { BatchJob, CodeBatch, InviteRequest, RedeemCode, SwitchRequest } from '@seatpool/users/src/entities';
import type { Stack } from './harness';

export const NOW = new Date('2026-11-26T12:00:00.000Z');
const t = (iso: string) => new Date(iso);
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const IDS = {
  alpha: uuid(901), beta: uuid(902), relay: uuid(903),
  m1: uuid(1), m2: uuid(2), m3: uuid(3), m4: uuid(4), m5: uuid(5),
};
const { alpha, beta, relay, m1, m2, m3, m4, m5 } = IDS;

type SeatSpec = 'free' | 'held' | 'used';
const mothers: { id: string; name: string; status: string; health: string; created: string; checked: string | null; motherGroupId?: string; poolGroupId?: string; statusReason?: string; teamEnabled: boolean; lostAt?: string; seats: SeatSpec[] }[] = [
  { id: m1, name: 'm1', status: 'active', health: 'healthy', created: '2026-11-25T09:00:00Z', checked: '2026-11-26T11:50:00Z', motherGroupId: alpha, teamEnabled: true, seats: ['used', 'used', 'free'] },
  { id: m2, name: 'm2', status: 'active', health: 'failing', created: '2026-11-23T15:00:00Z', checked: '2026-11-26T11:40:00Z', teamEnabled: true, seats: ['held', 'free', 'free'] },
  { id: m3, name: 'm3', status: 'invalid', health: 'failing', created: '2026-10-01T00:00:00Z', checked: '2026-11-26T11:30:00Z', motherGroupId: alpha, statusReason: 'token_invalid', teamEnabled: true, seats: ['used', 'free', 'free'] },
  { id: m4, name: 'm4', status: 'disabled', health: 'unknown', created: '2026-11-26T11:20:00Z', checked: null, statusReason: 'disabled_by_operator', teamEnabled: false, lostAt: '2026-11-26T11:30:00Z', seats: ['free', 'free', 'free'] },
  { id: m5, name: 'm5', status: 'active', health: 'healthy', created: '2026-11-21T10:00:00Z', checked: '2026-11-26T11:55:00Z', poolGroupId: relay, teamEnabled: true, seats: ['used', 'used', 'free'] },
];

export async function seedPool(stack: Stack) {
  const em = stack.pool.orm.em.fork();
  await em.insertMany(MotherGroup, [
    { id: alpha, name: 'alpha', createdAt: t('2026-09-01T00:00:00Z') },
    { id: beta, name: 'beta', createdAt: t('2026-09-01T00:00:00Z') },
  ]);
  await em.insert(PoolGroup, { id: relay, name: 'relay', isActive: true, autoInvite: false, createdAt: t('2026-09-01T00:00:00Z'), updatedAt: t('2026-09-01T00:00:00Z') });
  await em.insertMany(Mother, mothers.map((m) => ({
    id: m.id, name: m.name, nameKey: m.name, status: m.status as any, statusReason: m.statusReason ?? null, tokenCiphertext: 'sealed', seatLimit: 3,
    motherGroupId: m.motherGroupId ?? null, poolGroupId: m.poolGroupId ?? null, health: m.health as any, lastHealthCheckAt: m.checked ? t(m.checked) : null,
    createdAt: t(m.created), unrecordedMembers: 0,
  })));
  await em.insertMany(Team, mothers.map((m) => ({ mother: m.id, teamId: `team-${m.name}`, name: `Team ${m.name}`, isEnabled: m.teamEnabled, isDefault: true, lostAt: m.lostAt ? t(m.lostAt) : null })));
  await em.insertMany(Seat, mothers.flatMap((m) => m.seats.map((status, slotIndex) => ({
    mother: m.id, slotIndex, status,
    ...(status === 'free' ? {} : { email: `${m.name}-${slotIndex}@example.com`, teamId: `team-${m.name}`, placementKey: `k-${m.name}-${slotIndex}`, origin: m.poolGroupId ? 'child' : 'placement' }),
    ...(status === 'held' ? { heldUntil: t('2026-11-26T12:30:00Z') } : {}),
  })) as any[]));
  await em.insertMany(ChildAccount, (['active', 'invited', 'missing'] as const).map((status, i) => ({
    id: uuid(950 + i), mother: m5, teamId: 'team-m5', email: `child${i}@example.com`, status, origin: 'created', createdAt: NOW, updatedAt: NOW,
  })) as any[]);
  const changed = (motherId: string, from: string, to: string, reason: string | null, at: string) =>
    ({ type: 'mother.status_changed', motherId, payload: { motherId, from, to, reason }, createdAt: t(at) });
  await em.insertMany(OutboxEvent, [
    changed(m3, 'active', 'invalid', 'token_invalid', '2026-11-24T08:00:00Z'),
    changed(m2, 'active', 'disabled', 'workspace_gone', '2026-11-26T10:30:00Z'),
    changed(m2, 'disabled', 'active', null, '2026-11-26T10:45:00Z'),
    changed(m4, 'active', 'disabled', 'disabled_by_operator', '2026-11-26T11:25:00Z'),
    { type: 'placement.accepted', motherId: m1, payload: {}, createdAt: t('2026-11-25T00:00:00Z') },
  ]);
}

type CodeSpec = { n: number; status: string; group?: string; mother?: string; expires?: string; used?: string; disabledFrom?: string };
const codes: CodeSpec[] = [
  { n: 1, status: 'used', group: alpha, mother: m1, used: '2026-11-26T11:30:00Z' },
  { n: 2, status: 'used', group: alpha, mother: m1, used: '2026-11-25T09:30:00Z' },
  { n: 3, status: 'used', mother: m3, used: '2026-11-22T12:00:00Z' },
  { n: 4, status: 'disabled', mother: m2, used: '2026-11-10T00:00:00Z', disabledFrom: 'used' },
  { n: 5, status: 'unused', group: alpha },
  { n: 6, status: 'unused', expires: '2026-12-31T00:00:00Z' },
  { n: 7, status: 'unused', expires: '2026-11-26T06:00:00Z' },
  { n: 8, status: 'unused' },
  { n: 9, status: 'reserved' },
  { n: 10, status: 'expired', group: alpha, expires: '2026-11-20T00:00:00Z' },
  { n: 11, status: 'disabled', disabledFrom: 'unused' },
];
const code = (n: number) => uuid(100 + n);

type InviteSpec = { n: number; code: number; status: string; purpose: string; mother?: string; created: string; accepted?: string };
const invites: InviteSpec[] = [
  { n: 1, code: 1, status: 'accepted', purpose: 'redeem', mother: m1, created: '2026-11-26T11:30:00Z', accepted: '2026-11-26T11:45:00Z' },
  { n: 2, code: 2, status: 'sent', purpose: 'redeem', mother: m1, created: '2026-11-25T09:30:00Z' },
  { n: 3, code: 3, status: 'removed', purpose: 'redeem', mother: m3, created: '2026-11-22T12:00:00Z', accepted: '2026-11-22T13:00:00Z' },
  { n: 4, code: 4, status: 'cancelled', purpose: 'redeem', mother: m2, created: '2026-11-10T00:00:00Z' },
  { n: 5, code: 5, status: 'failed', purpose: 'redeem', created: '2026-11-26T07:00:00Z' },
  { n: 6, code: 9, status: 'pending', purpose: 'redeem', created: '2026-11-26T11:50:00Z' },
  { n: 7, code: 1, status: 'failed', purpose: 'switch', created: '2026-11-26T11:40:00Z' },
  { n: 8, code: 2, status: 'accepted', purpose: 'switch', mother: m2, created: '2026-11-24T10:00:00Z', accepted: '2026-11-24T11:00:00Z' },
];

export async function seedUsers(stack: Stack) {
  const em = stack.users.orm.em.fork();
  await em.insert(CodeBatch, { id: uuid(99), count: codes.length, createdAt: t('2026-11-01T00:00:00Z') });
  await em.insertMany(RedeemCode, codes.map((c) => ({
    id: code(c.n), batch: uuid(99), codeHash: `hash-${c.n}`, codeCiphertext: 'sealed', status: c.status as any, motherGroupId: c.group ?? null,
    motherId: c.mother ?? null, boundEmail: c.used ? `code${c.n}@example.com` : null, expiresAt: c.expires ? t(c.expires) : null,
    usedAt: c.used ? t(c.used) : null, disabledFrom: (c.disabledFrom ?? null) as any, createdAt: t('2026-11-01T00:00:00Z'),
  })));
  await em.insertMany(InviteRequest, invites.map((i) => ({
    id: uuid(200 + i.n), code: code(i.code), email: `code${i.code}@example.com`, status: i.status as any, purpose: i.purpose as any, placementKey: uuid(300 + i.n),
    motherId: i.mother ?? null, errorCode: i.status === 'failed' ? 'NO_CAPACITY' : null, acceptedAt: i.accepted ? t(i.accepted) : null,
    createdAt: t(i.created), updatedAt: t(i.created),
  })));
  const sw = (n: number, c: number, kind: string, status: string, created: string, finished?: string) => ({
    id: uuid(400 + n), code: code(c), kind: kind as any, email: `code${c}@example.com`, status: status as any,
    openFor: status === 'queued' || status === 'running' ? code(c) : null, attempts: 1, createdAt: t(created), updatedAt: t(created), finishedAt: finished ? t(finished) : null,
  });
  await em.insertMany(SwitchRequest, [
    sw(1, 1, 'switch', 'succeeded', '2026-11-24T10:00:00Z', '2026-11-24T10:01:00Z'),
    sw(2, 2, 'refresh', 'succeeded', '2026-11-26T09:00:00Z', '2026-11-26T09:00:30Z'),
    sw(3, 3, 'switch', 'queued', '2026-11-26T08:00:00Z'),
    sw(4, 2, 'switch', 'running', '2026-11-26T11:58:00Z'),
    sw(5, 3, 'switch', 'failed', '2026-11-25T00:00:00Z', '2026-11-25T00:05:00Z'),
  ]);
  const job = (n: number, status: string, created: string) => ({
    id: uuid(500 + n), type: 'resend_invites' as const, status: status as any, actor: 'admin', total: 1, attempts: 0, maxAttempts: 3, createdAt: t(created), updatedAt: t(created),
  });
  await em.insertMany(BatchJob, [
    job(1, 'pending', '2026-11-26T10:00:00Z'), job(2, 'pending', '2026-11-26T11:00:00Z'), job(3, 'running', '2026-11-26T11:30:00Z'),
    job(4, 'succeeded', '2026-11-25T10:00:00Z'), job(5, 'failed', '2026-11-25T11:00:00Z'),
  ]);
}
