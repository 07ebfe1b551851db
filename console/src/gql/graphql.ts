/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The operator's credentials. */
export type AdminLoginInput = {
  /** The admin password; never logged or stored in plain. */
  password: string;
};

/** The mother whose team names are brought in line with its template (admin, `pool:write`). */
export type ApplyTeamNameTemplateInput = {
  /** The mother's id. */
  motherId: string | number;
};

/** Narrows `auditLogs`; every given field must match. */
export type AuditLogFilter = {
  /** Only this action (exact, e.g. `code.disable`). */
  action?: string | null | undefined;
  /** Only this actor (exact, e.g. `admin`). */
  actor?: string | null | undefined;
  /** At or after. */
  createdFrom?: string | null | undefined;
  /** Before. */
  createdTo?: string | null | undefined;
  /** Only entries of this request. */
  requestId?: string | null | undefined;
  /** Only this target. */
  targetId?: string | null | undefined;
  /** Only this kind of target. */
  targetType?: string | null | undefined;
};

/** The batch job to act on (admin, `users:write`). */
export type BatchJobActionInput = {
  /** The job's id. */
  id: string | number;
};

/** Narrows `batchJobs`; every given field must match. */
export type BatchJobFilter = {
  /** Created at or after. */
  createdFrom?: string | null | undefined;
  /** Created before. */
  createdTo?: string | null | undefined;
  /** Only jobs with this status. */
  status?: BatchJobStatus | null | undefined;
  /** Only jobs of this type. */
  type?: BatchJobType | null | undefined;
};

/** Where one item of a batch job stands. */
export type BatchJobItemStatus =
  /** Failed (see `error`). */
  | 'FAILED'
  /** Not run yet. */
  | 'PENDING'
  /** Done. */
  | 'SUCCEEDED';

/** Where a batch job stands. */
export type BatchJobStatus =
  /** Cancelled by an operator; unrun items are not run (`retryBatchJob` runs them). */
  | 'CANCELLED'
  /** Finished with no item succeeded (after every attempt). */
  | 'FAILED'
  /** Finished with some items failed (after every attempt). */
  | 'PARTIALLY_FAILED'
  /** Waiting to run (first time or after a backoff). */
  | 'PENDING'
  /** A runner holds its lease and works through the items. */
  | 'RUNNING'
  /** Every item succeeded. */
  | 'SUCCEEDED';

/** The action a batch job runs over its items. */
export type BatchJobType =
  /** Cancel pending invites (`bulkInviteAction` CANCEL). */
  | 'CANCEL_INVITES'
  /** Disable codes (`bulkDisableCodes`). */
  | 'DISABLE_CODES'
  /** Remove members (`bulkInviteAction` REMOVE). */
  | 'REMOVE_MEMBERS'
  /** Send invites again (`bulkInviteAction` RESEND). */
  | 'RESEND_INVITES';

/** The codes to disable: `ids` or `filter` (admin, `users:write`). */
export type BulkDisableCodesInput = {
  /** Every code matching the filter (at most 10000). */
  filter?: RedeemCodeFilter | null | undefined;
  /** Codes by id; or use `filter`. */
  ids?: Array<string | number> | null | undefined;
};

/** One action over many invite requests (admin, `users:write`). */
export type BulkInviteActionInput = {
  /** What to do with each. */
  action: InviteAction;
  /** The invite requests, 1 to 10000. */
  inviteRequestIds: Array<string | number>;
};

/** Narrows `bulkOperations`; every given field must match. */
export type BulkOperationFilter = {
  /** Only this actor (exact). */
  actor?: string | null | undefined;
  /** At or after. */
  createdFrom?: string | null | undefined;
  /** Before. */
  createdTo?: string | null | undefined;
  /** Only this kind. */
  type?: BulkOperationType | null | undefined;
};

/** A kind of bulk operation. */
export type BulkOperationType =
  /** A finished `bulkDisableCodes` job. */
  | 'CODES_DISABLE'
  /** `exportCodes`. */
  | 'CODE_EXPORT'
  /** `generateCodes`. */
  | 'CODE_GENERATE'
  /** A finished CANCEL `bulkInviteAction` job. */
  | 'INVITES_CANCEL'
  /** A finished RESEND `bulkInviteAction` job. */
  | 'INVITES_RESEND'
  /** A finished REMOVE `bulkInviteAction` job. */
  | 'MEMBERS_REMOVE';

/** The switch request to cancel (admin, `users:write`). */
export type CancelSwitchRequestInput = {
  /** The switch request's id. */
  id: string | number;
};

/** The old and the new admin password (admin session only). */
export type ChangeAdminPasswordInput = {
  /** The password in use now. */
  currentPassword: string;
  /** At least 12 characters (the same rule as ADMIN_PASSWORD), different from the current one. */
  newPassword: string;
};

/** Narrows `childAccounts`; every given field must match. */
export type ChildAccountFilter = {
  /** Only children of this mother. */
  motherId?: string | number | null | undefined;
  /** Case-insensitive part of the email or name. */
  search?: string | null | undefined;
  /** Only children with this status. */
  status?: ChildAccountStatus | null | undefined;
};

/** How pool came to know a child account. */
export type ChildAccountOrigin =
  /** Invited by pool (operator or auto-invite). */
  | 'CREATED'
  /** Found upstream without any record (flagged on the mother as `unrecordedMembers`). */
  | 'DISCOVERED';

/** Where a child account stands upstream. */
export type ChildAccountStatus =
  /** A member upstream (holds a seat). */
  | 'ACTIVE'
  /** Invited upstream, not accepted yet (holds a seat). */
  | 'INVITED'
  /** No longer seen upstream; its seat was freed. */
  | 'MISSING';

/** Narrows `codeSkus`. */
export type CodeSkuFilter = {
  /** Also list inactive SKUs (default: active only). */
  includeInactive?: boolean | null | undefined;
  /** Part of the name or slug. */
  search?: string | null | undefined;
};

/** Where a redeem code stands. */
export type CodeStatus =
  /** Switched off by an operator; refused by redeem (see `disabledFrom`). */
  | 'DISABLED'
  /** Its redeem deadline or lifecycle is over. */
  | 'EXPIRED'
  /** A redeem is in flight; the code is held for it. */
  | 'RESERVED'
  /** Can be redeemed (until `expiresAt`). */
  | 'UNUSED'
  /** Redeemed: bound to an email for its lifecycle. */
  | 'USED';

/** A new API key (admin session only: an API key can never create keys). */
export type CreateApiKeyInput = {
  /** When the key stops working; never when absent. */
  expiresAt?: string | null | undefined;
  /** 1 to 100 characters. */
  name: string;
  /** Any of `pool:read`, `pool:write`, `ingest`, `users:read`, `users:write`, `stats:read`, `notify:read`, `notify:write`. */
  scopes: Array<string>;
};

/** A child account to invite (admin, `pool:write`). */
export type CreateChildAccountInput = {
  /** Required outside a pool group; generated from the group's templates when absent. */
  email?: string | null | undefined;
  /** The mother with the free seat. */
  motherId: string | number;
  /** A label; generated from the group's template when absent. */
  name?: string | null | undefined;
  /** Default: the mother's default enabled team. */
  teamId?: string | null | undefined;
};

/** A new code product (admin, `users:write`). */
export type CreateCodeSkuInput = {
  /** Default true. */
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
  /** Unique, lower-case `^[a-z0-9][a-z0-9_-]{0,63}$` (stored lower-cased). */
  slug: string;
  /** 0 to 100; omit or null for unlimited. */
  switchLimit?: number | null | undefined;
};

/** A new mother group (admin, `pool:write`). */
export type CreateMotherGroupInput = {
  /** Free text for operators. */
  description?: string | null | undefined;
  /** 1 to 100 characters, unique. */
  name: string;
  /** Team-name template; placeholders `{group}`, `{date}`, `{seq3}`, `{domain}`. */
  teamNameTemplate?: string | null | undefined;
};

/** A new mother account (admin, `pool:write`). */
export type CreateMotherInput = {
  /** The upstream access token (JWT). Never returned, never logged. */
  accessToken: string;
  /** The mother group to put the mother in; redeem codes of that group place only there. */
  motherGroupId?: string | number | null | undefined;
  /** 1 to 100 characters, unique regardless of case. */
  name: string;
  /** Free text for operators, up to 2,000 characters. */
  notes?: string | null | undefined;
  /** A pool-group mother is never sold through redeem codes; its seats hold child accounts. */
  poolGroupId?: string | number | null | undefined;
  /** Seats this mother sells, 1 to 500; default 7. */
  seatLimit?: number | null | undefined;
  /** Workspaces to register with their names and default; discovered upstream when absent. */
  teams?: Array<TeamInput> | null | undefined;
  /** Expiry of an opaque token; ignored when the JWT carries `exp`. */
  tokenExpiresAt?: string | null | undefined;
};

/** A new pool group (admin, `pool:write`). */
export type CreatePoolGroupInput = {
  /** Fill free seats with generated children during the sync (default false). */
  autoInvite?: boolean | null | undefined;
  /** Child emails (see `PoolGroup.childEmailTemplate`). */
  childEmailTemplate?: string | null | undefined;
  /** Child names (see `PoolGroup.childNameTemplate`). */
  childNameTemplate?: string | null | undefined;
  /** Free text for operators. */
  description?: string | null | undefined;
  /** The `{domain}` of generated emails. */
  emailDomain?: string | null | undefined;
  /** 1 to 100 characters, unique. */
  name: string;
  /** Team names (see `PoolGroup.teamTemplate`). */
  teamTemplate?: string | null | undefined;
};

/** A new endpoint. */
export type CreateWebhookEndpointInput = {
  /** Free text, at most 200 characters. */
  description?: string | null | undefined;
  /** The notifications to send; every type when empty or absent. */
  eventTypes?: Array<NotificationType> | null | undefined;
  /** 1 to 100000 (default 10). */
  freeSeatsBelow?: number | null | undefined;
  /** Only this mother group's notifications. */
  motherGroupId?: string | number | null | undefined;
  /** Only this pool group's notifications. */
  poolGroupId?: string | number | null | undefined;
  /** 1 to 100000 (default 20). */
  redeemFailuresPerMinute?: number | null | undefined;
  /** 1 to 90 (default 7). */
  tokenExpiryDays?: number | null | undefined;
  /** http or https URL, at most 2,000 characters; in production https only and no private addresses. */
  url: string;
};

/** The mother group to delete (admin, `pool:write`). */
export type DeleteMotherGroupInput = {
  /** The group's id. */
  id: string | number;
};

/** The mother to delete (admin, `pool:write`). */
export type DeleteMotherInput = {
  /** Release used seats through the upstream (placements as REMOVE, children removed) before deleting. */
  force?: boolean | null | undefined;
  /** The mother's id. */
  id: string | number;
};

/** The pool group to delete (admin, `pool:write`). */
export type DeletePoolGroupInput = {
  /** The group's id. */
  id: string | number;
};

/** The mother to disable (admin, `pool:write`). */
export type DisableMotherInput = {
  /** The mother's id. */
  id: string | number;
};

/** The code to enable (admin, `users:write`). */
export type EnableCodeInput = {
  /** The code's id. */
  id: string | number;
};

/** The mother to enable (admin, `pool:write`). */
export type EnableMotherInput = {
  /** The mother's id. */
  id: string | number;
};

/** The codes to export (admin, `users:write`: the export reveals plain codes). */
export type ExportCodesInput = {
  /** The codes to export; e.g. `{ batchId }` for one batch. */
  filter: RedeemCodeFilter;
};

/** What to mint (admin, `users:write`). */
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

/** How `importMothers` reads its content. */
export type ImportFormat =
  /** `[` → JSON, a whole JSON object → one entry, otherwise line by line (JSON lines and text lines mixed). */
  | 'AUTO'
  /** A JSON array of mother objects (or a single object). */
  | 'JSON'
  /** One JSON mother object per line. */
  | 'JSONL'
  /** One mother per line: `name---token---notes`, `name token notes`, a bare token, or a pasted session JSON object. */
  | 'TEXT';

/** What happened to one line of an import. */
export type ImportLineStatus =
  /** A new mother was registered. */
  | 'CREATED'
  /** The line was not imported; see `errorCode` and `detail`. */
  | 'FAILED'
  /** The same upstream account was already a mother: its token, expiry, teams (and given fields) were updated. */
  | 'UPDATED'
  /** Dry run: the line would be imported (see `detail`). */
  | 'VALID';

/** A bulk import of mothers (admin, `pool:write`). */
export type ImportMothersInput = {
  /** At most 1,000 mothers and 1,000,000 characters (the gateway's request limit may be lower: split large imports). */
  content: string;
  /** Field separator of text lines (default `---`). */
  delimiter?: string | null | undefined;
  /** Only check and report what would happen; nothing is written and the upstream is not called. */
  dryRun?: boolean | null | undefined;
  /** How to read `content` (default AUTO). */
  format?: ImportFormat | null | undefined;
  /** Applied to every imported mother. */
  motherGroupId?: string | number | null | undefined;
  /** Applied to every imported mother: the pool group to put it in. */
  poolGroupId?: string | number | null | undefined;
  /** Seat limit for lines that give none (default 7 for new mothers; unchanged for updated ones). */
  seatLimit?: number | null | undefined;
};

/** An action over invite requests. */
export type InviteAction =
  /** Cancel the pending invite and free the seat. */
  | 'CANCEL'
  /** Remove the member (or cancel the invite) and free the seat. */
  | 'REMOVE'
  /** Send the invite again. */
  | 'RESEND';

/** Why an invite request was made. */
export type InvitePurpose =
  /** An operator's switch. */
  | 'ADMIN'
  /** A rebind (the seat moves to another email). */
  | 'REBIND'
  /** A redeem. */
  | 'REDEEM'
  /** A refresh (same email, fresh seat). */
  | 'REFRESH'
  /** The after-sale policy re-placed a code whose mother or team was lost. */
  | 'REQUEUE'
  /** A switch asked by the code's owner. */
  | 'SWITCH';

/** The invite request to act on (admin, `users:write`). */
export type InviteRequestActionInput = {
  /** The invite request's id. */
  inviteRequestId: string | number;
};

/** Narrows `inviteRequests`; every given field must match. */
export type InviteRequestFilter = {
  /** Only requests of this code. */
  codeId?: string | number | null | undefined;
  /** Created at or after. */
  createdFrom?: string | null | undefined;
  /** Created before. */
  createdTo?: string | null | undefined;
  /** Exact email (case-insensitive). */
  email?: string | null | undefined;
  /** Only requests made for this purpose. */
  purpose?: InvitePurpose | null | undefined;
  /** Part of the email. */
  search?: string | null | undefined;
  /** Only requests with this status. */
  status?: InviteStatus | null | undefined;
  /** Only requests placed in this upstream workspace. */
  teamId?: string | null | undefined;
};

/** Where an invite request stands. */
export type InviteStatus =
  /** The invitee joined the team. */
  | 'ACCEPTED'
  /** The invite was cancelled (by an operator or upstream) and the seat freed. */
  | 'CANCELLED'
  /** No seat could be used (see `errorCode`). */
  | 'FAILED'
  /** Created; the placement has not finished yet. */
  | 'PENDING'
  /** The member was removed (or the seat given up after acceptance). */
  | 'REMOVED'
  /** The upstream invite was sent; not accepted yet. */
  | 'SENT';

/** Narrows `mothers`; every given field must match. */
export type MotherFilter = {
  /** Only mothers whose last account check had this result. */
  health?: MotherHealth | null | undefined;
  /** True: only mothers in some pool group; false: only mothers in none. */
  inPoolGroup?: boolean | null | undefined;
  /** Only mothers of this mother group. */
  motherGroupId?: string | number | null | undefined;
  /** Only mothers of this pool group. */
  poolGroupId?: string | number | null | undefined;
  /** Case-insensitive part of the name. */
  search?: string | null | undefined;
  /** Only mothers with this status. */
  status?: MotherStatus | null | undefined;
  /** Token expires before now + N days (already expired included). */
  tokenExpiringWithinDays?: number | null | undefined;
};

/** The result of a mother's last account check (the health check calls the upstream with its token). */
export type MotherHealth =
  /** The last account check failed. */
  | 'FAILING'
  /** The last account check succeeded. */
  | 'HEALTHY'
  /** Never probed. */
  | 'UNKNOWN';

/** Whether a mother takes new placements. */
export type MotherStatus =
  /** Takes new placements while it has free seats and an enabled team. */
  | 'ACTIVE'
  /** Switched off by an operator (`disableMother`). */
  | 'DISABLED'
  /** The upstream rejected its token (health check or a call); set ACTIVE again by `replaceMotherToken` or `enableMother`. */
  | 'INVALID';

/** What an operator can be notified of. */
export type NotificationType =
  /** The upstream circuit breaker opened for a mother (its calls fail fast). */
  | 'BREAKER_OPEN'
  /** A batch job finished with some or all items failed. */
  | 'JOB_FAILED'
  /** A batch job finished with every item succeeded (or was cancelled). */
  | 'JOB_FINISHED'
  /** A mother stopped working: the upstream rejected its token or its workspace is gone. */
  | 'MOTHER_LOST'
  /** Redeems failing on our side exceeded the endpoint's `redeemFailuresPerMinute`. */
  | 'REDEEM_FAILURES_HIGH'
  /** Free seats of a group (or of all mothers) fell below the endpoint's `freeSeatsBelow`. */
  | 'SEATS_LOW'
  /** Free seats are back at `freeSeatsBelow` plus the hysteresis band or more. */
  | 'SEATS_RECOVERED'
  /** A test sent by `sendTestWebhook`. */
  | 'TEST'
  /** A mother's token expires within the endpoint's `tokenExpiryDays`. */
  | 'TOKEN_EXPIRING';

/** What to preview (admin, `pool:read`). */
export type PoolGroupNamePreviewInput = {
  /** Unsaved child-email template to preview. */
  childEmailTemplate?: string | null | undefined;
  /** Unsaved child-name template to preview. */
  childNameTemplate?: string | null | undefined;
  /** Names per kind, 1 to 10; default 3. */
  count?: number | null | undefined;
  /** Unsaved `{domain}` to preview. */
  emailDomain?: string | null | undefined;
  /** The group whose names are previewed. */
  poolGroupId: string | number;
  /** Unsaved settings to preview instead of the stored ones. */
  teamTemplate?: string | null | undefined;
};

/** Narrows a list of codes; every given field must match. */
export type RedeemCodeFilter = {
  /** Only codes of this batch. */
  batchId?: string | number | null | undefined;
  /** Exact email (case-insensitive). */
  boundEmail?: string | null | undefined;
  /** Created at or after. */
  createdFrom?: string | null | undefined;
  /** Created before. */
  createdTo?: string | null | undefined;
  /** Lifecycle ends at or after. */
  lifecycleEndsFrom?: string | null | undefined;
  /** Lifecycle ends before. */
  lifecycleEndsTo?: string | null | undefined;
  /** Only codes restricted to this mother group. */
  motherGroupId?: string | number | null | undefined;
  /** Only codes whose current (or last) seat is on this mother. */
  motherId?: string | number | null | undefined;
  /** A plain code (exact; any case, dashes optional) or part of the bound email. */
  search?: string | null | undefined;
  /** Only codes minted with this SKU. */
  skuId?: string | number | null | undefined;
  /** Only codes with this status. */
  status?: CodeStatus | null | undefined;
  /** Only codes whose current seat is in this upstream workspace. */
  teamId?: string | null | undefined;
  /** First redeemed at or after. */
  usedFrom?: string | null | undefined;
  /** First redeemed before. */
  usedTo?: string | null | undefined;
};

/** A redeem (public). */
export type RedeemInput = {
  /** The plain code (any case, dashes optional). */
  code: string;
  /** The email to invite; the code is bound to it. */
  email: string;
};

/** The outcome of a redeem. */
export type RedeemStatus =
  /** The email already is in (or invited to) the team this code is bound to. */
  | 'ALREADY_IN_TEAM'
  /** The invite was sent; the user accepts it from their mailbox. */
  | 'INVITE_SENT'
  /** The placement is still running; ask `redeemStatus` again shortly. */
  | 'PROCESSING';

/** A refresh or rebind asked by the code's owner (public). */
export type RefreshCodeInput = {
  /** The plain code. */
  code: string;
  /** The email the code is bound to. */
  email: string;
  /** Rebind: the email that gets the seat instead (the old one is removed). */
  newEmail?: string | null | undefined;
};

/** The mother whose workspaces are re-read (admin, `pool:write`). */
export type RefreshMotherTeamsInput = {
  /** The mother's id. */
  id: string | number;
};

/** The child account to remove (admin, `pool:write`). */
export type RemoveChildAccountInput = {
  /** The child account's id. */
  id: string | number;
};

/** A new token for an existing mother (admin, `pool:write`). */
export type ReplaceMotherTokenInput = {
  /** The new upstream access token of the same upstream account. Never returned, never logged. */
  accessToken: string;
  /** The mother's id. */
  id: string | number;
  /** Expiry of an opaque token; ignored when the JWT carries `exp`. */
  tokenExpiresAt?: string | null | undefined;
};

/** A switch asked by the code's owner (public). */
export type RequestSwitchInput = {
  /** The plain code. */
  code: string;
  /** The email the code is bound to (proves ownership). */
  email: string;
};

/** Who asks for the invite again (public). */
export type ResendRedeemInviteInput = {
  /** The plain code. */
  code: string;
  /** The email the code is bound to (proves ownership). */
  email: string;
};

/** The admin session to revoke (admin session only). */
export type RevokeAdminSessionInput = {
  /** The session's id (`AdminSessionInfo.id`). */
  sessionId: string | number;
};

/** The API key to revoke (admin session only). */
export type RevokeApiKeyInput = {
  /** The key's id. */
  id: string | number;
};

/** Who occupies a seat. */
export type SeatOrigin =
  /** A child account. */
  | 'CHILD'
  /** A customer placement (`placeEmail`). */
  | 'PLACEMENT';

/** The state of one seat. */
export type SeatStatus =
  /** Available. */
  | 'FREE'
  /** Reserved while a placement's upstream invite is in flight; freed at `heldUntil` if it never completes. */
  | 'HELD'
  /** Holds a placed email or a child account. */
  | 'USED';

/** The code an operator moves (admin, `users:write`). */
export type SwitchCodeInput = {
  /** The code's id. */
  codeId: string | number;
};

/** What a switch request does and who asked. */
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

/** Narrows `switchRequests`; every given field must match. */
export type SwitchRequestFilter = {
  /** Only requests of this code. */
  codeId?: string | number | null | undefined;
  /** Created at or after. */
  createdFrom?: string | null | undefined;
  /** Created before. */
  createdTo?: string | null | undefined;
  /** Exact email that gets the new seat (case-insensitive). */
  email?: string | null | undefined;
  /** Only requests of this kind. */
  kind?: SwitchKind | null | undefined;
  /** Only requests with this status. */
  status?: SwitchRequestStatus | null | undefined;
};

/** Where a switch request stands. */
export type SwitchRequestStatus =
  /** Cancelled by an operator. */
  | 'CANCELLED'
  /** The code's lifecycle ended while it waited. */
  | 'EXPIRED'
  /** Gave up (see `lastError`); the email keeps its seat. */
  | 'FAILED'
  /** Waiting for a free seat; retried at `nextAttemptAt`. */
  | 'QUEUED'
  /** Being placed now. */
  | 'RUNNING'
  /** The email holds the new seat. */
  | 'SUCCEEDED';

/** The outcome of a switch, refresh or rebind. */
export type SwitchStatus =
  /** No seat is free: the request waits in the queue and the email keeps its current seat meanwhile. */
  | 'QUEUED'
  /** The email was invited into a team on another mother; its old seat is being given up. */
  | 'SWITCHED';

/** The mother whose members are read now (admin, `pool:write`). */
export type SyncChildAccountsInput = {
  /** The mother's id. */
  motherId: string | number;
};

/** What to sync now (admin, `pool:write`). */
export type SyncPoolGroupInput = {
  /** Only this mother of the group; all of them when absent. */
  motherId?: string | number | null | undefined;
  /** The pool group to sync. */
  poolGroupId: string | number;
};

/** A workspace given with `createMother`. */
export type TeamInput = {
  /** Makes it the mother's default team (at most one). */
  isDefault?: boolean | null | undefined;
  /** Its name (1 to 200 characters). */
  name?: string | null | undefined;
  /** The workspace's upstream account id. */
  teamId: string;
};

/** Bucket width of a trend. */
export type TrendGranularity =
  /** One bucket per UTC day (midnight to midnight). */
  | 'DAY'
  /** One bucket per full UTC hour. */
  | 'HOUR';

/** Changes to a SKU; absent fields stay unchanged (admin, `users:write`). */
export type UpdateCodeSkuInput = {
  /** False: no more codes can be minted with it. */
  active?: boolean | null | undefined;
  /** At most 500 characters; null clears it. */
  description?: string | null | undefined;
  /** The SKU to change. */
  id: string | number;
  /** 1 to 3650 (only codes minted afterwards). */
  lifecycleDays?: number | null | undefined;
  /** 2 to 100 characters. */
  name?: string | null | undefined;
  /** 0 to 100000000. */
  priceCents?: number | null | undefined;
  /** 0 to 100; null for unlimited. */
  refreshLimit?: number | null | undefined;
  /** Unique, lower-case `^[a-z0-9][a-z0-9_-]{0,63}$`. */
  slug?: string | null | undefined;
  /** 0 to 100; null for unlimited. */
  switchLimit?: number | null | undefined;
};

/** Changes to a mother group; absent fields stay unchanged (admin, `pool:write`). */
export type UpdateMotherGroupInput = {
  /** Null clears it. */
  description?: string | null | undefined;
  /** The group to change. */
  id: string | number;
  /** 1 to 100 characters, unique. */
  name?: string | null | undefined;
  /** Null clears it. */
  teamNameTemplate?: string | null | undefined;
};

/** Changes to a mother; absent fields stay unchanged (admin, `pool:write`). */
export type UpdateMotherInput = {
  /** The mother to change. */
  id: string | number;
  /** Null clears the group. */
  motherGroupId?: string | number | null | undefined;
  /** 1 to 100 characters, unique regardless of case. */
  name?: string | null | undefined;
  /** Null or empty clears the notes. */
  notes?: string | null | undefined;
  /** Null clears the group. */
  poolGroupId?: string | number | null | undefined;
  /** Never below the seats in use; the seat ledger grows or shrinks with it. */
  seatLimit?: number | null | undefined;
};

/** Changes to a pool group; absent fields stay unchanged (admin, `pool:write`). */
export type UpdatePoolGroupInput = {
  /** Fill free seats with generated children during the sync. */
  autoInvite?: boolean | null | undefined;
  /** Null falls back to the default. */
  childEmailTemplate?: string | null | undefined;
  /** Null falls back to the default. */
  childNameTemplate?: string | null | undefined;
  /** Null clears it. */
  description?: string | null | undefined;
  /** Null falls back to POOL_CHILD_EMAIL_DOMAIN. */
  emailDomain?: string | null | undefined;
  /** The group to change. */
  id: string | number;
  /** False stops its sync and refuses new mothers. */
  isActive?: boolean | null | undefined;
  /** 1 to 100 characters, unique. */
  name?: string | null | undefined;
  /** Null falls back to the default. */
  teamTemplate?: string | null | undefined;
};

/** Changes to one workspace of a mother; absent fields stay unchanged (admin, `pool:write`). */
export type UpdateTeamInput = {
  /** Only `true`: the team becomes the mother's default (the others lose the flag). */
  isDefault?: boolean | null | undefined;
  /** False: no new placements go to this workspace (people already in it stay). */
  isEnabled?: boolean | null | undefined;
  /** The mother the team belongs to. */
  motherId: string | number;
  /** 1 to 200 characters; also sent upstream when the upstream supports renaming. */
  name?: string | null | undefined;
  /** The workspace's upstream account id. */
  teamId: string;
};

/** Changes to an endpoint; absent fields stay. */
export type UpdateWebhookEndpointInput = {
  /** Free text, at most 200 characters; empty clears it. */
  description?: string | null | undefined;
  /** The notifications to send; empty means every type. */
  eventTypes?: Array<NotificationType> | null | undefined;
  /** 1 to 100000. */
  freeSeatsBelow?: number | null | undefined;
  /** Only this mother group's notifications; empty string clears the filter. */
  motherGroupId?: string | number | null | undefined;
  /** Only this pool group's notifications; empty string clears the filter. */
  poolGroupId?: string | number | null | undefined;
  /** 1 to 100000. */
  redeemFailuresPerMinute?: number | null | undefined;
  /** 1 to 90. */
  tokenExpiryDays?: number | null | undefined;
  /** http or https URL, at most 2,000 characters. */
  url?: string | null | undefined;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** Every attempt failed (retries for up to 24 h) or the endpoint was disabled; `redeliverWebhook` tries again. */
  | 'FAILED'
  /** Waiting for its first or next attempt. */
  | 'PENDING';

export type AdminLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AdminLogoutMutation = { __typename: 'Mutation', adminLogout: boolean };

export type WebhookDeliveryRowFragment = { __typename: 'WebhookDelivery', id: string, type: NotificationType, status: WebhookDeliveryStatus, attempts: number, lastStatusCode: number | null, lastResponse: string | null, lastAttemptAt: string | null, nextAttemptAt: string | null, createdAt: string, deliveredAt: string | null, payload: string, endpoint: { __typename: 'WebhookEndpoint', id: string, url: string, enabled: boolean } };

export type WebhookDeliveriesQueryVariables = Exact<{
  endpointId?: string | number | null | undefined;
  status?: WebhookDeliveryStatus | null | undefined;
  page: number;
  pageSize: number;
}>;


export type WebhookDeliveriesQuery = { __typename: 'Query', webhookDeliveries: { __typename: 'WebhookDeliveryPage', total: number, page: number, pageSize: number, items: Array<{ __typename: 'WebhookDelivery', id: string, type: NotificationType, status: WebhookDeliveryStatus, attempts: number, lastStatusCode: number | null, lastResponse: string | null, lastAttemptAt: string | null, nextAttemptAt: string | null, createdAt: string, deliveredAt: string | null, payload: string, endpoint: { __typename: 'WebhookEndpoint', id: string, url: string, enabled: boolean } }> } };

export type RedeliverWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type RedeliverWebhookMutation = { __typename: 'Mutation', redeliverWebhook: { __typename: 'WebhookDelivery', id: string, type: NotificationType, status: WebhookDeliveryStatus, attempts: number, lastStatusCode: number | null, lastResponse: string | null, lastAttemptAt: string | null, nextAttemptAt: string | null, createdAt: string, deliveredAt: string | null, payload: string, endpoint: { __typename: 'WebhookEndpoint', id: string, url: string, enabled: boolean } } };

export type WebhookEndpointRowFragment = { __typename: 'WebhookEndpoint', id: string, url: string, description: string | null, eventTypes: Array<NotificationType>, motherGroupId: string | null, poolGroupId: string | null, freeSeatsBelow: number, tokenExpiryDays: number, redeemFailuresPerMinute: number, enabled: boolean, disabledReason: string | null, secretHint: string, createdAt: string, recentFailures: number };

export type WebhookEndpointsQueryVariables = Exact<{
  page: number;
  pageSize: number;
}>;


export type WebhookEndpointsQuery = { __typename: 'Query', webhookEndpoints: { __typename: 'WebhookEndpointPage', total: number, page: number, pageSize: number, items: Array<{ __typename: 'WebhookEndpoint', id: string, url: string, description: string | null, eventTypes: Array<NotificationType>, motherGroupId: string | null, poolGroupId: string | null, freeSeatsBelow: number, tokenExpiryDays: number, redeemFailuresPerMinute: number, enabled: boolean, disabledReason: string | null, secretHint: string, createdAt: string, recentFailures: number }> } };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { __typename: 'Mutation', createWebhookEndpoint: { __typename: 'WebhookEndpointCreated', secret: string, endpoint: { __typename: 'WebhookEndpoint', id: string, url: string, description: string | null, eventTypes: Array<NotificationType>, motherGroupId: string | null, poolGroupId: string | null, freeSeatsBelow: number, tokenExpiryDays: number, redeemFailuresPerMinute: number, enabled: boolean, disabledReason: string | null, secretHint: string, createdAt: string, recentFailures: number } } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  id: string | number;
  input: UpdateWebhookEndpointInput;
}>;


export type UpdateWebhookEndpointMutation = { __typename: 'Mutation', updateWebhookEndpoint: { __typename: 'WebhookEndpoint', id: string, url: string, description: string | null, eventTypes: Array<NotificationType>, motherGroupId: string | null, poolGroupId: string | null, freeSeatsBelow: number, tokenExpiryDays: number, redeemFailuresPerMinute: number, enabled: boolean, disabledReason: string | null, secretHint: string, createdAt: string, recentFailures: number } };

export type EnableWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type EnableWebhookEndpointMutation = { __typename: 'Mutation', enableWebhookEndpoint: { __typename: 'WebhookEndpoint', id: string, url: string, description: string | null, eventTypes: Array<NotificationType>, motherGroupId: string | null, poolGroupId: string | null, freeSeatsBelow: number, tokenExpiryDays: number, redeemFailuresPerMinute: number, enabled: boolean, disabledReason: string | null, secretHint: string, createdAt: string, recentFailures: number } };

export type DisableWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type DisableWebhookEndpointMutation = { __typename: 'Mutation', disableWebhookEndpoint: { __typename: 'WebhookEndpoint', id: string, url: string, description: string | null, eventTypes: Array<NotificationType>, motherGroupId: string | null, poolGroupId: string | null, freeSeatsBelow: number, tokenExpiryDays: number, redeemFailuresPerMinute: number, enabled: boolean, disabledReason: string | null, secretHint: string, createdAt: string, recentFailures: number } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteWebhookEndpointMutation = { __typename: 'Mutation', deleteWebhookEndpoint: boolean };

export type RotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
}>;


export type RotateWebhookSecretMutation = { __typename: 'Mutation', rotateWebhookSecret: { __typename: 'WebhookEndpointCreated', secret: string, endpoint: { __typename: 'WebhookEndpoint', id: string, url: string, description: string | null, eventTypes: Array<NotificationType>, motherGroupId: string | null, poolGroupId: string | null, freeSeatsBelow: number, tokenExpiryDays: number, redeemFailuresPerMinute: number, enabled: boolean, disabledReason: string | null, secretHint: string, createdAt: string, recentFailures: number } } };

export type SendTestWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type SendTestWebhookMutation = { __typename: 'Mutation', sendTestWebhook: { __typename: 'WebhookDelivery', id: string, type: NotificationType, status: WebhookDeliveryStatus, attempts: number, lastStatusCode: number | null, lastResponse: string | null, lastAttemptAt: string | null, nextAttemptAt: string | null, createdAt: string, deliveredAt: string | null, payload: string, endpoint: { __typename: 'WebhookEndpoint', id: string, url: string, enabled: boolean } } };

export type NotifyGroupChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotifyGroupChoicesQuery = { __typename: 'Query', motherGroups: { __typename: 'MotherGroupPage', items: Array<{ __typename: 'MotherGroup', id: string, name: string }> }, poolGroups: { __typename: 'PoolGroupPage', items: Array<{ __typename: 'PoolGroup', id: string, name: string, isActive: boolean }> } };

export type NotifyEndpointChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotifyEndpointChoicesQuery = { __typename: 'Query', webhookEndpoints: { __typename: 'WebhookEndpointPage', total: number, items: Array<{ __typename: 'WebhookEndpoint', id: string, url: string }> } };

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

export const WebhookDeliveryRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponse"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveryRowFragment, unknown>;
export const WebhookEndpointRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"motherGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"poolGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeatsBelow"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiryDays"}},{"kind":"Field","name":{"kind":"Name","value":"redeemFailuresPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"secretHint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"recentFailures"}}]}}]} as unknown as DocumentNode<WebhookEndpointRowFragment, unknown>;
export const ApiKeyRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeyRowFragment, unknown>;
export const MotherRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MotherRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mother"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"seatLimit"}},{"kind":"Field","name":{"kind":"Name","value":"seatsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"seatsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"seatsFree"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"lastHealthCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"childrenCount"}},{"kind":"Field","name":{"kind":"Name","value":"motherGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"poolGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MotherRowFragment, unknown>;
export const PoolGroupRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoolGroupRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoolGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"teamTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"childNameTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"childEmailTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"emailDomain"}},{"kind":"Field","name":{"kind":"Name","value":"autoInvite"}},{"kind":"Field","name":{"kind":"Name","value":"mothersCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PoolGroupRowFragment, unknown>;
export const AdminLogoutDocument = {"__meta__":{"hash":"7a3ee6d617fae5f5ef1789a4fa2ca1d04c5c36ec2e81fdddb696687fb2bab937"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"adminLogout"}}]}}]} as unknown as DocumentNode<AdminLogoutMutation, AdminLogoutMutationVariables>;
export const WebhookDeliveriesDocument = {"__meta__":{"hash":"60c50f365a8b0742ffa03dbceb22b3c82d85e20953d8cfd6bde07a643884ea6d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponse"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const RedeliverWebhookDocument = {"__meta__":{"hash":"cbf58913a3d13fd1d2273b44df88cfa2677703671f61a52c2aea69b5eccff0f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponse"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;
export const WebhookEndpointsDocument = {"__meta__":{"hash":"6a0111976b4dc96b18c7d3e2b1dfe01f8fc7b57874562f3ecb3c774e4296f079"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"motherGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"poolGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeatsBelow"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiryDays"}},{"kind":"Field","name":{"kind":"Name","value":"redeemFailuresPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"secretHint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"recentFailures"}}]}}]} as unknown as DocumentNode<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const CreateWebhookEndpointDocument = {"__meta__":{"hash":"622e724ce844de6c8d95799d92c17acdee8c2fb5043fc4d7d08cfde2f36fc98e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"motherGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"poolGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeatsBelow"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiryDays"}},{"kind":"Field","name":{"kind":"Name","value":"redeemFailuresPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"secretHint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"recentFailures"}}]}}]} as unknown as DocumentNode<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const UpdateWebhookEndpointDocument = {"__meta__":{"hash":"7e2c2229aeb96b9cdd0ced5362f637408facc02e2356adc4e4fe86fdfb26a03b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"motherGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"poolGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeatsBelow"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiryDays"}},{"kind":"Field","name":{"kind":"Name","value":"redeemFailuresPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"secretHint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"recentFailures"}}]}}]} as unknown as DocumentNode<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const EnableWebhookEndpointDocument = {"__meta__":{"hash":"39da0fa9a5d2c42b0c05fc8f93a9b05c60fb649cc93343b78a4dd90c17814468"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enableWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"motherGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"poolGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeatsBelow"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiryDays"}},{"kind":"Field","name":{"kind":"Name","value":"redeemFailuresPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"secretHint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"recentFailures"}}]}}]} as unknown as DocumentNode<EnableWebhookEndpointMutation, EnableWebhookEndpointMutationVariables>;
export const DisableWebhookEndpointDocument = {"__meta__":{"hash":"3f51caadba7e5a33d94d19f4c13bed4157c8a967e6c8e282a6eff65dbd5c665c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"disableWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"motherGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"poolGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeatsBelow"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiryDays"}},{"kind":"Field","name":{"kind":"Name","value":"redeemFailuresPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"secretHint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"recentFailures"}}]}}]} as unknown as DocumentNode<DisableWebhookEndpointMutation, DisableWebhookEndpointMutationVariables>;
export const DeleteWebhookEndpointDocument = {"__meta__":{"hash":"bbf3d8051f3f84880e4a56923d97a157a2f60087e7b9507f0147ffc8bab51ad8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const RotateWebhookSecretDocument = {"__meta__":{"hash":"3f3946a97c07641cbc4b3c2d92dc39234860c7f87ea8ef608e56e806d62a70cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"motherGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"poolGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeatsBelow"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiryDays"}},{"kind":"Field","name":{"kind":"Name","value":"redeemFailuresPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"secretHint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"recentFailures"}}]}}]} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const SendTestWebhookDocument = {"__meta__":{"hash":"68d928df6abf8998dcf1f510d7626a45cb22a874b982db53a26d6384ce450b26"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendTestWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sendTestWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponse"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<SendTestWebhookMutation, SendTestWebhookMutationVariables>;
export const NotifyGroupChoicesDocument = {"__meta__":{"hash":"85104d66c9c8a8fed83a3b91d0015da83f8a77a512c436ba965493c93b956b04"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotifyGroupChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"motherGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"poolGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]}}]} as unknown as DocumentNode<NotifyGroupChoicesQuery, NotifyGroupChoicesQueryVariables>;
export const NotifyEndpointChoicesDocument = {"__meta__":{"hash":"87e4db72a812f6536b15f8105bd03abf72838f3f5313737a5a7a61f8eb57ea5e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotifyEndpointChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<NotifyEndpointChoicesQuery, NotifyEndpointChoicesQueryVariables>;
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