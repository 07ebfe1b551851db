/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AdminLoginInput = {
  password: string;
};

export type ApplyTeamNameTemplateInput = {
  motherId: string | number;
};

export type ChildAccountFilter = {
  motherId?: string | number | null | undefined;
  /** Case-insensitive part of the email or name. */
  search?: string | null | undefined;
  status?: ChildAccountStatus | null | undefined;
};

export type ChildAccountOrigin =
  /** Invited by pool (operator or auto-invite). */
  | 'CREATED'
  /** Found upstream without any record (flagged on the mother as `unrecordedMembers`). */
  | 'DISCOVERED';

export type ChildAccountStatus =
  /** A member upstream (holds a seat). */
  | 'ACTIVE'
  /** Invited upstream, not accepted yet (holds a seat). */
  | 'INVITED'
  /** No longer seen upstream; its seat was freed. */
  | 'MISSING';

export type CodeStatus =
  | 'DISABLED'
  | 'EXPIRED'
  | 'RESERVED'
  | 'UNUSED'
  | 'USED';

export type CreateApiKeyInput = {
  expiresAt?: string | null | undefined;
  /** 1 to 100 characters. */
  name: string;
  /** Any of `pool:read`, `pool:write`, `ingest`, `users:read`, `users:write`, `stats:read`. */
  scopes: Array<string>;
};

export type CreateChildAccountInput = {
  /** Required outside a pool group; generated from the group's templates when absent. */
  email?: string | null | undefined;
  motherId: string | number;
  name?: string | null | undefined;
  /** Default: the mother's default enabled team. */
  teamId?: string | null | undefined;
};

export type CreateMotherGroupInput = {
  description?: string | null | undefined;
  /** 1 to 100 characters, unique. */
  name: string;
  teamNameTemplate?: string | null | undefined;
};

export type CreateMotherInput = {
  /** The upstream access token (JWT). Never returned, never logged. */
  accessToken: string;
  motherGroupId?: string | number | null | undefined;
  /** 1 to 100 characters, unique regardless of case. */
  name: string;
  notes?: string | null | undefined;
  /** A pool-group mother is never sold through redeem codes; its seats hold child accounts. */
  poolGroupId?: string | number | null | undefined;
  /** Seats this mother sells, 1 to 500; default 7. */
  seatLimit?: number | null | undefined;
  teams?: Array<TeamInput> | null | undefined;
  /** Expiry of an opaque token; ignored when the JWT carries `exp`. */
  tokenExpiresAt?: string | null | undefined;
};

export type CreatePoolGroupInput = {
  autoInvite?: boolean | null | undefined;
  childEmailTemplate?: string | null | undefined;
  childNameTemplate?: string | null | undefined;
  description?: string | null | undefined;
  emailDomain?: string | null | undefined;
  /** 1 to 100 characters, unique. */
  name: string;
  teamTemplate?: string | null | undefined;
};

export type DeleteMotherGroupInput = {
  id: string | number;
};

export type DeleteMotherInput = {
  /** Release used seats through the upstream (placements as REMOVE, children removed) before deleting. */
  force?: boolean | null | undefined;
  id: string | number;
};

export type DeletePoolGroupInput = {
  id: string | number;
};

export type DisableMotherInput = {
  id: string | number;
};

export type EnableMotherInput = {
  id: string | number;
};

export type ImportFormat =
  /** `[` → JSON, a whole JSON object → one entry, otherwise line by line (JSON lines and text lines mixed). */
  | 'AUTO'
  | 'JSON'
  | 'JSONL'
  /** One mother per line: `name---token---notes`, `name token notes`, a bare token, or a pasted session JSON object. */
  | 'TEXT';

export type ImportLineStatus =
  | 'CREATED'
  | 'FAILED'
  /** The same upstream account was already a mother: its token, expiry, teams (and given fields) were updated. */
  | 'UPDATED'
  /** Dry run: the line would be imported (see `detail`). */
  | 'VALID';

export type ImportMothersInput = {
  /** At most 1,000 mothers and 1,000,000 characters (the gateway's request limit may be lower: split large imports). */
  content: string;
  /** Field separator of text lines (default `---`). */
  delimiter?: string | null | undefined;
  /** Only check and report what would happen; nothing is written and the upstream is not called. */
  dryRun?: boolean | null | undefined;
  format?: ImportFormat | null | undefined;
  /** Applied to every imported mother. */
  motherGroupId?: string | number | null | undefined;
  poolGroupId?: string | number | null | undefined;
  /** Seat limit for lines that give none (default 7 for new mothers; unchanged for updated ones). */
  seatLimit?: number | null | undefined;
};

export type InviteStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'FAILED'
  | 'PENDING'
  /** The member was removed (or the seat given up after acceptance). */
  | 'REMOVED'
  | 'SENT';

export type MotherFilter = {
  health?: MotherHealth | null | undefined;
  /** True: only mothers in some pool group; false: only mothers in none. */
  inPoolGroup?: boolean | null | undefined;
  motherGroupId?: string | number | null | undefined;
  poolGroupId?: string | number | null | undefined;
  /** Case-insensitive part of the name. */
  search?: string | null | undefined;
  status?: MotherStatus | null | undefined;
  /** Token expires before now + N days (already expired included). */
  tokenExpiringWithinDays?: number | null | undefined;
};

export type MotherHealth =
  /** The last account check failed. */
  | 'FAILING'
  /** The last account check succeeded. */
  | 'HEALTHY'
  /** Never probed. */
  | 'UNKNOWN';

export type MotherStatus =
  | 'ACTIVE'
  | 'DISABLED'
  | 'INVALID';

export type PoolGroupNamePreviewInput = {
  childEmailTemplate?: string | null | undefined;
  childNameTemplate?: string | null | undefined;
  /** Names per kind, 1 to 10; default 3. */
  count?: number | null | undefined;
  emailDomain?: string | null | undefined;
  poolGroupId: string | number;
  /** Unsaved settings to preview instead of the stored ones. */
  teamTemplate?: string | null | undefined;
};

export type RedeemInput = {
  code: string;
  email: string;
};

export type RedeemStatus =
  /** The email already is in (or invited to) the team this code is bound to. */
  | 'ALREADY_IN_TEAM'
  /** The invite was sent; the user accepts it from their mailbox. */
  | 'INVITE_SENT'
  /** The placement is still running; ask `redeemStatus` again shortly. */
  | 'PROCESSING';

export type RefreshCodeInput = {
  code: string;
  /** The email the code is bound to. */
  email: string;
  /** Rebind: the email that gets the seat instead (the old one is removed). */
  newEmail?: string | null | undefined;
};

export type RefreshMotherTeamsInput = {
  id: string | number;
};

export type RemoveChildAccountInput = {
  id: string | number;
};

export type ReplaceMotherTokenInput = {
  accessToken: string;
  id: string | number;
  /** Expiry of an opaque token; ignored when the JWT carries `exp`. */
  tokenExpiresAt?: string | null | undefined;
};

export type RequestSwitchInput = {
  code: string;
  email: string;
};

export type ResendRedeemInviteInput = {
  code: string;
  email: string;
};

export type RevokeApiKeyInput = {
  id: string | number;
};

export type SeatOrigin =
  /** A child account. */
  | 'CHILD'
  /** A customer placement (`placeEmail`). */
  | 'PLACEMENT';

export type SeatStatus =
  | 'FREE'
  | 'HELD'
  | 'USED';

export type SwitchStatus =
  /** No seat is free: the request waits in the queue and the email keeps its current seat meanwhile. */
  | 'QUEUED'
  /** The email was invited into a team on another mother; its old seat is being given up. */
  | 'SWITCHED';

export type SyncChildAccountsInput = {
  motherId: string | number;
};

export type SyncPoolGroupInput = {
  /** Only this mother of the group; all of them when absent. */
  motherId?: string | number | null | undefined;
  poolGroupId: string | number;
};

export type TeamInput = {
  isDefault?: boolean | null | undefined;
  name?: string | null | undefined;
  teamId: string;
};

/** Bucket width of a trend. */
export type TrendGranularity =
  | 'DAY'
  | 'HOUR';

export type UpdateMotherGroupInput = {
  description?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  teamNameTemplate?: string | null | undefined;
};

export type UpdateMotherInput = {
  id: string | number;
  /** Null clears the group. */
  motherGroupId?: string | number | null | undefined;
  name?: string | null | undefined;
  /** Null or empty clears the notes. */
  notes?: string | null | undefined;
  /** Null clears the group. */
  poolGroupId?: string | number | null | undefined;
  /** Never below the seats in use; the seat ledger grows or shrinks with it. */
  seatLimit?: number | null | undefined;
};

export type UpdatePoolGroupInput = {
  autoInvite?: boolean | null | undefined;
  childEmailTemplate?: string | null | undefined;
  childNameTemplate?: string | null | undefined;
  description?: string | null | undefined;
  emailDomain?: string | null | undefined;
  id: string | number;
  isActive?: boolean | null | undefined;
  name?: string | null | undefined;
  teamTemplate?: string | null | undefined;
};

export type UpdateTeamInput = {
  /** Only `true`: the team becomes the mother's default (the others lose the flag). */
  isDefault?: boolean | null | undefined;
  isEnabled?: boolean | null | undefined;
  motherId: string | number;
  /** 1 to 200 characters; also sent upstream when the upstream supports renaming. */
  name?: string | null | undefined;
  teamId: string;
};

export type AdminLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AdminLogoutMutation = { __typename: 'Mutation', adminLogout: boolean };

export type ApiKeyRowFragment = { __typename: 'ApiKey', id: string, name: string, keyPrefix: string, scopes: Array<string>, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null };

export type ApiKeysListQueryVariables = Exact<{
  page: number;
  pageSize: number;
  includeRevoked: boolean;
}>;


export type ApiKeysListQuery = { __typename: 'Query', apiKeys: { __typename: 'ApiKeyPage', total: number, page: number, pageSize: number, items: Array<{ __typename: 'ApiKey', id: string, name: string, keyPrefix: string, scopes: Array<string>, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename: 'Mutation', createApiKey: { __typename: 'CreatedApiKey', key: string, signingSecret: string | null, apiKey: { __typename: 'ApiKey', id: string, name: string, keyPrefix: string, scopes: Array<string>, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { __typename: 'Mutation', revokeApiKey: { __typename: 'ApiKey', id: string, name: string, keyPrefix: string, scopes: Array<string>, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null } };

export type ChildAccountsListQueryVariables = Exact<{
  filter?: ChildAccountFilter | null | undefined;
  page: number;
  pageSize: number;
}>;


export type ChildAccountsListQuery = { __typename: 'Query', childAccounts: { __typename: 'ChildAccountPage', total: number, page: number, pageSize: number, items: Array<{ __typename: 'ChildAccount', id: string, motherId: string, teamId: string, email: string, name: string | null, status: ChildAccountStatus, origin: ChildAccountOrigin, createdAt: string, lastSeenAt: string | null }> } };

export type CreateChildAccountMutationVariables = Exact<{
  input: CreateChildAccountInput;
}>;


export type CreateChildAccountMutation = { __typename: 'Mutation', createChildAccount: { __typename: 'ChildAccount', id: string, motherId: string, teamId: string, email: string, name: string | null, status: ChildAccountStatus, origin: ChildAccountOrigin, createdAt: string, lastSeenAt: string | null } };

export type RemoveChildAccountMutationVariables = Exact<{
  input: RemoveChildAccountInput;
}>;


export type RemoveChildAccountMutation = { __typename: 'Mutation', removeChildAccount: string };

export type MotherGroupsListQueryVariables = Exact<{
  page: number;
  pageSize: number;
}>;


export type MotherGroupsListQuery = { __typename: 'Query', motherGroups: { __typename: 'MotherGroupPage', total: number, page: number, pageSize: number, items: Array<{ __typename: 'MotherGroup', id: string, name: string, description: string | null, teamNameTemplate: string | null, createdAt: string }> } };

export type CreateMotherGroupMutationVariables = Exact<{
  input: CreateMotherGroupInput;
}>;


export type CreateMotherGroupMutation = { __typename: 'Mutation', createMotherGroup: { __typename: 'MotherGroup', id: string, name: string, description: string | null, teamNameTemplate: string | null, createdAt: string } };

export type UpdateMotherGroupMutationVariables = Exact<{
  input: UpdateMotherGroupInput;
}>;


export type UpdateMotherGroupMutation = { __typename: 'Mutation', updateMotherGroup: { __typename: 'MotherGroup', id: string, name: string, description: string | null, teamNameTemplate: string | null, createdAt: string } };

export type DeleteMotherGroupMutationVariables = Exact<{
  input: DeleteMotherGroupInput;
}>;


export type DeleteMotherGroupMutation = { __typename: 'Mutation', deleteMotherGroup: string };

export type ImportMothersMutationVariables = Exact<{
  input: ImportMothersInput;
}>;


export type ImportMothersMutation = { __typename: 'Mutation', importMothers: { __typename: 'MotherImportResult', dryRun: boolean, total: number, valid: number, created: number, updated: number, failed: number, lines: Array<{ __typename: 'MotherImportLine', line: number, name: string | null, status: ImportLineStatus, motherId: string | null, errorCode: string | null, detail: string | null }> } };

export type MotherDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type MotherDetailQuery = { __typename: 'Query', mother: { __typename: 'Mother', statusChangedAt: string | null, lastSeenAliveAt: string | null, lastSyncAt: string | null, upstreamOccupants: number | null, unrecordedMembers: number, codesRedeemed: number, invitesDelivered: number, invitesAccepted: number, inviteAcceptanceRate: number | null, id: string, name: string, status: MotherStatus, statusReason: string | null, seatLimit: number, seatsUsed: number, seatsHeld: number, seatsFree: number, tokenExpiresAt: string | null, notes: string | null, health: MotherHealth, lastHealthCheckAt: string | null, createdAt: string, childrenCount: number, teams: Array<{ __typename: 'Team', teamId: string, name: string | null, isEnabled: boolean, isDefault: boolean, lostAt: string | null }>, seats: Array<{ __typename: 'Seat', slotIndex: number, status: SeatStatus, email: string | null, teamId: string | null, heldUntil: string | null, origin: SeatOrigin | null }>, children: Array<{ __typename: 'ChildAccount', id: string, teamId: string, email: string, name: string | null, status: ChildAccountStatus, origin: ChildAccountOrigin, createdAt: string, lastSeenAt: string | null }>, motherGroup: { __typename: 'MotherGroup', id: string, name: string } | null, poolGroup: { __typename: 'PoolGroup', id: string, name: string } | null } | null };

export type UpdateTeamMutationVariables = Exact<{
  input: UpdateTeamInput;
}>;


export type UpdateTeamMutation = { __typename: 'Mutation', updateTeam: { __typename: 'UpdateTeamResult', renamedUpstream: boolean, mother: { __typename: 'Mother', id: string, teams: Array<{ __typename: 'Team', teamId: string, name: string | null, isEnabled: boolean, isDefault: boolean, lostAt: string | null }> } } };

export type ApplyTeamNameTemplateMutationVariables = Exact<{
  input: ApplyTeamNameTemplateInput;
}>;


export type ApplyTeamNameTemplateMutation = { __typename: 'Mutation', applyTeamNameTemplate: { __typename: 'ApplyTeamNameTemplateResult', renamed: number, mother: { __typename: 'Mother', id: string, teams: Array<{ __typename: 'Team', teamId: string, name: string | null, isEnabled: boolean, isDefault: boolean, lostAt: string | null }> } } };

export type SyncMotherChildrenMutationVariables = Exact<{
  input: SyncChildAccountsInput;
}>;


export type SyncMotherChildrenMutation = { __typename: 'Mutation', syncChildAccounts: { __typename: 'MemberSyncReport', motherId: string, occupants: number, accepted: number, released: number, discovered: number, missing: number, overflow: number, teamsLost: number, error: string | null } };

export type MotherRowFragment = { __typename: 'Mother', id: string, name: string, status: MotherStatus, statusReason: string | null, seatLimit: number, seatsUsed: number, seatsHeld: number, seatsFree: number, tokenExpiresAt: string | null, notes: string | null, health: MotherHealth, lastHealthCheckAt: string | null, createdAt: string, childrenCount: number, motherGroup: { __typename: 'MotherGroup', id: string, name: string } | null, poolGroup: { __typename: 'PoolGroup', id: string, name: string } | null };

export type MothersListQueryVariables = Exact<{
  filter?: MotherFilter | null | undefined;
  page: number;
  pageSize: number;
}>;


export type MothersListQuery = { __typename: 'Query', mothers: { __typename: 'MotherPage', total: number, page: number, pageSize: number, items: Array<{ __typename: 'Mother', id: string, name: string, status: MotherStatus, statusReason: string | null, seatLimit: number, seatsUsed: number, seatsHeld: number, seatsFree: number, tokenExpiresAt: string | null, notes: string | null, health: MotherHealth, lastHealthCheckAt: string | null, createdAt: string, childrenCount: number, motherGroup: { __typename: 'MotherGroup', id: string, name: string } | null, poolGroup: { __typename: 'PoolGroup', id: string, name: string } | null }> } };

export type CreateMotherMutationVariables = Exact<{
  input: CreateMotherInput;
}>;


export type CreateMotherMutation = { __typename: 'Mutation', createMother: { __typename: 'Mother', id: string, name: string, status: MotherStatus, statusReason: string | null, seatLimit: number, seatsUsed: number, seatsHeld: number, seatsFree: number, tokenExpiresAt: string | null, notes: string | null, health: MotherHealth, lastHealthCheckAt: string | null, createdAt: string, childrenCount: number, motherGroup: { __typename: 'MotherGroup', id: string, name: string } | null, poolGroup: { __typename: 'PoolGroup', id: string, name: string } | null } };

export type UpdateMotherMutationVariables = Exact<{
  input: UpdateMotherInput;
}>;


export type UpdateMotherMutation = { __typename: 'Mutation', updateMother: { __typename: 'Mother', id: string, name: string, status: MotherStatus, statusReason: string | null, seatLimit: number, seatsUsed: number, seatsHeld: number, seatsFree: number, tokenExpiresAt: string | null, notes: string | null, health: MotherHealth, lastHealthCheckAt: string | null, createdAt: string, childrenCount: number, motherGroup: { __typename: 'MotherGroup', id: string, name: string } | null, poolGroup: { __typename: 'PoolGroup', id: string, name: string } | null } };

export type EnableMotherMutationVariables = Exact<{
  input: EnableMotherInput;
}>;


export type EnableMotherMutation = { __typename: 'Mutation', enableMother: { __typename: 'Mother', id: string, name: string, status: MotherStatus, statusReason: string | null, seatLimit: number, seatsUsed: number, seatsHeld: number, seatsFree: number, tokenExpiresAt: string | null, notes: string | null, health: MotherHealth, lastHealthCheckAt: string | null, createdAt: string, childrenCount: number, motherGroup: { __typename: 'MotherGroup', id: string, name: string } | null, poolGroup: { __typename: 'PoolGroup', id: string, name: string } | null } };

export type DisableMotherMutationVariables = Exact<{
  input: DisableMotherInput;
}>;


export type DisableMotherMutation = { __typename: 'Mutation', disableMother: { __typename: 'Mother', id: string, name: string, status: MotherStatus, statusReason: string | null, seatLimit: number, seatsUsed: number, seatsHeld: number, seatsFree: number, tokenExpiresAt: string | null, notes: string | null, health: MotherHealth, lastHealthCheckAt: string | null, createdAt: string, childrenCount: number, motherGroup: { __typename: 'MotherGroup', id: string, name: string } | null, poolGroup: { __typename: 'PoolGroup', id: string, name: string } | null } };

export type DeleteMotherMutationVariables = Exact<{
  input: DeleteMotherInput;
}>;


export type DeleteMotherMutation = { __typename: 'Mutation', deleteMother: { __typename: 'DeleteMotherResult', id: string, releasedSeats: number } };

export type ReplaceMotherTokenMutationVariables = Exact<{
  input: ReplaceMotherTokenInput;
}>;


export type ReplaceMotherTokenMutation = { __typename: 'Mutation', replaceMotherToken: { __typename: 'Mother', id: string, name: string, status: MotherStatus, statusReason: string | null, seatLimit: number, seatsUsed: number, seatsHeld: number, seatsFree: number, tokenExpiresAt: string | null, notes: string | null, health: MotherHealth, lastHealthCheckAt: string | null, createdAt: string, childrenCount: number, motherGroup: { __typename: 'MotherGroup', id: string, name: string } | null, poolGroup: { __typename: 'PoolGroup', id: string, name: string } | null } };

export type RefreshMotherTeamsMutationVariables = Exact<{
  input: RefreshMotherTeamsInput;
}>;


export type RefreshMotherTeamsMutation = { __typename: 'Mutation', refreshMotherTeams: { __typename: 'Mother', id: string, name: string, status: MotherStatus, statusReason: string | null, seatLimit: number, seatsUsed: number, seatsHeld: number, seatsFree: number, tokenExpiresAt: string | null, notes: string | null, health: MotherHealth, lastHealthCheckAt: string | null, createdAt: string, childrenCount: number, teams: Array<{ __typename: 'Team', teamId: string, name: string | null, isEnabled: boolean, isDefault: boolean, lostAt: string | null }>, motherGroup: { __typename: 'MotherGroup', id: string, name: string } | null, poolGroup: { __typename: 'PoolGroup', id: string, name: string } | null } };

export type PoolGroupRowFragment = { __typename: 'PoolGroup', id: string, name: string, description: string | null, isActive: boolean, teamTemplate: string | null, childNameTemplate: string | null, childEmailTemplate: string | null, emailDomain: string | null, autoInvite: boolean, mothersCount: number, createdAt: string, updatedAt: string };

export type PoolGroupsListQueryVariables = Exact<{
  page: number;
  pageSize: number;
}>;


export type PoolGroupsListQuery = { __typename: 'Query', poolGroups: { __typename: 'PoolGroupPage', total: number, page: number, pageSize: number, items: Array<{ __typename: 'PoolGroup', id: string, name: string, description: string | null, isActive: boolean, teamTemplate: string | null, childNameTemplate: string | null, childEmailTemplate: string | null, emailDomain: string | null, autoInvite: boolean, mothersCount: number, createdAt: string, updatedAt: string }> } };

export type PoolGroupNamePreviewQueryVariables = Exact<{
  input: PoolGroupNamePreviewInput;
}>;


export type PoolGroupNamePreviewQuery = { __typename: 'Query', poolGroupNamePreview: { __typename: 'PoolGroupNamePreview', teamNames: Array<string>, childNames: Array<string>, childEmails: Array<string> } };

export type CreatePoolGroupMutationVariables = Exact<{
  input: CreatePoolGroupInput;
}>;


export type CreatePoolGroupMutation = { __typename: 'Mutation', createPoolGroup: { __typename: 'PoolGroup', id: string, name: string, description: string | null, isActive: boolean, teamTemplate: string | null, childNameTemplate: string | null, childEmailTemplate: string | null, emailDomain: string | null, autoInvite: boolean, mothersCount: number, createdAt: string, updatedAt: string } };

export type UpdatePoolGroupMutationVariables = Exact<{
  input: UpdatePoolGroupInput;
}>;


export type UpdatePoolGroupMutation = { __typename: 'Mutation', updatePoolGroup: { __typename: 'PoolGroup', id: string, name: string, description: string | null, isActive: boolean, teamTemplate: string | null, childNameTemplate: string | null, childEmailTemplate: string | null, emailDomain: string | null, autoInvite: boolean, mothersCount: number, createdAt: string, updatedAt: string } };

export type DeletePoolGroupMutationVariables = Exact<{
  input: DeletePoolGroupInput;
}>;


export type DeletePoolGroupMutation = { __typename: 'Mutation', deletePoolGroup: string };

export type SyncPoolGroupMutationVariables = Exact<{
  input: SyncPoolGroupInput;
}>;


export type SyncPoolGroupMutation = { __typename: 'Mutation', syncPoolGroup: { __typename: 'PoolSyncResult', poolGroupId: string, mothers: Array<{ __typename: 'PoolSyncMotherResult', motherId: string, renamed: number, invited: number, errors: Array<string>, sync: { __typename: 'MemberSyncReport', occupants: number, discovered: number, missing: number, released: number, error: string | null } | null }> } };

export type PoolGroupChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type PoolGroupChoicesQuery = { __typename: 'Query', motherGroups: { __typename: 'MotherGroupPage', total: number, items: Array<{ __typename: 'MotherGroup', id: string, name: string }> }, poolGroups: { __typename: 'PoolGroupPage', total: number, items: Array<{ __typename: 'PoolGroup', id: string, name: string, isActive: boolean }> } };

export type OverviewDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewDashboardQuery = { __typename: 'Query', dashboard: { __typename: 'Dashboard', id: string, redeemableCodes: number, codeQuota: number, sellableSeats: number, seatUtilisation: number, codes: { __typename: 'CodeCounts', total: number, unused: number, reserved: number, used: number, disabled: number, expired: number }, seats: { __typename: 'SeatCounts', total: number, free: number, held: number, used: number }, mothers: { __typename: 'MotherCounts', total: number, active: number, invalid: number, disabled: number }, motherHealth: { __typename: 'MotherHealthCounts', unknown: number, healthy: number, failing: number }, teams: { __typename: 'TeamCounts', total: number, enabled: number, lost: number }, invites: { __typename: 'InviteCounts', pending: number, sent: number, accepted: number, failed: number, cancelled: number, removed: number }, switchQueue: { __typename: 'SwitchQueueCounts', queued: number, running: number, oldestQueuedAt: string | null }, batchQueue: { __typename: 'BatchQueueCounts', pending: number, running: number, oldestPendingAt: string | null }, redeemSuccess: { __typename: 'RedeemSuccessWindows', lastHour: { __typename: 'RedeemWindow', attempts: number, succeeded: number, failed: number, pending: number, successRate: number | null }, last24Hours: { __typename: 'RedeemWindow', attempts: number, succeeded: number, failed: number, pending: number, successRate: number | null }, last7Days: { __typename: 'RedeemWindow', attempts: number, succeeded: number, failed: number, pending: number, successRate: number | null } }, motherGroupUsage: Array<{ __typename: 'MotherGroupUsage', motherGroupId: string, name: string, mothers: number, activeMothers: number, failingMothers: number, lastHealthCheckAt: string | null, codesRedeemed: number, inviteAcceptanceRate: number | null, seats: { __typename: 'SeatCounts', total: number, free: number, held: number, used: number } }>, poolGroupUsage: Array<{ __typename: 'PoolGroupUsage', poolGroupId: string, name: string, isActive: boolean, mothers: number, activeMothers: number, failingMothers: number, childAccounts: number, lastHealthCheckAt: string | null, seats: { __typename: 'SeatCounts', total: number, free: number, held: number, used: number } }> } };

export type OverviewTrendsQueryVariables = Exact<{
  days: number;
  granularity: TrendGranularity;
}>;


export type OverviewTrendsQuery = { __typename: 'Query', trends: { __typename: 'Trends', granularity: TrendGranularity, since: string, until: string, buckets: number, redeems: Array<{ __typename: 'TrendPoint', start: string, count: number }>, invitesSent: Array<{ __typename: 'TrendPoint', start: string, count: number }>, invitesFailed: Array<{ __typename: 'TrendPoint', start: string, count: number }>, switches: Array<{ __typename: 'TrendPoint', start: string, count: number }>, mothersAdded: Array<{ __typename: 'TrendPoint', start: string, count: number }>, mothersLost: Array<{ __typename: 'TrendPoint', start: string, count: number }> } };

export type OverviewRecentAuditQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewRecentAuditQuery = { __typename: 'Query', auditLogs: { __typename: 'AuditLogPage', total: number, items: Array<{ __typename: 'AuditLogEntry', id: string, actor: string, action: string, targetType: string | null, targetId: string | null, createdAt: string }> } };

export type AdminLoginMutationVariables = Exact<{
  input: AdminLoginInput;
}>;


export type AdminLoginMutation = { __typename: 'Mutation', adminLogin: { __typename: 'AdminSession', token: string, expiresAt: string } };

export type RedeemMutationVariables = Exact<{
  input: RedeemInput;
}>;


export type RedeemMutation = { __typename: 'Mutation', redeem: { __typename: 'RedeemResult', status: RedeemStatus, teamName: string | null, inviteRequestId: string } };

export type RedeemStatusQueryVariables = Exact<{
  code: string;
  email: string;
}>;


export type RedeemStatusQuery = { __typename: 'Query', redeemStatus: { __typename: 'RedeemStatusResult', codeStatus: CodeStatus, inviteStatus: InviteStatus | null, teamName: string | null, expiresAt: string | null, lifecycleEndsAt: string | null, switchesLeft: number | null, refreshesLeft: number | null, switchQueued: boolean } };

export type ResendRedeemInviteMutationVariables = Exact<{
  input: ResendRedeemInviteInput;
}>;


export type ResendRedeemInviteMutation = { __typename: 'Mutation', resendRedeemInvite: { __typename: 'ResendRedeemInviteResult', inviteStatus: InviteStatus, teamName: string | null } };

export type RequestSwitchMutationVariables = Exact<{
  input: RequestSwitchInput;
}>;


export type RequestSwitchMutation = { __typename: 'Mutation', requestSwitch: { __typename: 'SwitchResult', status: SwitchStatus, teamName: string | null, switchesLeft: number | null, refreshesLeft: number | null } };

export type RefreshCodeMutationVariables = Exact<{
  input: RefreshCodeInput;
}>;


export type RefreshCodeMutation = { __typename: 'Mutation', refreshCode: { __typename: 'SwitchResult', status: SwitchStatus, teamName: string | null, switchesLeft: number | null, refreshesLeft: number | null } };

export const ApiKeyRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeyRowFragment, unknown>;
export const MotherRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MotherRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mother"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"seatLimit"}},{"kind":"Field","name":{"kind":"Name","value":"seatsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"seatsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"seatsFree"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"lastHealthCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"childrenCount"}},{"kind":"Field","name":{"kind":"Name","value":"motherGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"poolGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MotherRowFragment, unknown>;
export const PoolGroupRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoolGroupRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoolGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"teamTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"childNameTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"childEmailTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"emailDomain"}},{"kind":"Field","name":{"kind":"Name","value":"autoInvite"}},{"kind":"Field","name":{"kind":"Name","value":"mothersCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PoolGroupRowFragment, unknown>;
export const AdminLogoutDocument = {"__meta__":{"hash":"7a3ee6d617fae5f5ef1789a4fa2ca1d04c5c36ec2e81fdddb696687fb2bab937"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"adminLogout"}}]}}]} as unknown as DocumentNode<AdminLogoutMutation, AdminLogoutMutationVariables>;
export const ApiKeysListDocument = {"__meta__":{"hash":"2ec487e4d926818b29474ad8c5ffca60633a2c8248f67522444fe43795e6fc18"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeysList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeRevoked"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeRevoked"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeRevoked"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeysListQuery, ApiKeysListQueryVariables>;
export const CreateApiKeyDocument = {"__meta__":{"hash":"a8f79d1fcc960ec05b2e8787486aa8352f6eebeb1eac9f07fa9b227bd80aa6d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"signingSecret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"__meta__":{"hash":"4ae339d3ebcaa189e95235ec74be7f691b776b007fcb1af780963d7ed8130d69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const ChildAccountsListDocument = {"__meta__":{"hash":"eeeb073e75384019f89d6a1fbeabf4930df9e658a736e93d7a4fe5994fe4077e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildAccountsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildAccountFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"childAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"motherId"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}}]}}]}}]} as unknown as DocumentNode<ChildAccountsListQuery, ChildAccountsListQueryVariables>;
export const CreateChildAccountDocument = {"__meta__":{"hash":"ac74c93e10281b5c8194d60909bde651923fc05dd86bce775a900af47788b325"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateChildAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateChildAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createChildAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"motherId"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}}]}}]} as unknown as DocumentNode<CreateChildAccountMutation, CreateChildAccountMutationVariables>;
export const RemoveChildAccountDocument = {"__meta__":{"hash":"4b1823a702e46e4cb0da7674bd5f2f5a2a38329483a5df6aeda1e8c3bde68ad9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveChildAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveChildAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeChildAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RemoveChildAccountMutation, RemoveChildAccountMutationVariables>;
export const MotherGroupsListDocument = {"__meta__":{"hash":"6a03fa18c8e659d88a07a46eb90f96f63fccc41ba637f51e07bcea34e6c3a4e9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MotherGroupsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"motherGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"teamNameTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}}]}}]}}]} as unknown as DocumentNode<MotherGroupsListQuery, MotherGroupsListQueryVariables>;
export const CreateMotherGroupDocument = {"__meta__":{"hash":"123ead8056d0444a518cc5e7be474ef7b69ec808b13a0930f31d577cf8d0be50"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMotherGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMotherGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createMotherGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"teamNameTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateMotherGroupMutation, CreateMotherGroupMutationVariables>;
export const UpdateMotherGroupDocument = {"__meta__":{"hash":"a741e07856ea0a9fabf2409b940be39fae0c68a571562b9676fd3c3f8e22838d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMotherGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMotherGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateMotherGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"teamNameTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<UpdateMotherGroupMutation, UpdateMotherGroupMutationVariables>;
export const DeleteMotherGroupDocument = {"__meta__":{"hash":"70ec664d40bad7da3a427f9c2255df545ae9fa1d03938873957d0a86ff4bf074"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMotherGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMotherGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteMotherGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteMotherGroupMutation, DeleteMotherGroupMutationVariables>;
export const ImportMothersDocument = {"__meta__":{"hash":"c31807b71234398550d0890c4d9224a8481750bdc89e15f27a680fceb2982e7a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportMothers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportMothersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"importMothers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"motherId"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}}]} as unknown as DocumentNode<ImportMothersMutation, ImportMothersMutationVariables>;
export const MotherDetailDocument = {"__meta__":{"hash":"bd2e39dc052c375cbc9feff937e118fd261e71d95cb4387da6068df679376b89"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MotherDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mother"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MotherRow"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAliveAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncAt"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamOccupants"}},{"kind":"Field","name":{"kind":"Name","value":"unrecordedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"codesRedeemed"}},{"kind":"Field","name":{"kind":"Name","value":"invitesDelivered"}},{"kind":"Field","name":{"kind":"Name","value":"invitesAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"inviteAcceptanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"lostAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slotIndex"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"heldUntil"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MotherRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mother"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"seatLimit"}},{"kind":"Field","name":{"kind":"Name","value":"seatsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"seatsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"seatsFree"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"lastHealthCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"childrenCount"}},{"kind":"Field","name":{"kind":"Name","value":"motherGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"poolGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MotherDetailQuery, MotherDetailQueryVariables>;
export const UpdateTeamDocument = {"__meta__":{"hash":"64d603488a973a170a5f0eebfc6134470a506905d6df361613f16fdaf9197c8f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"renamedUpstream"}},{"kind":"Field","name":{"kind":"Name","value":"mother"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"lostAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTeamMutation, UpdateTeamMutationVariables>;
export const ApplyTeamNameTemplateDocument = {"__meta__":{"hash":"83e7cae0fe5ff7d845d9e463d350743f319d4f59787f174c197032c3de2d0216"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyTeamNameTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyTeamNameTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"applyTeamNameTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"renamed"}},{"kind":"Field","name":{"kind":"Name","value":"mother"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"lostAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApplyTeamNameTemplateMutation, ApplyTeamNameTemplateMutationVariables>;
export const SyncMotherChildrenDocument = {"__meta__":{"hash":"db23b4d3dcf4ca1bb2a3c6efc8fa9586934102fbd79a721af61e0e798cf21b4f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncMotherChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SyncChildAccountsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"syncChildAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"motherId"}},{"kind":"Field","name":{"kind":"Name","value":"occupants"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"released"}},{"kind":"Field","name":{"kind":"Name","value":"discovered"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"overflow"}},{"kind":"Field","name":{"kind":"Name","value":"teamsLost"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<SyncMotherChildrenMutation, SyncMotherChildrenMutationVariables>;
export const MothersListDocument = {"__meta__":{"hash":"a225f94643faa47af0da17498ae45f943aa29182774fc2b2326de9e94aad2b92"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MothersList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MotherFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mothers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MotherRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MotherRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mother"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"seatLimit"}},{"kind":"Field","name":{"kind":"Name","value":"seatsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"seatsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"seatsFree"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"lastHealthCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"childrenCount"}},{"kind":"Field","name":{"kind":"Name","value":"motherGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"poolGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MothersListQuery, MothersListQueryVariables>;
export const CreateMotherDocument = {"__meta__":{"hash":"f870e72ac44817199f464703d4682c73dd55d91d68b98f3c1b5d738d70bc927d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMother"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMotherInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createMother"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MotherRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MotherRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mother"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"seatLimit"}},{"kind":"Field","name":{"kind":"Name","value":"seatsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"seatsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"seatsFree"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"lastHealthCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"childrenCount"}},{"kind":"Field","name":{"kind":"Name","value":"motherGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"poolGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateMotherMutation, CreateMotherMutationVariables>;
export const UpdateMotherDocument = {"__meta__":{"hash":"86c89f7367d8ff7a28ba3cacc5746527117e669c2bcdda5b153a0ab725c9ac71"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMother"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMotherInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateMother"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MotherRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MotherRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mother"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"seatLimit"}},{"kind":"Field","name":{"kind":"Name","value":"seatsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"seatsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"seatsFree"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"lastHealthCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"childrenCount"}},{"kind":"Field","name":{"kind":"Name","value":"motherGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"poolGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateMotherMutation, UpdateMotherMutationVariables>;
export const EnableMotherDocument = {"__meta__":{"hash":"cc36324ccdfbbf1810da307e191d0e6d3ea2740a9914d1a7c7a8b48b1e6ad829"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableMother"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnableMotherInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enableMother"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MotherRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MotherRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mother"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"seatLimit"}},{"kind":"Field","name":{"kind":"Name","value":"seatsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"seatsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"seatsFree"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"lastHealthCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"childrenCount"}},{"kind":"Field","name":{"kind":"Name","value":"motherGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"poolGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EnableMotherMutation, EnableMotherMutationVariables>;
export const DisableMotherDocument = {"__meta__":{"hash":"eb2cb8b1a0d2056334972d109b08fd3c7fa6877e36702ba91cad7b08b1986080"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableMother"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisableMotherInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"disableMother"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MotherRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MotherRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mother"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"seatLimit"}},{"kind":"Field","name":{"kind":"Name","value":"seatsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"seatsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"seatsFree"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"lastHealthCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"childrenCount"}},{"kind":"Field","name":{"kind":"Name","value":"motherGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"poolGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DisableMotherMutation, DisableMotherMutationVariables>;
export const DeleteMotherDocument = {"__meta__":{"hash":"01cbc531517a1bad9efaff4640cefcaffb8c62ec532421deaa02b97246f9d060"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMother"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMotherInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteMother"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"releasedSeats"}}]}}]}}]} as unknown as DocumentNode<DeleteMotherMutation, DeleteMotherMutationVariables>;
export const ReplaceMotherTokenDocument = {"__meta__":{"hash":"581836b40e8411ff5eba82a4af53c000ceeef25a8cb92ee8ea39edba8639a0b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplaceMotherToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplaceMotherTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"replaceMotherToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MotherRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MotherRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mother"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"seatLimit"}},{"kind":"Field","name":{"kind":"Name","value":"seatsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"seatsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"seatsFree"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"lastHealthCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"childrenCount"}},{"kind":"Field","name":{"kind":"Name","value":"motherGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"poolGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReplaceMotherTokenMutation, ReplaceMotherTokenMutationVariables>;
export const RefreshMotherTeamsDocument = {"__meta__":{"hash":"e0d52cc229847c7fe2e769d9c6d859a7ddaec7deed003d125cd5781f106311d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshMotherTeams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshMotherTeamsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"refreshMotherTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MotherRow"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"lostAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MotherRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mother"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"seatLimit"}},{"kind":"Field","name":{"kind":"Name","value":"seatsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"seatsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"seatsFree"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"lastHealthCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"childrenCount"}},{"kind":"Field","name":{"kind":"Name","value":"motherGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"poolGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RefreshMotherTeamsMutation, RefreshMotherTeamsMutationVariables>;
export const PoolGroupsListDocument = {"__meta__":{"hash":"413406b33689d436cfbe56ffcbb59cf4c86dc6a2dbf054b2e0891eedc33391c8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PoolGroupsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"poolGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PoolGroupRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoolGroupRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoolGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"teamTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"childNameTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"childEmailTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"emailDomain"}},{"kind":"Field","name":{"kind":"Name","value":"autoInvite"}},{"kind":"Field","name":{"kind":"Name","value":"mothersCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PoolGroupsListQuery, PoolGroupsListQueryVariables>;
export const PoolGroupNamePreviewDocument = {"__meta__":{"hash":"278a5a7f83cd07274e1a8deaa4dcfdaf13181b996ce493f28c2a5461a4ae8ec4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PoolGroupNamePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PoolGroupNamePreviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"poolGroupNamePreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"teamNames"}},{"kind":"Field","name":{"kind":"Name","value":"childNames"}},{"kind":"Field","name":{"kind":"Name","value":"childEmails"}}]}}]}}]} as unknown as DocumentNode<PoolGroupNamePreviewQuery, PoolGroupNamePreviewQueryVariables>;
export const CreatePoolGroupDocument = {"__meta__":{"hash":"8da9cc90198ebc4d81daa89827acf5c074d2ad63265996a61049c282751a40a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePoolGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePoolGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createPoolGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PoolGroupRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoolGroupRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoolGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"teamTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"childNameTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"childEmailTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"emailDomain"}},{"kind":"Field","name":{"kind":"Name","value":"autoInvite"}},{"kind":"Field","name":{"kind":"Name","value":"mothersCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreatePoolGroupMutation, CreatePoolGroupMutationVariables>;
export const UpdatePoolGroupDocument = {"__meta__":{"hash":"6d406b6fc1b9ce41bcfe0c9a48a9316067f5acce949547a44db853d66659f695"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePoolGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePoolGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updatePoolGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PoolGroupRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoolGroupRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoolGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"teamTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"childNameTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"childEmailTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"emailDomain"}},{"kind":"Field","name":{"kind":"Name","value":"autoInvite"}},{"kind":"Field","name":{"kind":"Name","value":"mothersCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdatePoolGroupMutation, UpdatePoolGroupMutationVariables>;
export const DeletePoolGroupDocument = {"__meta__":{"hash":"d87604772d08162e2df75ae380d2db757ec6827ccca0a977b6c2e8596bdf0a22"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePoolGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeletePoolGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deletePoolGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeletePoolGroupMutation, DeletePoolGroupMutationVariables>;
export const SyncPoolGroupDocument = {"__meta__":{"hash":"5976e672a6c6084c7a14e36ddd28934387a2f3673acf14d97ac220c076a44a37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncPoolGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SyncPoolGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"syncPoolGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"poolGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"mothers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"motherId"}},{"kind":"Field","name":{"kind":"Name","value":"renamed"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"sync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"occupants"}},{"kind":"Field","name":{"kind":"Name","value":"discovered"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"released"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SyncPoolGroupMutation, SyncPoolGroupMutationVariables>;
export const PoolGroupChoicesDocument = {"__meta__":{"hash":"d9b118fb6f1b7b0329c94e16b0e80c7681d1a7a488f41947184c7a17a0791e17"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PoolGroupChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"motherGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"poolGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<PoolGroupChoicesQuery, PoolGroupChoicesQueryVariables>;
export const OverviewDashboardDocument = {"__meta__":{"hash":"b0097847a55f649f59082437ff3a96429d7a209fe9bee5b5e9437d904a94e06d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"codes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"unused"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redeemableCodes"}},{"kind":"Field","name":{"kind":"Name","value":"codeQuota"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"used"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sellableSeats"}},{"kind":"Field","name":{"kind":"Name","value":"seatUtilisation"}},{"kind":"Field","name":{"kind":"Name","value":"mothers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"motherHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"healthy"}},{"kind":"Field","name":{"kind":"Name","value":"failing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"oldestQueuedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"batchQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"oldestPendingAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redeemSuccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lastHour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"successRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"last24Hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"successRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"last7Days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"successRate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"motherGroupUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"motherGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mothers"}},{"kind":"Field","name":{"kind":"Name","value":"activeMothers"}},{"kind":"Field","name":{"kind":"Name","value":"failingMothers"}},{"kind":"Field","name":{"kind":"Name","value":"lastHealthCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"used"}}]}},{"kind":"Field","name":{"kind":"Name","value":"codesRedeemed"}},{"kind":"Field","name":{"kind":"Name","value":"inviteAcceptanceRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"poolGroupUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"poolGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"mothers"}},{"kind":"Field","name":{"kind":"Name","value":"activeMothers"}},{"kind":"Field","name":{"kind":"Name","value":"failingMothers"}},{"kind":"Field","name":{"kind":"Name","value":"childAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"lastHealthCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"used"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverviewDashboardQuery, OverviewDashboardQueryVariables>;
export const OverviewTrendsDocument = {"__meta__":{"hash":"47e37335d693bd15c164000d5b5a1ad9552335693996ac3a800e7d92acd4855a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewTrends"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrendGranularity"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"trends"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"}},{"kind":"Field","name":{"kind":"Name","value":"redeems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitesSent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitesFailed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mothersAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mothersLost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<OverviewTrendsQuery, OverviewTrendsQueryVariables>;
export const OverviewRecentAuditDocument = {"__meta__":{"hash":"435fdcdb469198107048ab4cffc62fa136721bd5e1004c4e4ae68e1fa7f01490"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewRecentAudit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auditLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<OverviewRecentAuditQuery, OverviewRecentAuditQueryVariables>;
export const AdminLoginDocument = {"__meta__":{"hash":"889253b3f03343fa6eae6dc92bfec8f971682232e19558a57768e6745f540500"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"adminLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<AdminLoginMutation, AdminLoginMutationVariables>;
export const RedeemDocument = {"__meta__":{"hash":"d54d609477a8b397ef8f821c2c04edeb60c334377982d98fac535999bd375f55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Redeem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedeemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"redeem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"inviteRequestId"}}]}}]}}]} as unknown as DocumentNode<RedeemMutation, RedeemMutationVariables>;
export const RedeemStatusDocument = {"__meta__":{"hash":"d3796d3d484289c74df87397a85f1289babfeda5a8f2676cc4f34cc1e42539cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RedeemStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"redeemStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"codeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"inviteStatus"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"switchesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"refreshesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"switchQueued"}}]}}]}}]} as unknown as DocumentNode<RedeemStatusQuery, RedeemStatusQueryVariables>;
export const ResendRedeemInviteDocument = {"__meta__":{"hash":"2d1f39eab9872b72e0d8fe4263f37f3db907eafa2d48ac7ae6f0f001e27e5586"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendRedeemInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResendRedeemInviteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resendRedeemInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inviteStatus"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}}]}}]}}]} as unknown as DocumentNode<ResendRedeemInviteMutation, ResendRedeemInviteMutationVariables>;
export const RequestSwitchDocument = {"__meta__":{"hash":"13dd1979c6aa49b162e68920a0085eb3c695821a838741f59ce9f4fb39472a01"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSwitch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestSwitchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestSwitch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"switchesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"refreshesLeft"}}]}}]}}]} as unknown as DocumentNode<RequestSwitchMutation, RequestSwitchMutationVariables>;
export const RefreshCodeDocument = {"__meta__":{"hash":"e13370fc6d2f2e24273a8fd6d04aff46150a3c3c441e448756278e14fa4ca731"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"refreshCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"switchesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"refreshesLeft"}}]}}]}}]} as unknown as DocumentNode<RefreshCodeMutation, RefreshCodeMutationVariables>;