import { Mother } from './mother.entity';
import { OutboxEvent } from './outbox-event.entity';
import { Placement } from './placement.entity';
import { Seat } from './seat.entity';
import { Team } from './team.entity';

export { Mother, OutboxEvent, Placement, Seat, Team };
export type { MotherStatus } from './mother.entity';
export type { SeatStatus } from './seat.entity';
export type { PlacementStatus } from './placement.entity';

/** Exactly the pool domain's entities (the kit adds its own lease table). */
export const poolEntities = [Mother, Team, Seat, Placement, OutboxEvent];
