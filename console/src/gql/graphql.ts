/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AdminLoginInput = {
  password: string;
};

export type AuditLogFilter = {
  action?: string | null | undefined;
  actor?: string | null | undefined;
  createdFrom?: string | null | undefined;
  createdTo?: string | null | undefined;
  requestId?: string | null | undefined;
  targetId?: string | null | undefined;
  targetType?: string | null | undefined;
};

export type BatchJobActionInput = {
  id: string | number;
};

export type BatchJobFilter = {
  createdFrom?: string | null | undefined;
  createdTo?: string | null | undefined;
  status?: BatchJobStatus | null | undefined;
  type?: BatchJobType | null | undefined;
};

export type BatchJobItemStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

export type BatchJobStatus =
  | 'CANCELLED'
  | 'FAILED'
  /** Finished with some items failed (after every attempt). */
  | 'PARTIALLY_FAILED'
  | 'PENDING'
  | 'RUNNING'
  | 'SUCCEEDED';

export type BatchJobType =
  | 'CANCEL_INVITES'
  | 'DISABLE_CODES'
  | 'REMOVE_MEMBERS'
  | 'RESEND_INVITES';

export type BulkDisableCodesInput = {
  /** Every code matching the filter (at most 10000). */
  filter?: RedeemCodeFilter | null | undefined;
  /** Codes by id; or use `filter`. */
  ids?: Array<string | number> | null | undefined;
};

export type BulkInviteActionInput = {
  action: InviteAction;
  inviteRequestIds: Array<string | number>;
};

export type BulkOperationFilter = {
  actor?: string | null | undefined;
  createdFrom?: string | null | undefined;
  createdTo?: string | null | undefined;
  type?: BulkOperationType | null | undefined;
};

export type BulkOperationType =
  | 'CODES_DISABLE'
  | 'CODE_EXPORT'
  | 'CODE_GENERATE'
  | 'INVITES_CANCEL'
  | 'INVITES_RESEND'
  | 'MEMBERS_REMOVE';

export type CancelSwitchRequestInput = {
  id: string | number;
};

export type ChangeAdminPasswordInput = {
  currentPassword: string;
  /** At least 12 characters (the same rule as ADMIN_PASSWORD), different from the current one. */
  newPassword: string;
};

export type CodeSkuFilter = {
  includeInactive?: boolean | null | undefined;
  /** Part of the name or slug. */
  search?: string | null | undefined;
};

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

export type CreateCodeSkuInput = {
  active?: boolean | null | undefined;
  /** At most 500 characters. */
  description?: string | null | undefined;
  /** 1 to 3650. */
  lifecycleDays: number;
  /** 2 to 100 characters. */
  name: string;
  /** 0 to 100000000; default 0. */
  priceCents?: number | null | undefined;
  /** 0 to 100; omit or null for unlimited. */
  refreshLimit?: number | null | undefined;
  slug: string;
  /** 0 to 100; omit or null for unlimited. */
  switchLimit?: number | null | undefined;
};

export type EnableCodeInput = {
  id: string | number;
};

export type ExportCodesInput = {
  /** The codes to export; e.g. `{ batchId }` for one batch. */
  filter: RedeemCodeFilter;
};

export type GenerateCodesInput = {
  /** How many codes, 1 to 10000. */
  count: number;
  /** When the unused codes expire; must be in the future. */
  expiresAt?: string | null | undefined;
  /** Restricts the codes to mothers of this mother group. */
  motherGroupId?: string | number | null | undefined;
  /** Optional prefix of 1–12 characters from the code alphabet `ABCDEFGHJKLMNPQRSTUVWXYZ23456789` (no I, O, 0 or 1), case-insensitive. */
  prefix?: string | null | undefined;
  /** An active SKU: its lifecycle length and switch/refresh limits are copied onto every code. Without one, the configured defaults apply. */
  skuId?: string | number | null | undefined;
};

export type InviteAction =
  | 'CANCEL'
  | 'REMOVE'
  | 'RESEND';

export type InvitePurpose =
  | 'ADMIN'
  | 'REBIND'
  | 'REDEEM'
  | 'REFRESH'
  | 'REQUEUE'
  | 'SWITCH';

export type InviteRequestActionInput = {
  inviteRequestId: string | number;
};

export type InviteRequestFilter = {
  codeId?: string | number | null | undefined;
  createdFrom?: string | null | undefined;
  createdTo?: string | null | undefined;
  /** Exact email (case-insensitive). */
  email?: string | null | undefined;
  purpose?: InvitePurpose | null | undefined;
  /** Part of the email. */
  search?: string | null | undefined;
  status?: InviteStatus | null | undefined;
  teamId?: string | null | undefined;
};

export type InviteStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'FAILED'
  | 'PENDING'
  /** The member was removed (or the seat given up after acceptance). */
  | 'REMOVED'
  | 'SENT';

export type MotherStatus =
  | 'ACTIVE'
  | 'DISABLED'
  | 'INVALID';

export type RedeemCodeFilter = {
  batchId?: string | number | null | undefined;
  /** Exact email (case-insensitive). */
  boundEmail?: string | null | undefined;
  /** Created at or after. */
  createdFrom?: string | null | undefined;
  /** Created before. */
  createdTo?: string | null | undefined;
  lifecycleEndsFrom?: string | null | undefined;
  lifecycleEndsTo?: string | null | undefined;
  motherGroupId?: string | number | null | undefined;
  motherId?: string | number | null | undefined;
  /** A plain code (exact; any case, dashes optional) or part of the bound email. */
  search?: string | null | undefined;
  skuId?: string | number | null | undefined;
  status?: CodeStatus | null | undefined;
  teamId?: string | null | undefined;
  usedFrom?: string | null | undefined;
  usedTo?: string | null | undefined;
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

export type RequestSwitchInput = {
  code: string;
  email: string;
};

export type ResendRedeemInviteInput = {
  code: string;
  email: string;
};

export type RevokeAdminSessionInput = {
  sessionId: string | number;
};

export type RevokeApiKeyInput = {
  id: string | number;
};

export type SwitchCodeInput = {
  codeId: string | number;
};

export type SwitchKind =
  /** Asked by an operator (free). */
  | 'ADMIN'
  /** Seat moved to a new email (uses a refresh). */
  | 'REBIND'
  /** Same email, fresh seat (uses a refresh). */
  | 'REFRESH'
  /** Queued by the after-sale policy when the code's mother or team was lost (free). */
  | 'REQUEUE'
  /** Asked by the code's owner (uses a switch). */
  | 'SWITCH';

export type SwitchRequestFilter = {
  codeId?: string | number | null | undefined;
  createdFrom?: string | null | undefined;
  createdTo?: string | null | undefined;
  email?: string | null | undefined;
  kind?: SwitchKind | null | undefined;
  status?: SwitchRequestStatus | null | undefined;
};

export type SwitchRequestStatus =
  | 'CANCELLED'
  | 'EXPIRED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type SwitchStatus =
  /** No seat is free: the request waits in the queue and the email keeps its current seat meanwhile. */
  | 'QUEUED'
  /** The email was invited into a team on another mother; its old seat is being given up. */
  | 'SWITCHED';

export type UpdateCodeSkuInput = {
  active?: boolean | null | undefined;
  description?: string | null | undefined;
  id: string | number;
  lifecycleDays?: number | null | undefined;
  name?: string | null | undefined;
  priceCents?: number | null | undefined;
  refreshLimit?: number | null | undefined;
  slug?: string | null | undefined;
  switchLimit?: number | null | undefined;
};

export type AdminLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AdminLogoutMutation = { __typename: 'Mutation', adminLogout: boolean };

export type ApiKeysQueryVariables = Exact<{
  includeRevoked?: boolean | null | undefined;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type ApiKeysQuery = { __typename: 'Query', apiKeys: { __typename: 'ApiKeyPage', total: number, page: number, pageSize: number, items: Array<{ __typename: 'ApiKey', id: string, name: string, keyPrefix: string, scopes: Array<string>, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename: 'Mutation', createApiKey: { __typename: 'CreatedApiKey', key: string, signingSecret: string | null, apiKey: { __typename: 'ApiKey', id: string, name: string, keyPrefix: string, scopes: Array<string> } } };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { __typename: 'Mutation', revokeApiKey: { __typename: 'ApiKey', id: string, revokedAt: string | null } };

export type SearchMothersQueryVariables = Exact<{
  search: string;
}>;


export type SearchMothersQuery = { __typename: 'Query', mothers: { __typename: 'MotherPage', total: number, items: Array<{ __typename: 'Mother', id: string, name: string, status: MotherStatus, seatsFree: number, seatLimit: number }> } };

export type AuditLogsQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type AuditLogsQuery = { __typename: 'Query', auditLogs: { __typename: 'AuditLogPage', total: number, page: number, pageSize: number, items: Array<{ __typename: 'AuditLogEntry', id: string, action: string, actor: string, targetType: string | null, targetId: string | null, ip: string | null, requestId: string | null, payload: string | null, createdAt: string }> } };

export type AdminLoginMutationVariables = Exact<{
  input: AdminLoginInput;
}>;


export type AdminLoginMutation = { __typename: 'Mutation', adminLogin: { __typename: 'AdminSession', token: string, expiresAt: string } };

export type BulkOperationsQueryVariables = Exact<{
  filter?: BulkOperationFilter | null | undefined;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type BulkOperationsQuery = { __typename: 'Query', bulkOperations: { __typename: 'BulkOperationPage', total: number, page: number, pageSize: number, items: Array<{ __typename: 'BulkOperation', id: string, type: BulkOperationType, actor: string, total: number, succeeded: number, failed: number, jobId: string | null, metadata: string | null, createdAt: string }> } };

export type RedeemCodesQueryVariables = Exact<{
  filter?: RedeemCodeFilter | null | undefined;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type RedeemCodesQuery = { __typename: 'Query', redeemCodes: { __typename: 'RedeemCodePage', total: number, page: number, pageSize: number, items: Array<{ __typename: 'RedeemCode', id: string, status: CodeStatus, boundEmail: string | null, teamName: string | null, batchId: string, createdAt: string, usedAt: string | null, expiresAt: string | null, lifecycleEndsAt: string | null, switchCount: number, switchesLeft: number | null, sku: { __typename: 'CodeSku', id: string, name: string } | null }> } };

export type CodeSkuOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CodeSkuOptionsQuery = { __typename: 'Query', codeSkus: { __typename: 'CodeSkuPage', items: Array<{ __typename: 'CodeSku', id: string, name: string, slug: string, active: boolean }> } };

export type GenerateCodesMutationVariables = Exact<{
  input: GenerateCodesInput;
}>;


export type GenerateCodesMutation = { __typename: 'Mutation', generateCodes: { __typename: 'GeneratedCodes', batchId: string, codes: Array<string> } };

export type DisableCodeMutationVariables = Exact<{
  id: string | number;
}>;


export type DisableCodeMutation = { __typename: 'Mutation', disableCode: { __typename: 'RedeemCode', id: string, status: CodeStatus } };

export type EnableCodeMutationVariables = Exact<{
  input: EnableCodeInput;
}>;


export type EnableCodeMutation = { __typename: 'Mutation', enableCode: { __typename: 'RedeemCode', id: string, status: CodeStatus } };

export type BulkDisableCodesMutationVariables = Exact<{
  input: BulkDisableCodesInput;
}>;


export type BulkDisableCodesMutation = { __typename: 'Mutation', bulkDisableCodes: { __typename: 'BatchJob', id: string, status: BatchJobStatus, total: number } };

export type ExportCodesMutationVariables = Exact<{
  input: ExportCodesInput;
}>;


export type ExportCodesMutation = { __typename: 'Mutation', exportCodes: { __typename: 'CodeExport', csv: string, filename: string, rowCount: number } };

export type InviteRequestsQueryVariables = Exact<{
  filter?: InviteRequestFilter | null | undefined;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type InviteRequestsQuery = { __typename: 'Query', inviteRequests: { __typename: 'InviteRequestPage', total: number, page: number, pageSize: number, items: Array<{ __typename: 'InviteRequest', id: string, email: string, status: InviteStatus, purpose: InvitePurpose, teamName: string | null, resendCount: number, errorCode: string | null, createdAt: string, acceptedAt: string | null, code: { __typename: 'RedeemCode', id: string, status: CodeStatus } }> } };

export type ResendInviteMutationVariables = Exact<{
  input: InviteRequestActionInput;
}>;


export type ResendInviteMutation = { __typename: 'Mutation', resendInvite: { __typename: 'InviteRequest', id: string, status: InviteStatus, resendCount: number } };

export type CancelInviteMutationVariables = Exact<{
  input: InviteRequestActionInput;
}>;


export type CancelInviteMutation = { __typename: 'Mutation', cancelInvite: { __typename: 'InviteRequest', id: string, status: InviteStatus } };

export type RemoveMemberMutationVariables = Exact<{
  input: InviteRequestActionInput;
}>;


export type RemoveMemberMutation = { __typename: 'Mutation', removeMember: { __typename: 'InviteRequest', id: string, status: InviteStatus } };

export type BulkInviteActionMutationVariables = Exact<{
  input: BulkInviteActionInput;
}>;


export type BulkInviteActionMutation = { __typename: 'Mutation', bulkInviteAction: { __typename: 'BatchJob', id: string, status: BatchJobStatus, total: number } };

export type BatchJobsQueryVariables = Exact<{
  filter?: BatchJobFilter | null | undefined;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type BatchJobsQuery = { __typename: 'Query', batchJobs: { __typename: 'BatchJobPage', total: number, page: number, pageSize: number, items: Array<{ __typename: 'BatchJob', id: string, type: BatchJobType, status: BatchJobStatus, total: number, done: number, succeeded: number, failed: number, actor: string, createdAt: string, finishedAt: string | null }> } };

export type BatchJobQueryVariables = Exact<{
  id: string | number;
  itemPage?: number | null | undefined;
  itemPageSize?: number | null | undefined;
  itemStatus?: BatchJobItemStatus | null | undefined;
}>;


export type BatchJobQuery = { __typename: 'Query', batchJob: { __typename: 'BatchJob', id: string, type: BatchJobType, status: BatchJobStatus, total: number, done: number, succeeded: number, failed: number, actor: string, attempts: number, maxAttempts: number, lastError: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, items: { __typename: 'BatchJobItemPage', total: number, page: number, pageSize: number, items: Array<{ __typename: 'BatchJobItem', targetId: string, status: BatchJobItemStatus, error: string | null, attempts: number, updatedAt: string | null }> } } | null };

export type RetryBatchJobMutationVariables = Exact<{
  input: BatchJobActionInput;
}>;


export type RetryBatchJobMutation = { __typename: 'Mutation', retryBatchJob: { __typename: 'BatchJob', id: string, status: BatchJobStatus } };

export type CancelBatchJobMutationVariables = Exact<{
  input: BatchJobActionInput;
}>;


export type CancelBatchJobMutation = { __typename: 'Mutation', cancelBatchJob: { __typename: 'BatchJob', id: string, status: BatchJobStatus } };

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

export type SearchCodesQueryVariables = Exact<{
  search: string;
}>;


export type SearchCodesQuery = { __typename: 'Query', redeemCodes: { __typename: 'RedeemCodePage', total: number, items: Array<{ __typename: 'RedeemCode', id: string, status: CodeStatus, boundEmail: string | null, teamName: string | null }> } };

export type SearchInvitesQueryVariables = Exact<{
  search: string;
}>;


export type SearchInvitesQuery = { __typename: 'Query', inviteRequests: { __typename: 'InviteRequestPage', total: number, items: Array<{ __typename: 'InviteRequest', id: string, email: string, status: InviteStatus, teamName: string | null }> } };

export type AdminSettingsQueryVariables = Exact<{
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type AdminSettingsQuery = { __typename: 'Query', adminMe: { __typename: 'AdminMe', name: string, sessionId: string, sessionExpiresAt: string, passwordChangedAt: string | null, accountCreatedAt: string }, adminSessions: { __typename: 'AdminSessionPage', total: number, page: number, pageSize: number, items: Array<{ __typename: 'AdminSessionInfo', id: string, current: boolean, active: boolean, ip: string | null, createdAt: string, lastSeenAt: string | null, expiresAt: string }> } };

export type ChangeAdminPasswordMutationVariables = Exact<{
  input: ChangeAdminPasswordInput;
}>;


export type ChangeAdminPasswordMutation = { __typename: 'Mutation', changeAdminPassword: { __typename: 'ChangeAdminPasswordResult', revokedSessions: number } };

export type RevokeAdminSessionMutationVariables = Exact<{
  input: RevokeAdminSessionInput;
}>;


export type RevokeAdminSessionMutation = { __typename: 'Mutation', revokeAdminSession: { __typename: 'AdminSessionInfo', id: string, active: boolean } };

export type RevokeOtherAdminSessionsMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeOtherAdminSessionsMutation = { __typename: 'Mutation', revokeOtherAdminSessions: number };

export type CodeSkusQueryVariables = Exact<{
  filter?: CodeSkuFilter | null | undefined;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type CodeSkusQuery = { __typename: 'Query', codeSkus: { __typename: 'CodeSkuPage', total: number, page: number, pageSize: number, items: Array<{ __typename: 'CodeSku', id: string, name: string, slug: string, description: string | null, active: boolean, lifecycleDays: number, priceCents: number, switchLimit: number | null, refreshLimit: number | null, createdAt: string }> } };

export type CreateCodeSkuMutationVariables = Exact<{
  input: CreateCodeSkuInput;
}>;


export type CreateCodeSkuMutation = { __typename: 'Mutation', createCodeSku: { __typename: 'CodeSku', id: string, name: string } };

export type UpdateCodeSkuMutationVariables = Exact<{
  input: UpdateCodeSkuInput;
}>;


export type UpdateCodeSkuMutation = { __typename: 'Mutation', updateCodeSku: { __typename: 'CodeSku', id: string, name: string, slug: string, description: string | null, active: boolean, lifecycleDays: number, priceCents: number, switchLimit: number | null, refreshLimit: number | null } };

export type SwitchRequestsQueryVariables = Exact<{
  filter?: SwitchRequestFilter | null | undefined;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type SwitchRequestsQuery = { __typename: 'Query', switchRequests: { __typename: 'SwitchRequestPage', total: number, page: number, pageSize: number, items: Array<{ __typename: 'SwitchRequest', id: string, kind: SwitchKind, status: SwitchRequestStatus, email: string, fromEmail: string | null, teamName: string | null, attempts: number, lastError: string | null, createdAt: string, nextAttemptAt: string | null, finishedAt: string | null, code: { __typename: 'RedeemCode', id: string } }> } };

export type CancelSwitchRequestMutationVariables = Exact<{
  input: CancelSwitchRequestInput;
}>;


export type CancelSwitchRequestMutation = { __typename: 'Mutation', cancelSwitchRequest: { __typename: 'SwitchRequest', id: string, status: SwitchRequestStatus } };

export type SwitchCodeMutationVariables = Exact<{
  input: SwitchCodeInput;
}>;


export type SwitchCodeMutation = { __typename: 'Mutation', switchCode: { __typename: 'SwitchResult', status: SwitchStatus, teamName: string | null, switchesLeft: number | null } };


export const AdminLogoutDocument = {"__meta__":{"hash":"7a3ee6d617fae5f5ef1789a4fa2ca1d04c5c36ec2e81fdddb696687fb2bab937"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"adminLogout"}}]}}]} as unknown as DocumentNode<AdminLogoutMutation, AdminLogoutMutationVariables>;
export const ApiKeysDocument = {"__meta__":{"hash":"d72d0baf13439578b3fa010611b7d7656444d3e84fb783253fa1488ba0f35b12"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeRevoked"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRevoked"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeRevoked"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"__meta__":{"hash":"762194035538ee17f1259155481a7d9356df53463ca77ea9d6e6650e71dc4b29"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"signingSecret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"__meta__":{"hash":"3d3b5519b23445db61c293f4c490e2f5ea5e722a87b5583ad253baca0bfe255d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const SearchMothersDocument = {"__meta__":{"hash":"8ac1ab55c658e2bb1397b5c77345414f32712cda4bfdcc45052a2966580d3c42"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchMothers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mothers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seatsFree"}},{"kind":"Field","name":{"kind":"Name","value":"seatLimit"}}]}}]}}]}}]} as unknown as DocumentNode<SearchMothersQuery, SearchMothersQueryVariables>;
export const AuditLogsDocument = {"__meta__":{"hash":"fb9a63e9a83a6a1aa36129ed2c3f4be7a43ac81f71050e5f562e03abccab05be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auditLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogsQuery, AuditLogsQueryVariables>;
export const AdminLoginDocument = {"__meta__":{"hash":"889253b3f03343fa6eae6dc92bfec8f971682232e19558a57768e6745f540500"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"adminLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<AdminLoginMutation, AdminLoginMutationVariables>;
export const BulkOperationsDocument = {"__meta__":{"hash":"fe6b3b19bf01b91414433b4fe0a2b66c935bae309a60ba94d06c919bc52a4ba6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulkOperations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkOperationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bulkOperations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<BulkOperationsQuery, BulkOperationsQueryVariables>;
export const RedeemCodesDocument = {"__meta__":{"hash":"9abbbb4b13a0535b273754458c32673db1b8b0489fd439c3fd83feeed12b142f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RedeemCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RedeemCodeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"redeemCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundEmail"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"switchCount"}},{"kind":"Field","name":{"kind":"Name","value":"switchesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"sku"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RedeemCodesQuery, RedeemCodesQueryVariables>;
export const CodeSkuOptionsDocument = {"__meta__":{"hash":"d0faf2746918ffa2b97d16645bb3e1a69cb7c7bdb1f915f3f2d3056b4ca11bbe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CodeSkuOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"codeSkus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<CodeSkuOptionsQuery, CodeSkuOptionsQueryVariables>;
export const GenerateCodesDocument = {"__meta__":{"hash":"e9f2048f57080a666a605cd4a8915a291192d74b169db7f65568dbc74f5ac149"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateCodesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"generateCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}}]}}]} as unknown as DocumentNode<GenerateCodesMutation, GenerateCodesMutationVariables>;
export const DisableCodeDocument = {"__meta__":{"hash":"b0868c07f66218ca1f80226be3e8762f0dc394496e3463f7fc6bb250c3a499f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"disableCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DisableCodeMutation, DisableCodeMutationVariables>;
export const EnableCodeDocument = {"__meta__":{"hash":"8a5cfecb020bca7fc151ea60a14726e9fc738399f864237a084d025e2626f030"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnableCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enableCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EnableCodeMutation, EnableCodeMutationVariables>;
export const BulkDisableCodesDocument = {"__meta__":{"hash":"7652db504ce32ead62df4f4add6ff7355c9f09dbf4ec3f012f7065fdb181c676"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkDisableCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkDisableCodesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bulkDisableCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<BulkDisableCodesMutation, BulkDisableCodesMutationVariables>;
export const ExportCodesDocument = {"__meta__":{"hash":"340ce7201a8a5c7f54d3afce4d69a5034e689731ddfd7454f6f7e3227a7588f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportCodesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"exportCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"csv"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}}]}}]}}]} as unknown as DocumentNode<ExportCodesMutation, ExportCodesMutationVariables>;
export const InviteRequestsDocument = {"__meta__":{"hash":"510ded7fc8f43c0ec60f957f424f34a2bd97485f98c89a5261080a208aa92df4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InviteRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteRequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inviteRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"resendCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"code"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InviteRequestsQuery, InviteRequestsQueryVariables>;
export const ResendInviteDocument = {"__meta__":{"hash":"b35445353e6c19ea8d3110124a1362b43902848feb0200ec83907dd7c0d86240"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteRequestActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resendInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resendCount"}}]}}]}}]} as unknown as DocumentNode<ResendInviteMutation, ResendInviteMutationVariables>;
export const CancelInviteDocument = {"__meta__":{"hash":"ba61e11d166f502569a0feb2df24a4ec885c020297ec88bb860c697e915e9555"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteRequestActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cancelInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelInviteMutation, CancelInviteMutationVariables>;
export const RemoveMemberDocument = {"__meta__":{"hash":"1346747e31e186234a7acc0f8110a97e168180761fa8c004772af451e22216bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteRequestActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const BulkInviteActionDocument = {"__meta__":{"hash":"39bc1ae0f61b9f0306f15e36c8b7e2c9108bc103a8a74fd3e524de58c896e72c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkInviteAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkInviteActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bulkInviteAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<BulkInviteActionMutation, BulkInviteActionMutationVariables>;
export const BatchJobsDocument = {"__meta__":{"hash":"b2f7345a403572b3840d242ec15bad187e78be1988328523ba8e49d323c2df01"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BatchJobFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"batchJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<BatchJobsQuery, BatchJobsQueryVariables>;
export const BatchJobDocument = {"__meta__":{"hash":"c17d38f77963654ef8f9763493a15f0eebb476fbcb9a393a069891c695797f71"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemPageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemStatus"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BatchJobItemStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"batchJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemPage"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemPageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BatchJobQuery, BatchJobQueryVariables>;
export const RetryBatchJobDocument = {"__meta__":{"hash":"19f993008ffae63da77ef45a6922125f135ee21ca4a68ac570a7427a13c0680b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryBatchJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BatchJobActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryBatchJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RetryBatchJobMutation, RetryBatchJobMutationVariables>;
export const CancelBatchJobDocument = {"__meta__":{"hash":"a08620cd23181fccacb14d7354cf987180399fb21f7602b1d8669514b7307be3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelBatchJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BatchJobActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cancelBatchJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelBatchJobMutation, CancelBatchJobMutationVariables>;
export const RedeemDocument = {"__meta__":{"hash":"d54d609477a8b397ef8f821c2c04edeb60c334377982d98fac535999bd375f55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Redeem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedeemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"redeem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"inviteRequestId"}}]}}]}}]} as unknown as DocumentNode<RedeemMutation, RedeemMutationVariables>;
export const RedeemStatusDocument = {"__meta__":{"hash":"d3796d3d484289c74df87397a85f1289babfeda5a8f2676cc4f34cc1e42539cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RedeemStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"redeemStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"codeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"inviteStatus"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"switchesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"refreshesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"switchQueued"}}]}}]}}]} as unknown as DocumentNode<RedeemStatusQuery, RedeemStatusQueryVariables>;
export const ResendRedeemInviteDocument = {"__meta__":{"hash":"2d1f39eab9872b72e0d8fe4263f37f3db907eafa2d48ac7ae6f0f001e27e5586"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendRedeemInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResendRedeemInviteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resendRedeemInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inviteStatus"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}}]}}]}}]} as unknown as DocumentNode<ResendRedeemInviteMutation, ResendRedeemInviteMutationVariables>;
export const RequestSwitchDocument = {"__meta__":{"hash":"13dd1979c6aa49b162e68920a0085eb3c695821a838741f59ce9f4fb39472a01"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSwitch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestSwitchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestSwitch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"switchesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"refreshesLeft"}}]}}]}}]} as unknown as DocumentNode<RequestSwitchMutation, RequestSwitchMutationVariables>;
export const RefreshCodeDocument = {"__meta__":{"hash":"e13370fc6d2f2e24273a8fd6d04aff46150a3c3c441e448756278e14fa4ca731"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"refreshCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"switchesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"refreshesLeft"}}]}}]}}]} as unknown as DocumentNode<RefreshCodeMutation, RefreshCodeMutationVariables>;
export const SearchCodesDocument = {"__meta__":{"hash":"1a22150af1913e50d375365e79d33afe150e456371f536df6ac0f2db4ea46fa3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"redeemCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"boundEmail"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}}]}}]}}]}}]} as unknown as DocumentNode<SearchCodesQuery, SearchCodesQueryVariables>;
export const SearchInvitesDocument = {"__meta__":{"hash":"8119c2b5f7ea28cdb21f0d1f75910f125f73e15a86fbf7c69a1dfe4bf5f2f11e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchInvites"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inviteRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}}]}}]}}]}}]} as unknown as DocumentNode<SearchInvitesQuery, SearchInvitesQueryVariables>;
export const AdminSettingsDocument = {"__meta__":{"hash":"2517013d1ec93547cfcbb5b09464ed36a7fbc4a7152c3766f4e1d6ee0419753b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"adminMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"passwordChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"accountCreatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"activeOnly"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSettingsQuery, AdminSettingsQueryVariables>;
export const ChangeAdminPasswordDocument = {"__meta__":{"hash":"f5f9b10a8b4349ced9ef88c298d6eb6171fe50bbf5e15e31a2b76dd085f2f0cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeAdminPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeAdminPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changeAdminPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokedSessions"}}]}}]}}]} as unknown as DocumentNode<ChangeAdminPasswordMutation, ChangeAdminPasswordMutationVariables>;
export const RevokeAdminSessionDocument = {"__meta__":{"hash":"57892b04090b942ee69accab4eeaeb71a6a55f83a37f98175c685c2d652a3398"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeAdminSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeAdminSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeAdminSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<RevokeAdminSessionMutation, RevokeAdminSessionMutationVariables>;
export const RevokeOtherAdminSessionsDocument = {"__meta__":{"hash":"cee739bb563b541f2232d6931adebe2b6e3e018194176885ca3f368b10dc04f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeOtherAdminSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeOtherAdminSessions"}}]}}]} as unknown as DocumentNode<RevokeOtherAdminSessionsMutation, RevokeOtherAdminSessionsMutationVariables>;
export const CodeSkusDocument = {"__meta__":{"hash":"b9129db6ec58d4bd601ca7f8e75602f13d95bb1787d100fd6c594a3d460cb932"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CodeSkus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CodeSkuFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"codeSkus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleDays"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"switchLimit"}},{"kind":"Field","name":{"kind":"Name","value":"refreshLimit"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<CodeSkusQuery, CodeSkusQueryVariables>;
export const CreateCodeSkuDocument = {"__meta__":{"hash":"7fe0ebe66607a9ad309ab2dac27d25e7733e390e4a57a741ac0a6975bc519641"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCodeSku"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCodeSkuInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createCodeSku"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateCodeSkuMutation, CreateCodeSkuMutationVariables>;
export const UpdateCodeSkuDocument = {"__meta__":{"hash":"61a61fae7fffc57fe9272ec421ec607f392641228cd41ab9c8c8b8f538d80b47"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCodeSku"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCodeSkuInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateCodeSku"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleDays"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"switchLimit"}},{"kind":"Field","name":{"kind":"Name","value":"refreshLimit"}}]}}]}}]} as unknown as DocumentNode<UpdateCodeSkuMutation, UpdateCodeSkuMutationVariables>;
export const SwitchRequestsDocument = {"__meta__":{"hash":"d9d9b724a146eb19b456c5a7761897d41879c678dc9cbe29e8b341290c5bdab2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SwitchRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SwitchRequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"switchRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fromEmail"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"code"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SwitchRequestsQuery, SwitchRequestsQueryVariables>;
export const CancelSwitchRequestDocument = {"__meta__":{"hash":"5d51539f51356a43f829d6c84c1fc448a7a8f1a87b4551088182b9c64d680067"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelSwitchRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelSwitchRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cancelSwitchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelSwitchRequestMutation, CancelSwitchRequestMutationVariables>;
export const SwitchCodeDocument = {"__meta__":{"hash":"e0051d022113c0164f8a8e8564786552cc0a418de86d924708952a4bb2baacd1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SwitchCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SwitchCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"switchCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"switchesLeft"}}]}}]}}]} as unknown as DocumentNode<SwitchCodeMutation, SwitchCodeMutationVariables>;