/** GraphQL enum values ↔ the lower-case values services and the database use. */
export const enumResolvers = {
  MotherStatus: { ACTIVE: 'active', INVALID: 'invalid', DISABLED: 'disabled' },
  MotherHealth: { UNKNOWN: 'unknown', HEALTHY: 'healthy', FAILING: 'failing' },
  SeatStatus: { FREE: 'free', HELD: 'held', USED: 'used' },
  SeatOrigin: { PLACEMENT: 'placement', CHILD: 'child' },
  PlacementStatus: { IN_FLIGHT: 'in_flight', PLACED: 'placed', FAILED: 'failed', ABORTED: 'aborted', RELEASED: 'released' },
  PlacementInviteState: { PENDING: 'pending', ACCEPTED: 'accepted' },
  ReleaseReason: { SWITCH: 'switch', CANCEL: 'cancel', REMOVE: 'remove', EXPIRE: 'expire' },
  ImportFormat: { AUTO: 'auto', JSON: 'json', JSONL: 'jsonl', TEXT: 'text' },
  ImportLineStatus: { VALID: 'valid', CREATED: 'created', UPDATED: 'updated', FAILED: 'failed' },
  ChildAccountStatus: { INVITED: 'invited', ACTIVE: 'active', MISSING: 'missing' },
  ChildAccountOrigin: { CREATED: 'created', DISCOVERED: 'discovered' },
} as const;
