import type { UsersResolvers } from './types';

/** SCREAMING_CASE on the wire ↔ the lower-case values stored in the database. */
const lower = <V extends string>(...values: V[]) => Object.fromEntries(values.map((v) => [v, v.toLowerCase()])) as { [K in V]: Lowercase<K> };

export const enumResolvers: UsersResolvers = {
  CodeStatus: lower('UNUSED', 'RESERVED', 'USED', 'DISABLED', 'EXPIRED'),
  RedeemStatus: lower('INVITE_SENT', 'ALREADY_IN_TEAM', 'PROCESSING'),
  InviteStatus: lower('PENDING', 'SENT', 'ACCEPTED', 'FAILED', 'CANCELLED', 'REMOVED'),
  InvitePurpose: lower('REDEEM', 'SWITCH', 'REFRESH', 'REBIND', 'REQUEUE', 'ADMIN'),
  InviteAction: lower('RESEND', 'CANCEL', 'REMOVE'),
  CodeEventType: lower('BIND', 'SWITCH', 'REFRESH', 'REBIND', 'GRANT', 'EXPIRE'),
  SwitchStatus: lower('SWITCHED', 'QUEUED'),
  SwitchKind: lower('SWITCH', 'REFRESH', 'REBIND', 'REQUEUE', 'ADMIN'),
  SwitchRequestStatus: lower('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'EXPIRED', 'CANCELLED'),
  BatchJobType: lower('RESEND_INVITES', 'CANCEL_INVITES', 'REMOVE_MEMBERS', 'DISABLE_CODES'),
  BatchJobStatus: lower('PENDING', 'RUNNING', 'SUCCEEDED', 'PARTIALLY_FAILED', 'FAILED', 'CANCELLED'),
  BatchJobItemStatus: lower('PENDING', 'SUCCEEDED', 'FAILED'),
  BulkOperationType: lower('CODE_GENERATE', 'CODE_EXPORT', 'CODES_DISABLE', 'INVITES_RESEND', 'INVITES_CANCEL', 'MEMBERS_REMOVE'),
};
