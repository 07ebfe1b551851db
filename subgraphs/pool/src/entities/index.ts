import { ApiKey, IngestNonce } from './api-key.entity';
import { ChildAccount } from './child-account.entity';
import { MotherGroup, PoolGroup } from './groups.entity';
import { NameSequence } from './name-sequence.entity';
import { Mother } from './mother.entity';
import { OutboxEvent } from './outbox-event.entity';
import { Placement } from './placement.entity';
import { PlacementResend } from './placement-resend.entity';
import { Seat } from './seat.entity';
import { Team } from './team.entity';

export { ApiKey, ChildAccount, IngestNonce, Mother, MotherGroup, NameSequence, OutboxEvent, Placement, PlacementResend, PoolGroup, Seat, Team };
export type { MotherHealth, MotherStatus } from './mother.entity';
export type { SeatOrigin, SeatStatus } from './seat.entity';
export type { InviteState, PlacementStatus, ReleaseReason } from './placement.entity';
export type { ChildOrigin, ChildStatus } from './child-account.entity';
export type { PoolEventType } from './outbox-event.entity';

/** Exactly the pool domain's entities (the kit adds its own lease table). */
export const poolEntities = [Mother, Team, Seat, Placement, OutboxEvent, MotherGroup, PoolGroup, NameSequence, ChildAccount, ApiKey, IngestNonce, PlacementResend];
