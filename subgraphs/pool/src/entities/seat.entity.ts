import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Mother } from './mother.entity';

export const SEAT_STATUSES = ['free', 'held', 'used'] as const;
export type SeatStatus = (typeof SEAT_STATUSES)[number];

/** Who occupies a non-free seat: a customer placement (`placementKey` = its key) or a child account (`child:<id>`). */
export type SeatOrigin = 'placement' | 'child';

/**
 * One slot of a mother's seat ledger. A free seat has no email/team/key (release clears them),
 * so the unique (teamId, email) index binds only held and used seats: NULLs never collide.
 */
export const Seat = defineEntity({
  name: 'Seat',
  tableName: 'seat',
  properties: {
    id: p.integer().primary().autoincrement(),
    mother: () => p.manyToOne(Mother).ref(),
    slotIndex: p.integer(),
    status: p.string().length(16).$type<SeatStatus>().default('free'),
    email: p.string().length(254).nullable(),
    teamId: p.string().length(64).nullable(),
    heldUntil: p.datetime().nullable(),
    placementKey: p.string().length(200).nullable(),
    origin: p.string().length(16).$type<SeatOrigin>().nullable(),
    /** When the seat became used: a sync only judges seats used before it read the upstream. */
    usedAt: p.datetime().nullable(),
  },
  uniques: [{ properties: ['mother', 'slotIndex'] }, { properties: ['teamId', 'email'] }],
  indexes: [{ properties: ['status', 'heldUntil'] }, { properties: ['placementKey'] }],
});
export type Seat = InferEntity<typeof Seat>;
