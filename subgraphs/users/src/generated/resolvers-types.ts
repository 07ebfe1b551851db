import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MotherParent as MotherParentModel, DashboardParent as DashboardParentModel, QueueParent as QueueParentModel } from '../resolvers/parents';
import type { AdminSession as AdminSessionModel, RedeemCode as RedeemCodeModel, CodeEvent as CodeEventModel, CodeBatch as CodeBatchModel, CodeSku as CodeSkuModel, InviteRequest as InviteRequestModel, SwitchRequest as SwitchRequestModel, BatchJob as BatchJobModel, BatchJobItem as BatchJobItemModel, AuditLog as AuditLogModel, BulkOperation as BulkOperationModel, UsersOutboxEvent as UsersOutboxEventModel } from '../entities';
import type { SwitchAnswer as SwitchAnswerModel } from '../services/switch.service';
import type { TrendWindow as TrendWindowModel } from '@seatpool/kit';
import type { UsersContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 instant in UTC, e.g. `2026-11-26T10:00:00.000Z`. */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** The operator's credentials. */
export type AdminLoginInput = {
  /** The admin password; never logged or stored in plain. */
  password: Scalars['String']['input'];
};

/** The operator's account and the calling session. */
export type AdminMe = {
  __typename?: 'AdminMe';
  /** When the operator account was set up. */
  accountCreatedAt: Scalars['DateTime']['output'];
  /** The operator account's name. */
  name: Scalars['String']['output'];
  /** When the password was last changed; null if never since set up. */
  passwordChangedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the calling session expires. */
  sessionExpiresAt: Scalars['DateTime']['output'];
  /** The calling session's id. */
  sessionId: Scalars['ID']['output'];
};

/** A new admin session (the answer of `adminLogin`). */
export type AdminSession = {
  __typename?: 'AdminSession';
  /** When the token stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** Bearer token for `Authorization: Bearer <token>`. Shown once; only its hash is stored. */
  token: Scalars['String']['output'];
};

/** Narrows `adminSessions`. */
export type AdminSessionFilter = {
  /** Only sessions that are neither revoked nor expired. */
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One admin login (its token is never shown again). */
export type AdminSessionInfo = {
  __typename?: 'AdminSessionInfo';
  /** Neither revoked nor expired. */
  active: Scalars['Boolean']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** True for the session making this request. */
  current: Scalars['Boolean']['output'];
  /** When the session stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The session's id. */
  id: Scalars['ID']['output'];
  /** Client address at login. */
  ip?: Maybe<Scalars['String']['output']>;
  /** Last use, to the minute. */
  lastSeenAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was revoked (logout, revoke or password change); null while it works. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** One page of admin sessions. */
export type AdminSessionPage = {
  __typename?: 'AdminSessionPage';
  /** The entries of this page. */
  items: Array<AdminSessionInfo>;
  /** This page's number (from 1). */
  page: Scalars['Int']['output'];
  /** Entries per page, as asked (or the default). */
  pageSize: Scalars['Int']['output'];
  /** Entries matching the filter across all pages. */
  total: Scalars['Int']['output'];
};

/** One admin action. */
export type AuditLogEntry = {
  __typename?: 'AuditLogEntry';
  /** E.g. `codes.generate`, `code.disable`, `invite.cancel`, `admin.change_password`. */
  action: Scalars['String']['output'];
  /** `admin`, `apikey:<id>`, `public` (login attempts) or `system`. */
  actor: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The entry's id. */
  id: Scalars['ID']['output'];
  /** The client address. */
  ip?: Maybe<Scalars['String']['output']>;
  /** JSON input with secrets replaced by `[redacted]`. */
  payload?: Maybe<Scalars['String']['output']>;
  /** The request that acted (matches the `x-request-id` of logs). */
  requestId?: Maybe<Scalars['String']['output']>;
  /** The admin session that acted, if any. */
  sessionId?: Maybe<Scalars['ID']['output']>;
  /** The id of the thing acted on. */
  targetId?: Maybe<Scalars['String']['output']>;
  /** What kind of thing was acted on (e.g. `code`, `mother`, `api_key`). */
  targetType?: Maybe<Scalars['String']['output']>;
};

/** Narrows `auditLogs`; every given field must match. */
export type AuditLogFilter = {
  /** Only this action (exact, e.g. `code.disable`). */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Only this actor (exact, e.g. `admin`). */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** At or after. */
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Before. */
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only entries of this request. */
  requestId?: InputMaybe<Scalars['String']['input']>;
  /** Only this target. */
  targetId?: InputMaybe<Scalars['String']['input']>;
  /** Only this kind of target. */
  targetType?: InputMaybe<Scalars['String']['input']>;
};

/** One page of audit entries. */
export type AuditLogPage = {
  __typename?: 'AuditLogPage';
  /** The entries of this page. */
  items: Array<AuditLogEntry>;
  /** This page's number (from 1). */
  page: Scalars['Int']['output'];
  /** Entries per page, as asked (or the default). */
  pageSize: Scalars['Int']['output'];
  /** Entries matching the filter across all pages. */
  total: Scalars['Int']['output'];
};

/** A batch job: one action over many targets, each with its own result. */
export type BatchJob = {
  __typename?: 'BatchJob';
  /** Who started it (`admin` or `apikey:<id>`). */
  actor: Scalars['String']['output'];
  /** Attempts so far; a reclaimed lease (a runner that stopped) counts as one. */
  attempts: Scalars['Int']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Items finished (succeeded + failed), live. */
  done: Scalars['Int']['output'];
  /** Items that failed, live. */
  failed: Scalars['Int']['output'];
  /** When it reached a final status. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The job's id. */
  id: Scalars['ID']['output'];
  /** Its items with their results. */
  items: BatchJobItemPage;
  /** The error of the last failed attempt. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** While RUNNING: until when the runner holds it (another runner takes over after that). */
  leaseUntil?: Maybe<Scalars['DateTime']['output']>;
  /** Attempts before the job gives up. */
  maxAttempts: Scalars['Int']['output'];
  /** When a PENDING job runs next (backoff between attempts). */
  nextRunAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it first ran. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: BatchJobStatus;
  /** Items that succeeded, live. */
  succeeded: Scalars['Int']['output'];
  /** Items in the job. */
  total: Scalars['Int']['output'];
  /** The action it runs. */
  type: BatchJobType;
};


/** A batch job: one action over many targets, each with its own result. */
export type BatchJobItemsArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<BatchJobItemStatus>;
};

/** The batch job to act on (admin, `users:write`). */
export type BatchJobActionInput = {
  /** The job's id. */
  id: Scalars['ID']['input'];
};

/** Narrows `batchJobs`; every given field must match. */
export type BatchJobFilter = {
  /** Created at or after. */
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Created before. */
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only jobs with this status. */
  status?: InputMaybe<BatchJobStatus>;
  /** Only jobs of this type. */
  type?: InputMaybe<BatchJobType>;
};

/** One target of a batch job and its result. */
export type BatchJobItem = {
  __typename?: 'BatchJobItem';
  /** Attempts so far. */
  attempts: Scalars['Int']['output'];
  /** Why it failed (an error code and message; never secrets). */
  error?: Maybe<Scalars['String']['output']>;
  /**
   * What the runner observed besides success or the error, e.g. an item resumed after its worker
   * stopped mid-call whose upstream side effect had already happened and was not repeated.
   */
  note?: Maybe<Scalars['String']['output']>;
  /** Where it stands. */
  status: BatchJobItemStatus;
  /** The invite request id or code id. */
  targetId: Scalars['String']['output'];
  /** When it was last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** One page of batch job items. */
export type BatchJobItemPage = {
  __typename?: 'BatchJobItemPage';
  /** The entries of this page. */
  items: Array<BatchJobItem>;
  /** This page's number (from 1). */
  page: Scalars['Int']['output'];
  /** Entries per page, as asked (or the default). */
  pageSize: Scalars['Int']['output'];
  /** Entries matching the filter across all pages. */
  total: Scalars['Int']['output'];
};

/** Where one item of a batch job stands. */
export type BatchJobItemStatus =
  /** Failed (see `error`). */
  | 'failed'
  /** Not run yet. */
  | 'pending'
  /** Done. */
  | 'succeeded';

/** One page of batch jobs. */
export type BatchJobPage = {
  __typename?: 'BatchJobPage';
  /** The entries of this page. */
  items: Array<BatchJob>;
  /** This page's number (from 1). */
  page: Scalars['Int']['output'];
  /** Entries per page, as asked (or the default). */
  pageSize: Scalars['Int']['output'];
  /** Entries matching the filter across all pages. */
  total: Scalars['Int']['output'];
};

/** Where a batch job stands. */
export type BatchJobStatus =
  /** Cancelled by an operator; unrun items are not run (`retryBatchJob` runs them). */
  | 'cancelled'
  /** Finished with no item succeeded (after every attempt). */
  | 'failed'
  /** Finished with some items failed (after every attempt). */
  | 'partially_failed'
  /** Waiting to run (first time or after a backoff). */
  | 'pending'
  /** A runner holds its lease and works through the items. */
  | 'running'
  /** Every item succeeded. */
  | 'succeeded';

/** The action a batch job runs over its items. */
export type BatchJobType =
  /** Cancel pending invites (`bulkInviteAction` CANCEL). */
  | 'cancel_invites'
  /** Disable codes (`bulkDisableCodes`). */
  | 'disable_codes'
  /** Remove members (`bulkInviteAction` REMOVE). */
  | 'remove_members'
  /** Send invites again (`bulkInviteAction` RESEND). */
  | 'resend_invites';

/** The batch-job queue now. */
export type BatchQueueCounts = {
  __typename?: 'BatchQueueCounts';
  /** When the longest-waiting pending job was created. */
  oldestPendingAt?: Maybe<Scalars['DateTime']['output']>;
  /** Jobs waiting to run. */
  pending: Scalars['Int']['output'];
  /** Jobs running. */
  running: Scalars['Int']['output'];
};

/** A non-empty bucket of a raw series (internal: stats fills the gaps). */
export type BucketCount = {
  __typename?: 'BucketCount';
  /** Index of the bucket in the window, 0 for the first (`since`). */
  bucket: Scalars['Int']['output'];
  /** How many events fell into the bucket (always > 0: empty buckets are left out). */
  count: Scalars['Int']['output'];
};

/** The codes to disable: `ids` or `filter` (admin, `users:write`). */
export type BulkDisableCodesInput = {
  /** Every code matching the filter (at most 10000). */
  filter?: InputMaybe<RedeemCodeFilter>;
  /** Codes by id; or use `filter`. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One action over many invite requests (admin, `users:write`). */
export type BulkInviteActionInput = {
  /** What to do with each. */
  action: InviteAction;
  /** The invite requests, 1 to 10000. */
  inviteRequestIds: Array<Scalars['ID']['input']>;
};

/** One bulk operation with its counts. */
export type BulkOperation = {
  __typename?: 'BulkOperation';
  /** Who ran it (`admin` or `apikey:<id>`). */
  actor: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Targets that failed. */
  failed: Scalars['Int']['output'];
  /** The entry's id. */
  id: Scalars['ID']['output'];
  /** The batch job, for job-based operations. */
  jobId?: Maybe<Scalars['ID']['output']>;
  /** JSON details (batch id, filter, …). */
  metadata?: Maybe<Scalars['String']['output']>;
  /** Targets that succeeded. */
  succeeded: Scalars['Int']['output'];
  /** Targets. */
  total: Scalars['Int']['output'];
  /** What kind of operation. */
  type: BulkOperationType;
};

/** Narrows `bulkOperations`; every given field must match. */
export type BulkOperationFilter = {
  /** Only this actor (exact). */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** At or after. */
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Before. */
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only this kind. */
  type?: InputMaybe<BulkOperationType>;
};

/** One page of bulk operations. */
export type BulkOperationPage = {
  __typename?: 'BulkOperationPage';
  /** The entries of this page. */
  items: Array<BulkOperation>;
  /** This page's number (from 1). */
  page: Scalars['Int']['output'];
  /** Entries per page, as asked (or the default). */
  pageSize: Scalars['Int']['output'];
  /** Entries matching the filter across all pages. */
  total: Scalars['Int']['output'];
};

/** A kind of bulk operation. */
export type BulkOperationType =
  /** A finished `bulkDisableCodes` job. */
  | 'codes_disable'
  /** `exportCodes`. */
  | 'code_export'
  /** `generateCodes`. */
  | 'code_generate'
  /** A finished CANCEL `bulkInviteAction` job. */
  | 'invites_cancel'
  /** A finished RESEND `bulkInviteAction` job. */
  | 'invites_resend'
  /** A finished REMOVE `bulkInviteAction` job. */
  | 'members_remove';

/** The switch request to cancel (admin, `users:write`). */
export type CancelSwitchRequestInput = {
  /** The switch request's id. */
  id: Scalars['ID']['input'];
};

/** The old and the new admin password (admin session only). */
export type ChangeAdminPasswordInput = {
  /** The password in use now. */
  currentPassword: Scalars['String']['input'];
  /** At least 12 characters (the same rule as ADMIN_PASSWORD), different from the current one. */
  newPassword: Scalars['String']['input'];
};

/** The outcome of `changeAdminPassword`. */
export type ChangeAdminPasswordResult = {
  __typename?: 'ChangeAdminPasswordResult';
  /** Other sessions revoked by the change. */
  revokedSessions: Scalars['Int']['output'];
};

/** One `generateCodes` call. */
export type CodeBatch = {
  __typename?: 'CodeBatch';
  /** The batch's codes by status, now. */
  codes: CodeCounts;
  /** How many codes were minted. */
  count: Scalars['Int']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who minted it (`admin` or `apikey:<id>`). */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The redeem deadline of its codes, if any. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The batch's id. */
  id: Scalars['ID']['output'];
  /** The mother group its codes are restricted to, if any. */
  motherGroupId?: Maybe<Scalars['ID']['output']>;
  /** The prefix of its codes, if any. */
  prefix?: Maybe<Scalars['String']['output']>;
  /** The SKU its codes were minted with, if any. */
  sku?: Maybe<CodeSku>;
};

/** Narrows `codeBatches`; every given field must match. */
export type CodeBatchFilter = {
  /** Created at or after. */
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Created before. */
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only batches restricted to this mother group. */
  motherGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** Only batches minted with this SKU. */
  skuId?: InputMaybe<Scalars['ID']['input']>;
};

/** One page of code batches. */
export type CodeBatchPage = {
  __typename?: 'CodeBatchPage';
  /** The entries of this page. */
  items: Array<CodeBatch>;
  /** This page's number (from 1). */
  page: Scalars['Int']['output'];
  /** Entries per page, as asked (or the default). */
  pageSize: Scalars['Int']['output'];
  /** Entries matching the filter across all pages. */
  total: Scalars['Int']['output'];
};

/** Codes by status. */
export type CodeCounts = {
  __typename?: 'CodeCounts';
  /** DISABLED codes. */
  disabled: Scalars['Int']['output'];
  /** EXPIRED codes. */
  expired: Scalars['Int']['output'];
  /** RESERVED codes (a redeem in flight). */
  reserved: Scalars['Int']['output'];
  /** All codes. */
  total: Scalars['Int']['output'];
  /** UNUSED codes. */
  unused: Scalars['Int']['output'];
  /** USED codes. */
  used: Scalars['Int']['output'];
};

/** One entry of a code's history. */
export type CodeEvent = {
  __typename?: 'CodeEvent';
  /** The email that asked, `admin`, `requeue` or `system`. */
  actor: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** JSON details (teams, emails, policy). */
  detail?: Maybe<Scalars['String']['output']>;
  /** The event's id. */
  id: Scalars['ID']['output'];
  /** What happened. */
  type: CodeEventType;
};

/** What happened to a code. */
export type CodeEventType =
  /** The first redeem bound the code to an email. */
  | 'bind'
  /** The lifecycle ended. */
  | 'expire'
  /** The after-sale policy granted the code something after its mother or team was lost (an extra switch, a requeue); see `detail`. */
  | 'grant'
  /** The seat moved to another email. */
  | 'rebind'
  /** The same email got a fresh seat. */
  | 'refresh'
  /** The email moved to a team on another mother. */
  | 'switch';

/** A CSV export: header `code,status,batch_id,sku_id,mother_group_id,bound_email,team_name,created_at,used_at,expires_at,lifecycle_ends_at,switches_used,switch_limit`. */
export type CodeExport = {
  __typename?: 'CodeExport';
  /** RFC 4180 CSV (CRLF), cells that look like formulas prefixed with `'`. */
  csv: Scalars['String']['output'];
  /** A suggested file name. */
  filename: Scalars['String']['output'];
  /** Codes in the file (header not counted). */
  rowCount: Scalars['Int']['output'];
};

/** A code product: the terms its codes are minted with. */
export type CodeSku = {
  __typename?: 'CodeSku';
  /** Only active SKUs can mint codes. */
  active: Scalars['Boolean']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Free text, at most 500 characters. */
  description?: Maybe<Scalars['String']['output']>;
  /** The SKU's id. */
  id: Scalars['ID']['output'];
  /** Lifecycle length of its codes in days, counted from the first redeem (1 to 3650). */
  lifecycleDays: Scalars['Int']['output'];
  /** 2 to 100 characters. */
  name: Scalars['String']['output'];
  /** Price in cents (informational, 0 to 100000000). */
  priceCents: Scalars['Int']['output'];
  /** Null = unlimited. */
  refreshLimit?: Maybe<Scalars['Int']['output']>;
  /** Unique, lower-case `^[a-z0-9][a-z0-9_-]{0,63}$`. */
  slug: Scalars['String']['output'];
  /** Null = unlimited. */
  switchLimit?: Maybe<Scalars['Int']['output']>;
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Narrows `codeSkus`. */
export type CodeSkuFilter = {
  /** Also list inactive SKUs (default: active only). */
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the name or slug. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** One page of SKUs. */
export type CodeSkuPage = {
  __typename?: 'CodeSkuPage';
  /** The entries of this page. */
  items: Array<CodeSku>;
  /** This page's number (from 1). */
  page: Scalars['Int']['output'];
  /** Entries per page, as asked (or the default). */
  pageSize: Scalars['Int']['output'];
  /** Entries matching the filter across all pages. */
  total: Scalars['Int']['output'];
};

/** Where a redeem code stands. */
export type CodeStatus =
  /** Switched off by an operator; refused by redeem (see `disabledFrom`). */
  | 'disabled'
  /** Its redeem deadline or lifecycle is over. */
  | 'expired'
  /** A redeem is in flight; the code is held for it. */
  | 'reserved'
  /** Can be redeemed (until `expiresAt`). */
  | 'unused'
  /** Redeemed: bound to an email for its lifecycle. */
  | 'used';

/** A new code product (admin, `users:write`). */
export type CreateCodeSkuInput = {
  /** Default true. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** At most 500 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 3650. */
  lifecycleDays: Scalars['Int']['input'];
  /** 2 to 100 characters. */
  name: Scalars['String']['input'];
  /** 0 to 100000000; default 0. */
  priceCents?: InputMaybe<Scalars['Int']['input']>;
  /** 0 to 100; omit or null for unlimited. */
  refreshLimit?: InputMaybe<Scalars['Int']['input']>;
  /** Unique, lower-case `^[a-z0-9][a-z0-9_-]{0,63}$` (stored lower-cased). */
  slug: Scalars['String']['input'];
  /** 0 to 100; omit or null for unlimited. */
  switchLimit?: InputMaybe<Scalars['Int']['input']>;
};

/** The unified dashboard: each domain resolves the figures it owns; stats combines them (e.g. `codeQuota`). */
export type Dashboard = {
  __typename?: 'Dashboard';
  /** Batch jobs waiting or running. */
  batchQueue: BatchQueueCounts;
  /** All codes by status. */
  codes: CodeCounts;
  /** Always `global`: there is one dashboard. */
  id: Scalars['ID']['output'];
  /** All invite requests by status. */
  invites: InviteCounts;
  /** Placed redeems over the last hour, 24 hours and 7 days. */
  redeemSuccess: RedeemSuccessWindows;
  /** Unused codes that have not expired: the demand side of `codeQuota`. */
  redeemableCodes: Scalars['Int']['output'];
  /** Switch requests waiting for a seat or being placed. */
  switchQueue: SwitchQueueCounts;
};

/** The code to enable (admin, `users:write`). */
export type EnableCodeInput = {
  /** The code's id. */
  id: Scalars['ID']['input'];
};

/** The codes to export (admin, `users:write`: the export reveals plain codes). */
export type ExportCodesInput = {
  /** The codes to export; e.g. `{ batchId }` for one batch. */
  filter: RedeemCodeFilter;
};

/** What to mint (admin, `users:write`). */
export type GenerateCodesInput = {
  /** How many codes, 1 to 10000. */
  count: Scalars['Int']['input'];
  /** When the unused codes expire; must be in the future. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Restricts the codes to mothers of this mother group. */
  motherGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** Optional prefix of 1–12 characters from the code alphabet `ABCDEFGHJKLMNPQRSTUVWXYZ23456789` (no I, O, 0 or 1), case-insensitive. */
  prefix?: InputMaybe<Scalars['String']['input']>;
  /** An active SKU: its lifecycle length and switch/refresh limits are copied onto every code. Without one, the configured defaults apply. */
  skuId?: InputMaybe<Scalars['ID']['input']>;
};

/** The answer of `generateCodes`: the only time the plain codes are shown. */
export type GeneratedCodes = {
  __typename?: 'GeneratedCodes';
  /** The new batch's id. */
  batchId: Scalars['ID']['output'];
  /** The plain codes, formatted with dashes; only their keyed hash and ciphertext are stored. */
  codes: Array<Scalars['String']['output']>;
};

/** An action over invite requests. */
export type InviteAction =
  /** Cancel the pending invite and free the seat. */
  | 'cancel'
  /** Remove the member (or cancel the invite) and free the seat. */
  | 'remove'
  /** Send the invite again. */
  | 'resend';

/** Invite requests by status. */
export type InviteCounts = {
  __typename?: 'InviteCounts';
  /** ACCEPTED requests. */
  accepted: Scalars['Int']['output'];
  /** CANCELLED requests. */
  cancelled: Scalars['Int']['output'];
  /** FAILED requests. */
  failed: Scalars['Int']['output'];
  /** PENDING requests. */
  pending: Scalars['Int']['output'];
  /** REMOVED requests. */
  removed: Scalars['Int']['output'];
  /** SENT requests. */
  sent: Scalars['Int']['output'];
};

/** Why an invite request was made. */
export type InvitePurpose =
  /** An operator's switch. */
  | 'admin'
  /** A rebind (the seat moves to another email). */
  | 'rebind'
  /** A redeem. */
  | 'redeem'
  /** A refresh (same email, fresh seat). */
  | 'refresh'
  /** The after-sale policy re-placed a code whose mother or team was lost. */
  | 'requeue'
  /** A switch asked by the code's owner. */
  | 'switch';

/** One attempt to put an email into a team for a code (one pool placement). */
export type InviteRequest = {
  __typename?: 'InviteRequest';
  /** When the invitee joined. */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The code it was made for. */
  code: RedeemCode;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The invited email. */
  email: Scalars['String']['output'];
  /** For FAILED: NO_CAPACITY, UPSTREAM_UNAVAILABLE, … */
  errorCode?: Maybe<Scalars['String']['output']>;
  /** The invite request's id. */
  id: Scalars['ID']['output'];
  /** The mother it was placed on (resolved by the pool subgraph). */
  mother?: Maybe<Mother>;
  /** Why it was made. */
  purpose: InvitePurpose;
  /** Why the seat was given up: SWITCH, CANCEL, REMOVE, EXPIRE, or what pool reported. */
  releaseReason?: Maybe<Scalars['String']['output']>;
  /** How often the invite was sent again. */
  resendCount: Scalars['Int']['output'];
  /** When it was last sent again. */
  resentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: InviteStatus;
  /** The upstream workspace it was placed in. */
  teamId?: Maybe<Scalars['String']['output']>;
  /** That workspace's name. */
  teamName?: Maybe<Scalars['String']['output']>;
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** The invite request to act on (admin, `users:write`). */
export type InviteRequestActionInput = {
  /** The invite request's id. */
  inviteRequestId: Scalars['ID']['input'];
};

/** Narrows `inviteRequests`; every given field must match. */
export type InviteRequestFilter = {
  /** Only requests of this code. */
  codeId?: InputMaybe<Scalars['ID']['input']>;
  /** Created at or after. */
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Created before. */
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Exact email (case-insensitive). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Only requests made for this purpose. */
  purpose?: InputMaybe<InvitePurpose>;
  /** Part of the email. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only requests with this status. */
  status?: InputMaybe<InviteStatus>;
  /** Only requests placed in this upstream workspace. */
  teamId?: InputMaybe<Scalars['String']['input']>;
};

/** One page of invite requests. */
export type InviteRequestPage = {
  __typename?: 'InviteRequestPage';
  /** The entries of this page. */
  items: Array<InviteRequest>;
  /** This page's number (from 1). */
  page: Scalars['Int']['output'];
  /** Entries per page, as asked (or the default). */
  pageSize: Scalars['Int']['output'];
  /** Entries matching the filter across all pages. */
  total: Scalars['Int']['output'];
};

/** Where an invite request stands. */
export type InviteStatus =
  /** The invitee joined the team. */
  | 'accepted'
  /** The invite was cancelled (by an operator or upstream) and the seat freed. */
  | 'cancelled'
  /** No seat could be used (see `errorCode`). */
  | 'failed'
  /** Created; the placement has not finished yet. */
  | 'pending'
  /** The member was removed (or the seat given up after acceptance). */
  | 'removed'
  /** The upstream invite was sent; not accepted yet. */
  | 'sent';

/** A paid team-admin account with a fixed number of seats. */
export type Mother = {
  __typename?: 'Mother';
  /** Codes whose current (or last) seat is on this mother. */
  codesRedeemed: Scalars['Int']['output'];
  /** The mother's id. */
  id: Scalars['ID']['output'];
  /** Of those, the ones the invitee accepted. */
  invitesAccepted: Scalars['Int']['output'];
  /** Invite requests placed on this mother whose invite reached the upstream. */
  invitesDelivered: Scalars['Int']['output'];
};

/** Usage of one mother group: seats and health from pool, codes and invites from users, the acceptance rate from stats. */
export type MotherGroupUsage = {
  __typename?: 'MotherGroupUsage';
  /** Codes restricted to the group, by status. */
  codes: CodeCounts;
  /** Codes restricted to the group that were redeemed. */
  codesRedeemed: Scalars['Int']['output'];
  /** Of those, the ones the invitee accepted. */
  invitesAccepted: Scalars['Int']['output'];
  /** Invite requests of the group's codes whose invite reached the upstream. */
  invitesDelivered: Scalars['Int']['output'];
  /** The mother group's id (pool's). */
  motherGroupId: Scalars['ID']['output'];
};

/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Exchanges the admin password for a session token (public, rate limited). Too many failures from one address lock that address out for a while (RATE_LIMITED). */
  adminLogin: AdminSession;
  /** Revokes the calling session at once. */
  adminLogout: Scalars['Boolean']['output'];
  /** Disables many codes (by ids or by filter, up to 10000) in a batch job; each code gets its own result. */
  bulkDisableCodes: BatchJob;
  /** Resends, cancels or removes many invite requests (up to 10000) in a batch job. */
  bulkInviteAction: BatchJob;
  /** Cancels a PENDING or RUNNING job; a running one stops after its current item. */
  cancelBatchJob: BatchJob;
  /** Cancels a SENT invite upstream and frees its seat; the code keeps its binding without a seat. */
  cancelInvite: InviteRequest;
  /** Cancels a QUEUED switch request (admin). */
  cancelSwitchRequest: SwitchRequest;
  /** Changes the admin password (at least 12 characters, not the current one) and revokes every other session. */
  changeAdminPassword: ChangeAdminPasswordResult;
  /** Creates a code product. CONFLICT when the slug is taken. */
  createCodeSku: CodeSku;
  /**
   * Disables a code so it can no longer be redeemed. UNUSED, EXPIRED and USED codes become DISABLED
   * (a used code keeps its binding and seat; it only stops answering redeems); a DISABLED code stays
   * as it is; a RESERVED code (a redeem in flight) is refused with CONFLICT. NOT_FOUND for an unknown id.
   */
  disableCode: RedeemCode;
  /** Enables a DISABLED code again: it returns to the status it had (an unused code past its deadline becomes EXPIRED). Other codes are returned unchanged. */
  enableCode: RedeemCode;
  /** Exports codes (a batch or a filter, up to 50000) as CSV with the plain codes decrypted; written to the audit log and the bulk history. */
  exportCodes: CodeExport;
  /** Creates a batch of random redeem codes with the SKU's terms; the plain codes are returned only here. */
  generateCodes: GeneratedCodes;
  /** Redeems a code for an email: reserves the code, places the email in a team, binds the code (public). */
  redeem: RedeemResult;
  /**
   * Refresh (a fresh seat for the same email, preferring teams it was in recently) or, with `newEmail`,
   * rebind the code to another email (public; needs the code and its bound email). Uses the code's
   * refresh allowance, not its switches, and starts a cooldown (RATE_LIMITED with `retryAfterSeconds`).
   */
  refreshCode: SwitchResult;
  /** Removes the member (or cancels the pending invite) upstream and frees the seat. */
  removeMember: InviteRequest;
  /**
   * Moves the code's email to a team on another mother (public; needs the code and its bound email).
   * The new invite is sent before the old seat is given up. QUEUED when no seat is free: the email
   * keeps its current seat until the queue finds one (until the code's lifecycle ends). Uses one of the
   * code's switches only when it succeeds; no switches left is CONFLICT (reason SWITCH_LIMIT_REACHED).
   */
  requestSwitch: SwitchResult;
  /** Sends a SENT (not yet accepted) invite again through pool. */
  resendInvite: InviteRequest;
  /** Sends the invite of the code's current seat again (public; proves ownership with code and bound email). At most once a minute. */
  resendRedeemInvite: ResendRedeemInviteResult;
  /** Runs a PARTIALLY_FAILED, FAILED or CANCELLED job again: only its failed and unrun items, with a fresh attempt budget. */
  retryBatchJob: BatchJob;
  /** Revokes one admin session at once. NOT_FOUND for an unknown id. */
  revokeAdminSession: AdminSessionInfo;
  /** Revokes every admin session except the calling one; answers how many were revoked. */
  revokeOtherAdminSessions: Scalars['Int']['output'];
  /** An operator moves a USED code's email to a team on another mother; uses none of the code's switches. */
  switchCode: SwitchResult;
  /** Changes the fields given; an explicit null clears a nullable one. Codes already minted keep their terms. */
  updateCodeSku: CodeSku;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationAdminLoginArgs = {
  input: AdminLoginInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationBulkDisableCodesArgs = {
  input: BulkDisableCodesInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationBulkInviteActionArgs = {
  input: BulkInviteActionInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationCancelBatchJobArgs = {
  input: BatchJobActionInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationCancelInviteArgs = {
  input: InviteRequestActionInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationCancelSwitchRequestArgs = {
  input: CancelSwitchRequestInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationChangeAdminPasswordArgs = {
  input: ChangeAdminPasswordInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationCreateCodeSkuArgs = {
  input: CreateCodeSkuInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationDisableCodeArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationEnableCodeArgs = {
  input: EnableCodeInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationExportCodesArgs = {
  input: ExportCodesInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationGenerateCodesArgs = {
  input: GenerateCodesInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationRedeemArgs = {
  input: RedeemInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationRefreshCodeArgs = {
  input: RefreshCodeInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationRemoveMemberArgs = {
  input: InviteRequestActionInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationRequestSwitchArgs = {
  input: RequestSwitchInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationResendInviteArgs = {
  input: InviteRequestActionInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationResendRedeemInviteArgs = {
  input: ResendRedeemInviteInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationRetryBatchJobArgs = {
  input: BatchJobActionInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationRevokeAdminSessionArgs = {
  input: RevokeAdminSessionInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationSwitchCodeArgs = {
  input: SwitchCodeInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationUpdateCodeSkuArgs = {
  input: UpdateCodeSkuInput;
};

/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type Query = {
  __typename?: 'Query';
  /** The operator's account and current session (admin session only). */
  adminMe: AdminMe;
  /** Admin sessions, newest first (admin). */
  adminSessions: AdminSessionPage;
  /** The audit log, newest first (admin). */
  auditLogs: AuditLogPage;
  /** One batch job with live progress (admin). Null when unknown. */
  batchJob?: Maybe<BatchJob>;
  /** Batch jobs, newest first (admin). */
  batchJobs: BatchJobPage;
  /** The bulk history (code generation, exports, finished batch jobs), newest first (admin). */
  bulkOperations: BulkOperationPage;
  /** One code batch (admin). Null when unknown. */
  codeBatch?: Maybe<CodeBatch>;
  /** Code batches (one per `generateCodes` call), newest first (admin). */
  codeBatches: CodeBatchPage;
  /** One SKU (admin). Null when unknown. */
  codeSku?: Maybe<CodeSku>;
  /** Code products, newest first (admin). Inactive SKUs only with `includeInactive`. */
  codeSkus: CodeSkuPage;
  /** Invite requests (one per placement attempt: redeem, switch, refresh, rebind), newest first (admin). */
  inviteRequests: InviteRequestPage;
  /** Looks a redeem code up by its plain text (admin). Null when no such code exists. */
  redeemCode?: Maybe<RedeemCode>;
  /** Redeem codes matching the filter, newest first (admin). `pageSize` 1–200; a page past the end is empty. */
  redeemCodes: RedeemCodePage;
  /**
   * What an end user may see about their own code (public): needs the code and the email it is bound
   * to or that last tried to redeem it; any other email gets CODE_INVALID, as for an unknown code.
   */
  redeemStatus: RedeemStatusResult;
  /** Switch requests (the switch queue and its history), newest first (admin). */
  switchRequests: SwitchRequestPage;
  /** Users facts for other domains (notify), oldest first, after the cursor `after` (exclusive); at-least-once (internal). */
  usersEvents: UsersEventPage;
  /** Resolves an admin bearer token to its live session (internal: the gateway only). Null when unknown, expired or revoked. */
  verifySession?: Maybe<VerifiedSession>;
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryAdminSessionsArgs = {
  filter?: InputMaybe<AdminSessionFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryAuditLogsArgs = {
  filter?: InputMaybe<AuditLogFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryBatchJobArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryBatchJobsArgs = {
  filter?: InputMaybe<BatchJobFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryBulkOperationsArgs = {
  filter?: InputMaybe<BulkOperationFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryCodeBatchArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryCodeBatchesArgs = {
  filter?: InputMaybe<CodeBatchFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryCodeSkuArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryCodeSkusArgs = {
  filter?: InputMaybe<CodeSkuFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryInviteRequestsArgs = {
  filter?: InputMaybe<InviteRequestFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryRedeemCodeArgs = {
  code: Scalars['String']['input'];
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryRedeemCodesArgs = {
  filter?: InputMaybe<RedeemCodeFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryRedeemStatusArgs = {
  code: Scalars['String']['input'];
  email: Scalars['String']['input'];
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QuerySwitchRequestsArgs = {
  filter?: InputMaybe<SwitchRequestFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryUsersEventsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryVerifySessionArgs = {
  token: Scalars['String']['input'];
};

/** A redeem code. The plain code is never stored; only a keyed hash (lookup) and ciphertext (export). */
export type RedeemCode = {
  __typename?: 'RedeemCode';
  /** The batch it was minted in. */
  batchId: Scalars['ID']['output'];
  /** The email the code is bound to, once redeemed. */
  boundEmail?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Upstream team (workspace) id of the seat the bound email holds; null when it holds none. */
  currentTeamId?: Maybe<Scalars['String']['output']>;
  /** The status a DISABLED code returns to when enabled. */
  disabledFrom?: Maybe<CodeStatus>;
  /** History: bind, switch, refresh, rebind, grant, expire — oldest first. */
  events: Array<CodeEvent>;
  /** Deadline to redeem an unused code. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The code's id (never the plain code). */
  id: Scalars['ID']['output'];
  /** Every invite request of this code, oldest first. */
  inviteRequests: Array<InviteRequest>;
  /** Lifecycle length in days (from the SKU), counted from the first redeem. */
  lifecycleDays: Scalars['Int']['output'];
  /** When the service ends; maintenance then expires the code (and gives the seat up, per policy). */
  lifecycleEndsAt?: Maybe<Scalars['DateTime']['output']>;
  /** When its lifecycle started (the first redeem). */
  lifecycleStartedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The mother account the bound email sits (or last sat) on (resolved by the pool subgraph). */
  mother?: Maybe<Mother>;
  /** When set, the code places only on mothers of this mother group. */
  motherGroupId?: Maybe<Scalars['ID']['output']>;
  /** The queued or running switch request, if any. */
  openSwitchRequest?: Maybe<SwitchRequest>;
  /** No refresh or rebind before this instant (RATE_LIMITED until then). */
  refreshCooldownUntil?: Maybe<Scalars['DateTime']['output']>;
  /** Null = unlimited. */
  refreshLimit?: Maybe<Scalars['Int']['output']>;
  /** Refreshes and rebinds used. */
  refreshUsed: Scalars['Int']['output'];
  /** The SKU whose terms it was minted with, if any. */
  sku?: Maybe<CodeSku>;
  /** Where the code stands. */
  status: CodeStatus;
  /** Switches used. */
  switchCount: Scalars['Int']['output'];
  /** Null = unlimited. */
  switchLimit?: Maybe<Scalars['Int']['output']>;
  /** Null = unlimited. */
  switchesLeft?: Maybe<Scalars['Int']['output']>;
  /** Name of the team of the current (or last) seat. */
  teamName?: Maybe<Scalars['String']['output']>;
  /** When it was first redeemed. */
  usedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Narrows a list of codes; every given field must match. */
export type RedeemCodeFilter = {
  /** Only codes of this batch. */
  batchId?: InputMaybe<Scalars['ID']['input']>;
  /** Exact email (case-insensitive). */
  boundEmail?: InputMaybe<Scalars['String']['input']>;
  /** Created at or after. */
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Created before. */
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Lifecycle ends at or after. */
  lifecycleEndsFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Lifecycle ends before. */
  lifecycleEndsTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only codes restricted to this mother group. */
  motherGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** Only codes whose current (or last) seat is on this mother. */
  motherId?: InputMaybe<Scalars['ID']['input']>;
  /** A plain code (exact; any case, dashes optional) or part of the bound email. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only codes minted with this SKU. */
  skuId?: InputMaybe<Scalars['ID']['input']>;
  /** Only codes with this status. */
  status?: InputMaybe<CodeStatus>;
  /** Only codes whose current seat is in this upstream workspace. */
  teamId?: InputMaybe<Scalars['String']['input']>;
  /** First redeemed at or after. */
  usedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** First redeemed before. */
  usedTo?: InputMaybe<Scalars['DateTime']['input']>;
};

/** One page of redeem codes. */
export type RedeemCodePage = {
  __typename?: 'RedeemCodePage';
  /** The entries of this page. */
  items: Array<RedeemCode>;
  /** This page's number (from 1). */
  page: Scalars['Int']['output'];
  /** Entries per page, as asked (or the default). */
  pageSize: Scalars['Int']['output'];
  /** Entries matching the filter across all pages. */
  total: Scalars['Int']['output'];
};

/** A redeem (public). */
export type RedeemInput = {
  /** The plain code (any case, dashes optional). */
  code: Scalars['String']['input'];
  /** The email to invite; the code is bound to it. */
  email: Scalars['String']['input'];
};

/** The answer of `redeem`. */
export type RedeemResult = {
  __typename?: 'RedeemResult';
  /** Public id of this invite request (never an internal database id). */
  inviteRequestId: Scalars['ID']['output'];
  /** The outcome. */
  status: RedeemStatus;
  /** The team the email was invited to (or is in). */
  teamName?: Maybe<Scalars['String']['output']>;
};

/** The outcome of a redeem. */
export type RedeemStatus =
  /** The email already is in (or invited to) the team this code is bound to. */
  | 'already_in_team'
  /** The invite was sent; the user accepts it from their mailbox. */
  | 'invite_sent'
  /** The placement is still running; ask `redeemStatus` again shortly. */
  | 'processing';

/** What an end user may see about their own code (the answer of `redeemStatus`). */
export type RedeemStatusResult = {
  __typename?: 'RedeemStatusResult';
  /** Where the code stands. */
  codeStatus: CodeStatus;
  /** When the code stops working: the lifecycle end once redeemed, else the redeem deadline. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The invite of the current seat, else of the email's latest attempt. */
  inviteStatus?: Maybe<InviteStatus>;
  /** When the service ends, once redeemed. */
  lifecycleEndsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Null = unlimited. */
  refreshesLeft?: Maybe<Scalars['Int']['output']>;
  /** True while a switch, refresh or rebind waits in the queue or is running. */
  switchQueued: Scalars['Boolean']['output'];
  /** Null = unlimited. */
  switchesLeft?: Maybe<Scalars['Int']['output']>;
  /** The team of the seat the email holds now. */
  teamName?: Maybe<Scalars['String']['output']>;
};

/** Redeem outcomes over three sliding windows ending now. */
export type RedeemSuccessWindows = {
  __typename?: 'RedeemSuccessWindows';
  /** The last 7 days. */
  last7Days: RedeemWindow;
  /** The last 24 hours. */
  last24Hours: RedeemWindow;
  /** The last 60 minutes. */
  lastHour: RedeemWindow;
};

/** Redeems that reached placement (an invite request of purpose REDEEM) created in the window. */
export type RedeemWindow = {
  __typename?: 'RedeemWindow';
  /** Redeems that reached placement in the window. */
  attempts: Scalars['Int']['output'];
  /** No seat could be used. */
  failed: Scalars['Int']['output'];
  /** Still being placed. */
  pending: Scalars['Int']['output'];
  /** The email got a seat (the invite was sent; it may since have been accepted, cancelled or removed). */
  succeeded: Scalars['Int']['output'];
  /** succeeded / (succeeded + failed); null when none finished. */
  successRate?: Maybe<Scalars['Float']['output']>;
};

/** A refresh or rebind asked by the code's owner (public). */
export type RefreshCodeInput = {
  /** The plain code. */
  code: Scalars['String']['input'];
  /** The email the code is bound to. */
  email: Scalars['String']['input'];
  /** Rebind: the email that gets the seat instead (the old one is removed). */
  newEmail?: InputMaybe<Scalars['String']['input']>;
};

/** A switch asked by the code's owner (public). */
export type RequestSwitchInput = {
  /** The plain code. */
  code: Scalars['String']['input'];
  /** The email the code is bound to (proves ownership). */
  email: Scalars['String']['input'];
};

/** Who asks for the invite again (public). */
export type ResendRedeemInviteInput = {
  /** The plain code. */
  code: Scalars['String']['input'];
  /** The email the code is bound to (proves ownership). */
  email: Scalars['String']['input'];
};

/** The answer of `resendRedeemInvite`. */
export type ResendRedeemInviteResult = {
  __typename?: 'ResendRedeemInviteResult';
  /** The invite's status after the resend. */
  inviteStatus: InviteStatus;
  /** The team of the current seat. */
  teamName?: Maybe<Scalars['String']['output']>;
};

/** The admin session to revoke (admin session only). */
export type RevokeAdminSessionInput = {
  /** The session's id (`AdminSessionInfo.id`). */
  sessionId: Scalars['ID']['input'];
};

/** The code an operator moves (admin, `users:write`). */
export type SwitchCodeInput = {
  /** The code's id. */
  codeId: Scalars['ID']['input'];
};

/** What a switch request does and who asked. */
export type SwitchKind =
  /** Asked by an operator (free). */
  | 'admin'
  /** Seat moved to a new email (uses a refresh). */
  | 'rebind'
  /** Same email, fresh seat (uses a refresh). */
  | 'refresh'
  /** Queued by the after-sale policy when the code's mother or team was lost (free). */
  | 'requeue'
  /** Asked by the code's owner (uses a switch). */
  | 'switch';

/** The switch queue now. */
export type SwitchQueueCounts = {
  __typename?: 'SwitchQueueCounts';
  /** When the longest-waiting queued request was made. */
  oldestQueuedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Requests waiting for a seat. */
  queued: Scalars['Int']['output'];
  /** Requests being placed. */
  running: Scalars['Int']['output'];
};

/** One move of a code's email to a new seat. */
export type SwitchRequest = {
  __typename?: 'SwitchRequest';
  /** Placement attempts so far. */
  attempts: Scalars['Int']['output'];
  /** The code it moves. */
  code: RedeemCode;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The email that gets the new seat. */
  email: Scalars['String']['output'];
  /** The code's lifecycle end: a QUEUED request expires then. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it reached a final status. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The email that gives its seat up, for a rebind. */
  fromEmail?: Maybe<Scalars['String']['output']>;
  /** The switch request's id. */
  id: Scalars['ID']['output'];
  /** What it does and who asked. */
  kind: SwitchKind;
  /** The error code of the last failed attempt. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When a QUEUED request is tried again. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: SwitchRequestStatus;
  /** The new team, once SUCCEEDED. */
  teamName?: Maybe<Scalars['String']['output']>;
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Narrows `switchRequests`; every given field must match. */
export type SwitchRequestFilter = {
  /** Only requests of this code. */
  codeId?: InputMaybe<Scalars['ID']['input']>;
  /** Created at or after. */
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Created before. */
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Exact email that gets the new seat (case-insensitive). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Only requests of this kind. */
  kind?: InputMaybe<SwitchKind>;
  /** Only requests with this status. */
  status?: InputMaybe<SwitchRequestStatus>;
};

/** One page of switch requests. */
export type SwitchRequestPage = {
  __typename?: 'SwitchRequestPage';
  /** The entries of this page. */
  items: Array<SwitchRequest>;
  /** This page's number (from 1). */
  page: Scalars['Int']['output'];
  /** Entries per page, as asked (or the default). */
  pageSize: Scalars['Int']['output'];
  /** Entries matching the filter across all pages. */
  total: Scalars['Int']['output'];
};

/** Where a switch request stands. */
export type SwitchRequestStatus =
  /** Cancelled by an operator. */
  | 'cancelled'
  /** The code's lifecycle ended while it waited. */
  | 'expired'
  /** Gave up (see `lastError`); the email keeps its seat. */
  | 'failed'
  /** Waiting for a free seat; retried at `nextAttemptAt`. */
  | 'queued'
  /** Being placed now. */
  | 'running'
  /** The email holds the new seat. */
  | 'succeeded';

/** The answer of `requestSwitch`, `refreshCode` and `switchCode`. */
export type SwitchResult = {
  __typename?: 'SwitchResult';
  /** Null = unlimited. */
  refreshesLeft?: Maybe<Scalars['Int']['output']>;
  /** Switched now or queued. */
  status: SwitchStatus;
  /** Null = unlimited. */
  switchesLeft?: Maybe<Scalars['Int']['output']>;
  /** SWITCHED: the new team. QUEUED: the team the email keeps meanwhile. */
  teamName?: Maybe<Scalars['String']['output']>;
};

/** The outcome of a switch, refresh or rebind. */
export type SwitchStatus =
  /** No seat is free: the request waits in the queue and the email keeps its current seat meanwhile. */
  | 'queued'
  /** The email was invited into a team on another mother; its old seat is being given up. */
  | 'switched';

/** Bucket width of a trend. */
export type TrendGranularity =
  /** One bucket per UTC day (midnight to midnight). */
  | 'DAY'
  /** One bucket per full UTC hour. */
  | 'HOUR';

/** Time series over one window; each domain contributes the series it owns, stats fills empty buckets. */
export type Trends = {
  __typename?: 'Trends';
  /** Number of buckets. */
  buckets: Scalars['Int']['output'];
  /** Bucket width of every series in this window. */
  granularity: TrendGranularity;
  /** Invites failed per bucket (internal: stats fills the gaps into `invitesFailed`). */
  inviteFailedCounts: Array<BucketCount>;
  /** Invites sent per bucket (internal: stats fills the gaps into `invitesSent`). */
  inviteSentCounts: Array<BucketCount>;
  /** Codes redeemed per bucket (internal: stats fills the gaps into `redeems`). */
  redeemCounts: Array<BucketCount>;
  /** Start of the first bucket. */
  since: Scalars['DateTime']['output'];
  /** Switches per bucket (internal: stats fills the gaps into `switches`). */
  switchCounts: Array<BucketCount>;
};

/** Changes to a SKU; absent fields stay unchanged (admin, `users:write`). */
export type UpdateCodeSkuInput = {
  /** False: no more codes can be minted with it. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** At most 500 characters; null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The SKU to change. */
  id: Scalars['ID']['input'];
  /** 1 to 3650 (only codes minted afterwards). */
  lifecycleDays?: InputMaybe<Scalars['Int']['input']>;
  /** 2 to 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 0 to 100000000. */
  priceCents?: InputMaybe<Scalars['Int']['input']>;
  /** 0 to 100; null for unlimited. */
  refreshLimit?: InputMaybe<Scalars['Int']['input']>;
  /** Unique, lower-case `^[a-z0-9][a-z0-9_-]{0,63}$`. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** 0 to 100; null for unlimited. */
  switchLimit?: InputMaybe<Scalars['Int']['input']>;
};

/** A fact users announces to other domains (transactional outbox); the envelope fields match the NATS event (docs/architecture/EVENTS.md). */
export type UsersEvent = {
  __typename?: 'UsersEvent';
  /** The envelope `data` as JSON text (ids only: never a code, a token or an email). */
  data: Scalars['String']['output'];
  /** The envelope id `users-<id>`: the NATS message id and the consumers' deduplication key. */
  eventId: Scalars['ID']['output'];
  /** Monotonic cursor value (the outbox row id). */
  id: Scalars['ID']['output'];
  /** When the change happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The envelope type: `users.code.redeemed`, `users.redeem.failed`, `users.invite.accepted`, `users.invite.cancelled`, `users.switch.done`, `users.job.finished`. */
  type: Scalars['String']['output'];
  /** The envelope version of this type's `data` (schema/events/<type>.json). */
  version: Scalars['Int']['output'];
};

/** A page of users' outbox (internal: `usersEvents`). */
export type UsersEventPage = {
  __typename?: 'UsersEventPage';
  /** Pass as `after` to read on; null when there were no events. */
  cursor?: Maybe<Scalars['ID']['output']>;
  /** The events after the cursor, oldest first (at most `limit`). */
  events: Array<UsersEvent>;
};

/** A live admin session behind a bearer token (internal: the gateway only). */
export type VerifiedSession = {
  __typename?: 'VerifiedSession';
  /** When the session stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The session's id (becomes the identity's subject). */
  sessionId: Scalars['ID']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Dashboard: Dashboard;
  Mother: Mother;
  MotherGroupUsage: MotherGroupUsage;
  RedeemCode: RedeemCode;
  Trends: Trends;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Dashboard:
    ( { __typename: 'Dashboard' }
    & GraphQLRecursivePick<FederationTypes['Dashboard'], {"id":true}> );
  Mother:
    ( { __typename: 'Mother' }
    & GraphQLRecursivePick<FederationTypes['Mother'], {"id":true}> );
  MotherGroupUsage:
    ( { __typename: 'MotherGroupUsage' }
    & GraphQLRecursivePick<FederationTypes['MotherGroupUsage'], {"motherGroupId":true}> );
  RedeemCode:
    ( { __typename: 'RedeemCode' }
    & GraphQLRecursivePick<FederationTypes['RedeemCode'], {"id":true}> );
  Trends:
    ( { __typename: 'Trends' }
    & GraphQLRecursivePick<FederationTypes['Trends'], {"granularity":true,"since":true,"buckets":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AdminLoginInput: AdminLoginInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AdminMe: ResolverTypeWrapper<AdminMe>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AdminSession: ResolverTypeWrapper<AdminSession>;
  AdminSessionFilter: AdminSessionFilter;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AdminSessionInfo: ResolverTypeWrapper<AdminSessionModel>;
  AdminSessionPage: ResolverTypeWrapper<Omit<AdminSessionPage, 'items'> & { items: Array<ResolversTypes['AdminSessionInfo']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditLogEntry: ResolverTypeWrapper<AuditLogModel>;
  AuditLogFilter: AuditLogFilter;
  AuditLogPage: ResolverTypeWrapper<Omit<AuditLogPage, 'items'> & { items: Array<ResolversTypes['AuditLogEntry']> }>;
  BatchJob: ResolverTypeWrapper<BatchJobModel>;
  BatchJobActionInput: BatchJobActionInput;
  BatchJobFilter: BatchJobFilter;
  BatchJobItem: ResolverTypeWrapper<BatchJobItemModel>;
  BatchJobItemPage: ResolverTypeWrapper<Omit<BatchJobItemPage, 'items'> & { items: Array<ResolversTypes['BatchJobItem']> }>;
  BatchJobItemStatus: null;
  BatchJobPage: ResolverTypeWrapper<Omit<BatchJobPage, 'items'> & { items: Array<ResolversTypes['BatchJob']> }>;
  BatchJobStatus: null;
  BatchJobType: null;
  BatchQueueCounts: ResolverTypeWrapper<QueueParentModel>;
  BucketCount: ResolverTypeWrapper<BucketCount>;
  BulkDisableCodesInput: BulkDisableCodesInput;
  BulkInviteActionInput: BulkInviteActionInput;
  BulkOperation: ResolverTypeWrapper<BulkOperationModel>;
  BulkOperationFilter: BulkOperationFilter;
  BulkOperationPage: ResolverTypeWrapper<Omit<BulkOperationPage, 'items'> & { items: Array<ResolversTypes['BulkOperation']> }>;
  BulkOperationType: null;
  CancelSwitchRequestInput: CancelSwitchRequestInput;
  ChangeAdminPasswordInput: ChangeAdminPasswordInput;
  ChangeAdminPasswordResult: ResolverTypeWrapper<ChangeAdminPasswordResult>;
  CodeBatch: ResolverTypeWrapper<CodeBatchModel>;
  CodeBatchFilter: CodeBatchFilter;
  CodeBatchPage: ResolverTypeWrapper<Omit<CodeBatchPage, 'items'> & { items: Array<ResolversTypes['CodeBatch']> }>;
  CodeCounts: ResolverTypeWrapper<CodeCounts>;
  CodeEvent: ResolverTypeWrapper<CodeEventModel>;
  CodeEventType: null;
  CodeExport: ResolverTypeWrapper<CodeExport>;
  CodeSku: ResolverTypeWrapper<CodeSkuModel>;
  CodeSkuFilter: CodeSkuFilter;
  CodeSkuPage: ResolverTypeWrapper<Omit<CodeSkuPage, 'items'> & { items: Array<ResolversTypes['CodeSku']> }>;
  CodeStatus: null;
  CreateCodeSkuInput: CreateCodeSkuInput;
  Dashboard: ResolverTypeWrapper<DashboardParentModel>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EnableCodeInput: EnableCodeInput;
  ExportCodesInput: ExportCodesInput;
  GenerateCodesInput: GenerateCodesInput;
  GeneratedCodes: ResolverTypeWrapper<GeneratedCodes>;
  InviteAction: null;
  InviteCounts: ResolverTypeWrapper<InviteCounts>;
  InvitePurpose: null;
  InviteRequest: ResolverTypeWrapper<InviteRequestModel>;
  InviteRequestActionInput: InviteRequestActionInput;
  InviteRequestFilter: InviteRequestFilter;
  InviteRequestPage: ResolverTypeWrapper<Omit<InviteRequestPage, 'items'> & { items: Array<ResolversTypes['InviteRequest']> }>;
  InviteStatus: null;
  Mother: ResolverTypeWrapper<MotherParentModel>;
  MotherGroupUsage: ResolverTypeWrapper<MotherGroupUsage>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RedeemCode: ResolverTypeWrapper<RedeemCodeModel>;
  RedeemCodeFilter: RedeemCodeFilter;
  RedeemCodePage: ResolverTypeWrapper<Omit<RedeemCodePage, 'items'> & { items: Array<ResolversTypes['RedeemCode']> }>;
  RedeemInput: RedeemInput;
  RedeemResult: ResolverTypeWrapper<RedeemResult>;
  RedeemStatus: null;
  RedeemStatusResult: ResolverTypeWrapper<RedeemStatusResult>;
  RedeemSuccessWindows: ResolverTypeWrapper<RedeemSuccessWindows>;
  RedeemWindow: ResolverTypeWrapper<RedeemWindow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  RefreshCodeInput: RefreshCodeInput;
  RequestSwitchInput: RequestSwitchInput;
  ResendRedeemInviteInput: ResendRedeemInviteInput;
  ResendRedeemInviteResult: ResolverTypeWrapper<ResendRedeemInviteResult>;
  RevokeAdminSessionInput: RevokeAdminSessionInput;
  SwitchCodeInput: SwitchCodeInput;
  SwitchKind: null;
  SwitchQueueCounts: ResolverTypeWrapper<QueueParentModel>;
  SwitchRequest: ResolverTypeWrapper<SwitchRequestModel>;
  SwitchRequestFilter: SwitchRequestFilter;
  SwitchRequestPage: ResolverTypeWrapper<Omit<SwitchRequestPage, 'items'> & { items: Array<ResolversTypes['SwitchRequest']> }>;
  SwitchRequestStatus: null;
  SwitchResult: ResolverTypeWrapper<SwitchAnswerModel>;
  SwitchStatus: null;
  TrendGranularity: TrendGranularity;
  Trends: ResolverTypeWrapper<TrendWindowModel>;
  UpdateCodeSkuInput: UpdateCodeSkuInput;
  UsersEvent: ResolverTypeWrapper<UsersOutboxEventModel>;
  UsersEventPage: ResolverTypeWrapper<Omit<UsersEventPage, 'events'> & { events: Array<ResolversTypes['UsersEvent']> }>;
  VerifiedSession: ResolverTypeWrapper<VerifiedSession>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AdminLoginInput: AdminLoginInput;
  String: Scalars['String']['output'];
  AdminMe: AdminMe;
  ID: Scalars['ID']['output'];
  AdminSession: AdminSession;
  AdminSessionFilter: AdminSessionFilter;
  Boolean: Scalars['Boolean']['output'];
  AdminSessionInfo: AdminSessionModel;
  AdminSessionPage: Omit<AdminSessionPage, 'items'> & { items: Array<ResolversParentTypes['AdminSessionInfo']> };
  Int: Scalars['Int']['output'];
  AuditLogEntry: AuditLogModel;
  AuditLogFilter: AuditLogFilter;
  AuditLogPage: Omit<AuditLogPage, 'items'> & { items: Array<ResolversParentTypes['AuditLogEntry']> };
  BatchJob: BatchJobModel;
  BatchJobActionInput: BatchJobActionInput;
  BatchJobFilter: BatchJobFilter;
  BatchJobItem: BatchJobItemModel;
  BatchJobItemPage: Omit<BatchJobItemPage, 'items'> & { items: Array<ResolversParentTypes['BatchJobItem']> };
  BatchJobPage: Omit<BatchJobPage, 'items'> & { items: Array<ResolversParentTypes['BatchJob']> };
  BatchQueueCounts: QueueParentModel;
  BucketCount: BucketCount;
  BulkDisableCodesInput: BulkDisableCodesInput;
  BulkInviteActionInput: BulkInviteActionInput;
  BulkOperation: BulkOperationModel;
  BulkOperationFilter: BulkOperationFilter;
  BulkOperationPage: Omit<BulkOperationPage, 'items'> & { items: Array<ResolversParentTypes['BulkOperation']> };
  CancelSwitchRequestInput: CancelSwitchRequestInput;
  ChangeAdminPasswordInput: ChangeAdminPasswordInput;
  ChangeAdminPasswordResult: ChangeAdminPasswordResult;
  CodeBatch: CodeBatchModel;
  CodeBatchFilter: CodeBatchFilter;
  CodeBatchPage: Omit<CodeBatchPage, 'items'> & { items: Array<ResolversParentTypes['CodeBatch']> };
  CodeCounts: CodeCounts;
  CodeEvent: CodeEventModel;
  CodeExport: CodeExport;
  CodeSku: CodeSkuModel;
  CodeSkuFilter: CodeSkuFilter;
  CodeSkuPage: Omit<CodeSkuPage, 'items'> & { items: Array<ResolversParentTypes['CodeSku']> };
  CreateCodeSkuInput: CreateCodeSkuInput;
  Dashboard: DashboardParentModel;
  DateTime: Scalars['DateTime']['output'];
  EnableCodeInput: EnableCodeInput;
  ExportCodesInput: ExportCodesInput;
  GenerateCodesInput: GenerateCodesInput;
  GeneratedCodes: GeneratedCodes;
  InviteCounts: InviteCounts;
  InviteRequest: InviteRequestModel;
  InviteRequestActionInput: InviteRequestActionInput;
  InviteRequestFilter: InviteRequestFilter;
  InviteRequestPage: Omit<InviteRequestPage, 'items'> & { items: Array<ResolversParentTypes['InviteRequest']> };
  Mother: MotherParentModel;
  MotherGroupUsage: MotherGroupUsage | FederationReferenceTypes['MotherGroupUsage'];
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  RedeemCode: RedeemCodeModel;
  RedeemCodeFilter: RedeemCodeFilter;
  RedeemCodePage: Omit<RedeemCodePage, 'items'> & { items: Array<ResolversParentTypes['RedeemCode']> };
  RedeemInput: RedeemInput;
  RedeemResult: RedeemResult;
  RedeemStatusResult: RedeemStatusResult;
  RedeemSuccessWindows: RedeemSuccessWindows;
  RedeemWindow: RedeemWindow;
  Float: Scalars['Float']['output'];
  RefreshCodeInput: RefreshCodeInput;
  RequestSwitchInput: RequestSwitchInput;
  ResendRedeemInviteInput: ResendRedeemInviteInput;
  ResendRedeemInviteResult: ResendRedeemInviteResult;
  RevokeAdminSessionInput: RevokeAdminSessionInput;
  SwitchCodeInput: SwitchCodeInput;
  SwitchQueueCounts: QueueParentModel;
  SwitchRequest: SwitchRequestModel;
  SwitchRequestFilter: SwitchRequestFilter;
  SwitchRequestPage: Omit<SwitchRequestPage, 'items'> & { items: Array<ResolversParentTypes['SwitchRequest']> };
  SwitchResult: SwitchAnswerModel;
  Trends: TrendWindowModel;
  UpdateCodeSkuInput: UpdateCodeSkuInput;
  UsersEvent: UsersOutboxEventModel;
  UsersEventPage: Omit<UsersEventPage, 'events'> & { events: Array<ResolversParentTypes['UsersEvent']> };
  VerifiedSession: VerifiedSession;
};

export type AdminMeResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['AdminMe'] = ResolversParentTypes['AdminMe']> = {
  accountCreatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passwordChangedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sessionExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AdminSessionResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['AdminSession'] = ResolversParentTypes['AdminSession']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AdminSessionInfoResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['AdminSessionInfo'] = ResolversParentTypes['AdminSessionInfo']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ip?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type AdminSessionPageResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['AdminSessionPage'] = ResolversParentTypes['AdminSessionPage']> = {
  items?: Resolver<Array<ResolversTypes['AdminSessionInfo']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditLogEntryResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['AuditLogEntry'] = ResolversParentTypes['AuditLogEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ip?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  payload?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sessionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditLogPageResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['AuditLogPage'] = ResolversParentTypes['AuditLogPage']> = {
  items?: Resolver<Array<ResolversTypes['AuditLogEntry']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BatchJobResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['BatchJob'] = ResolversParentTypes['BatchJob']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<ResolversTypes['BatchJobItemPage'], ParentType, ContextType, RequireFields<BatchJobItemsArgs, 'page' | 'pageSize'>>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  leaseUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxAttempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nextRunAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BatchJobStatus'], ParentType, ContextType>;
  succeeded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['BatchJobType'], ParentType, ContextType>;
};

export type BatchJobItemResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['BatchJobItem'] = ResolversParentTypes['BatchJobItem']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BatchJobItemStatus'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type BatchJobItemPageResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['BatchJobItemPage'] = ResolversParentTypes['BatchJobItemPage']> = {
  items?: Resolver<Array<ResolversTypes['BatchJobItem']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BatchJobItemStatusResolvers = { FAILED: 'failed', PENDING: 'pending', SUCCEEDED: 'succeeded' };

export type BatchJobPageResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['BatchJobPage'] = ResolversParentTypes['BatchJobPage']> = {
  items?: Resolver<Array<ResolversTypes['BatchJob']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BatchJobStatusResolvers = { CANCELLED: 'cancelled', FAILED: 'failed', PARTIALLY_FAILED: 'partially_failed', PENDING: 'pending', RUNNING: 'running', SUCCEEDED: 'succeeded' };

export type BatchJobTypeResolvers = { CANCEL_INVITES: 'cancel_invites', DISABLE_CODES: 'disable_codes', REMOVE_MEMBERS: 'remove_members', RESEND_INVITES: 'resend_invites' };

export type BatchQueueCountsResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['BatchQueueCounts'] = ResolversParentTypes['BatchQueueCounts']> = {
  oldestPendingAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  running?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BucketCountResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['BucketCount'] = ResolversParentTypes['BucketCount']> = {
  bucket?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BulkOperationResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['BulkOperation'] = ResolversParentTypes['BulkOperation']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  metadata?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  succeeded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['BulkOperationType'], ParentType, ContextType>;
};

export type BulkOperationPageResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['BulkOperationPage'] = ResolversParentTypes['BulkOperationPage']> = {
  items?: Resolver<Array<ResolversTypes['BulkOperation']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BulkOperationTypeResolvers = { CODES_DISABLE: 'codes_disable', CODE_EXPORT: 'code_export', CODE_GENERATE: 'code_generate', INVITES_CANCEL: 'invites_cancel', INVITES_RESEND: 'invites_resend', MEMBERS_REMOVE: 'members_remove' };

export type ChangeAdminPasswordResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ChangeAdminPasswordResult'] = ResolversParentTypes['ChangeAdminPasswordResult']> = {
  revokedSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CodeBatchResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['CodeBatch'] = ResolversParentTypes['CodeBatch']> = {
  codes?: Resolver<ResolversTypes['CodeCounts'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  motherGroupId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  prefix?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['CodeSku']>, ParentType, ContextType>;
};

export type CodeBatchPageResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['CodeBatchPage'] = ResolversParentTypes['CodeBatchPage']> = {
  items?: Resolver<Array<ResolversTypes['CodeBatch']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CodeCountsResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['CodeCounts'] = ResolversParentTypes['CodeCounts']> = {
  disabled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  used?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CodeEventResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['CodeEvent'] = ResolversParentTypes['CodeEvent']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CodeEventType'], ParentType, ContextType>;
};

export type CodeEventTypeResolvers = { BIND: 'bind', EXPIRE: 'expire', GRANT: 'grant', REBIND: 'rebind', REFRESH: 'refresh', SWITCH: 'switch' };

export type CodeExportResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['CodeExport'] = ResolversParentTypes['CodeExport']> = {
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CodeSkuResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['CodeSku'] = ResolversParentTypes['CodeSku']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lifecycleDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priceCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refreshLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  switchLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CodeSkuPageResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['CodeSkuPage'] = ResolversParentTypes['CodeSkuPage']> = {
  items?: Resolver<Array<ResolversTypes['CodeSku']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CodeStatusResolvers = { DISABLED: 'disabled', EXPIRED: 'expired', RESERVED: 'reserved', UNUSED: 'unused', USED: 'used' };

export type DashboardResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Dashboard'] = ResolversParentTypes['Dashboard'], FederationReferenceType extends FederationReferenceTypes['Dashboard'] = FederationReferenceTypes['Dashboard']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Dashboard']> | FederationReferenceType, FederationReferenceType, ContextType>;
  batchQueue?: Resolver<ResolversTypes['BatchQueueCounts'], ParentType, ContextType>;
  codes?: Resolver<ResolversTypes['CodeCounts'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invites?: Resolver<ResolversTypes['InviteCounts'], ParentType, ContextType>;
  redeemSuccess?: Resolver<ResolversTypes['RedeemSuccessWindows'], ParentType, ContextType>;
  redeemableCodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  switchQueue?: Resolver<ResolversTypes['SwitchQueueCounts'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type GeneratedCodesResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['GeneratedCodes'] = ResolversParentTypes['GeneratedCodes']> = {
  batchId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  codes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type InviteActionResolvers = { CANCEL: 'cancel', REMOVE: 'remove', RESEND: 'resend' };

export type InviteCountsResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['InviteCounts'] = ResolversParentTypes['InviteCounts']> = {
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cancelled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InvitePurposeResolvers = { ADMIN: 'admin', REBIND: 'rebind', REDEEM: 'redeem', REFRESH: 'refresh', REQUEUE: 'requeue', SWITCH: 'switch' };

export type InviteRequestResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['InviteRequest'] = ResolversParentTypes['InviteRequest']> = {
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['RedeemCode'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  errorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mother?: Resolver<Maybe<ResolversTypes['Mother']>, ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['InvitePurpose'], ParentType, ContextType>;
  releaseReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resendCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InviteStatus'], ParentType, ContextType>;
  teamId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  teamName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type InviteRequestPageResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['InviteRequestPage'] = ResolversParentTypes['InviteRequestPage']> = {
  items?: Resolver<Array<ResolversTypes['InviteRequest']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InviteStatusResolvers = { ACCEPTED: 'accepted', CANCELLED: 'cancelled', FAILED: 'failed', PENDING: 'pending', REMOVED: 'removed', SENT: 'sent' };

export type MotherResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Mother'] = ResolversParentTypes['Mother'], FederationReferenceType extends FederationReferenceTypes['Mother'] = FederationReferenceTypes['Mother']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Mother']> | FederationReferenceType, FederationReferenceType, ContextType>;
  codesRedeemed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitesAccepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invitesDelivered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MotherGroupUsageResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['MotherGroupUsage'] = ResolversParentTypes['MotherGroupUsage'], FederationReferenceType extends FederationReferenceTypes['MotherGroupUsage'] = FederationReferenceTypes['MotherGroupUsage']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MotherGroupUsage']> | FederationReferenceType, FederationReferenceType, ContextType>;
  codes?: Resolver<ResolversTypes['CodeCounts'], ParentType, ContextType>;
  codesRedeemed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invitesAccepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invitesDelivered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  motherGroupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  adminLogin?: Resolver<ResolversTypes['AdminSession'], ParentType, ContextType, RequireFields<MutationAdminLoginArgs, 'input'>>;
  adminLogout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  bulkDisableCodes?: Resolver<ResolversTypes['BatchJob'], ParentType, ContextType, RequireFields<MutationBulkDisableCodesArgs, 'input'>>;
  bulkInviteAction?: Resolver<ResolversTypes['BatchJob'], ParentType, ContextType, RequireFields<MutationBulkInviteActionArgs, 'input'>>;
  cancelBatchJob?: Resolver<ResolversTypes['BatchJob'], ParentType, ContextType, RequireFields<MutationCancelBatchJobArgs, 'input'>>;
  cancelInvite?: Resolver<ResolversTypes['InviteRequest'], ParentType, ContextType, RequireFields<MutationCancelInviteArgs, 'input'>>;
  cancelSwitchRequest?: Resolver<ResolversTypes['SwitchRequest'], ParentType, ContextType, RequireFields<MutationCancelSwitchRequestArgs, 'input'>>;
  changeAdminPassword?: Resolver<ResolversTypes['ChangeAdminPasswordResult'], ParentType, ContextType, RequireFields<MutationChangeAdminPasswordArgs, 'input'>>;
  createCodeSku?: Resolver<ResolversTypes['CodeSku'], ParentType, ContextType, RequireFields<MutationCreateCodeSkuArgs, 'input'>>;
  disableCode?: Resolver<ResolversTypes['RedeemCode'], ParentType, ContextType, RequireFields<MutationDisableCodeArgs, 'id'>>;
  enableCode?: Resolver<ResolversTypes['RedeemCode'], ParentType, ContextType, RequireFields<MutationEnableCodeArgs, 'input'>>;
  exportCodes?: Resolver<ResolversTypes['CodeExport'], ParentType, ContextType, RequireFields<MutationExportCodesArgs, 'input'>>;
  generateCodes?: Resolver<ResolversTypes['GeneratedCodes'], ParentType, ContextType, RequireFields<MutationGenerateCodesArgs, 'input'>>;
  redeem?: Resolver<ResolversTypes['RedeemResult'], ParentType, ContextType, RequireFields<MutationRedeemArgs, 'input'>>;
  refreshCode?: Resolver<ResolversTypes['SwitchResult'], ParentType, ContextType, RequireFields<MutationRefreshCodeArgs, 'input'>>;
  removeMember?: Resolver<ResolversTypes['InviteRequest'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'input'>>;
  requestSwitch?: Resolver<ResolversTypes['SwitchResult'], ParentType, ContextType, RequireFields<MutationRequestSwitchArgs, 'input'>>;
  resendInvite?: Resolver<ResolversTypes['InviteRequest'], ParentType, ContextType, RequireFields<MutationResendInviteArgs, 'input'>>;
  resendRedeemInvite?: Resolver<ResolversTypes['ResendRedeemInviteResult'], ParentType, ContextType, RequireFields<MutationResendRedeemInviteArgs, 'input'>>;
  retryBatchJob?: Resolver<ResolversTypes['BatchJob'], ParentType, ContextType, RequireFields<MutationRetryBatchJobArgs, 'input'>>;
  revokeAdminSession?: Resolver<ResolversTypes['AdminSessionInfo'], ParentType, ContextType, RequireFields<MutationRevokeAdminSessionArgs, 'input'>>;
  revokeOtherAdminSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  switchCode?: Resolver<ResolversTypes['SwitchResult'], ParentType, ContextType, RequireFields<MutationSwitchCodeArgs, 'input'>>;
  updateCodeSku?: Resolver<ResolversTypes['CodeSku'], ParentType, ContextType, RequireFields<MutationUpdateCodeSkuArgs, 'input'>>;
};

export type QueryResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  adminMe?: Resolver<ResolversTypes['AdminMe'], ParentType, ContextType>;
  adminSessions?: Resolver<ResolversTypes['AdminSessionPage'], ParentType, ContextType, RequireFields<QueryAdminSessionsArgs, 'page' | 'pageSize'>>;
  auditLogs?: Resolver<ResolversTypes['AuditLogPage'], ParentType, ContextType, RequireFields<QueryAuditLogsArgs, 'page' | 'pageSize'>>;
  batchJob?: Resolver<Maybe<ResolversTypes['BatchJob']>, ParentType, ContextType, RequireFields<QueryBatchJobArgs, 'id'>>;
  batchJobs?: Resolver<ResolversTypes['BatchJobPage'], ParentType, ContextType, RequireFields<QueryBatchJobsArgs, 'page' | 'pageSize'>>;
  bulkOperations?: Resolver<ResolversTypes['BulkOperationPage'], ParentType, ContextType, RequireFields<QueryBulkOperationsArgs, 'page' | 'pageSize'>>;
  codeBatch?: Resolver<Maybe<ResolversTypes['CodeBatch']>, ParentType, ContextType, RequireFields<QueryCodeBatchArgs, 'id'>>;
  codeBatches?: Resolver<ResolversTypes['CodeBatchPage'], ParentType, ContextType, RequireFields<QueryCodeBatchesArgs, 'page' | 'pageSize'>>;
  codeSku?: Resolver<Maybe<ResolversTypes['CodeSku']>, ParentType, ContextType, RequireFields<QueryCodeSkuArgs, 'id'>>;
  codeSkus?: Resolver<ResolversTypes['CodeSkuPage'], ParentType, ContextType, RequireFields<QueryCodeSkusArgs, 'page' | 'pageSize'>>;
  inviteRequests?: Resolver<ResolversTypes['InviteRequestPage'], ParentType, ContextType, RequireFields<QueryInviteRequestsArgs, 'page' | 'pageSize'>>;
  redeemCode?: Resolver<Maybe<ResolversTypes['RedeemCode']>, ParentType, ContextType, RequireFields<QueryRedeemCodeArgs, 'code'>>;
  redeemCodes?: Resolver<ResolversTypes['RedeemCodePage'], ParentType, ContextType, RequireFields<QueryRedeemCodesArgs, 'page' | 'pageSize'>>;
  redeemStatus?: Resolver<ResolversTypes['RedeemStatusResult'], ParentType, ContextType, RequireFields<QueryRedeemStatusArgs, 'code' | 'email'>>;
  switchRequests?: Resolver<ResolversTypes['SwitchRequestPage'], ParentType, ContextType, RequireFields<QuerySwitchRequestsArgs, 'page' | 'pageSize'>>;
  usersEvents?: Resolver<ResolversTypes['UsersEventPage'], ParentType, ContextType, RequireFields<QueryUsersEventsArgs, 'limit'>>;
  verifySession?: Resolver<Maybe<ResolversTypes['VerifiedSession']>, ParentType, ContextType, RequireFields<QueryVerifySessionArgs, 'token'>>;
};

export type RedeemCodeResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RedeemCode'] = ResolversParentTypes['RedeemCode'], FederationReferenceType extends FederationReferenceTypes['RedeemCode'] = FederationReferenceTypes['RedeemCode']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RedeemCode']> | FederationReferenceType, FederationReferenceType, ContextType>;
  batchId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  boundEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currentTeamId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disabledFrom?: Resolver<Maybe<ResolversTypes['CodeStatus']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['CodeEvent']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inviteRequests?: Resolver<Array<ResolversTypes['InviteRequest']>, ParentType, ContextType>;
  lifecycleDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lifecycleEndsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lifecycleStartedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  mother?: Resolver<Maybe<ResolversTypes['Mother']>, ParentType, ContextType>;
  motherGroupId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  openSwitchRequest?: Resolver<Maybe<ResolversTypes['SwitchRequest']>, ParentType, ContextType>;
  refreshCooldownUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  refreshLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  refreshUsed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['CodeSku']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CodeStatus'], ParentType, ContextType>;
  switchCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  switchLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  switchesLeft?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  teamName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  usedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type RedeemCodePageResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RedeemCodePage'] = ResolversParentTypes['RedeemCodePage']> = {
  items?: Resolver<Array<ResolversTypes['RedeemCode']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RedeemResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RedeemResult'] = ResolversParentTypes['RedeemResult']> = {
  inviteRequestId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RedeemStatus'], ParentType, ContextType>;
  teamName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RedeemStatusResolvers = { ALREADY_IN_TEAM: 'already_in_team', INVITE_SENT: 'invite_sent', PROCESSING: 'processing' };

export type RedeemStatusResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RedeemStatusResult'] = ResolversParentTypes['RedeemStatusResult']> = {
  codeStatus?: Resolver<ResolversTypes['CodeStatus'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  inviteStatus?: Resolver<Maybe<ResolversTypes['InviteStatus']>, ParentType, ContextType>;
  lifecycleEndsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  refreshesLeft?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  switchQueued?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  switchesLeft?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  teamName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RedeemSuccessWindowsResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RedeemSuccessWindows'] = ResolversParentTypes['RedeemSuccessWindows']> = {
  last7Days?: Resolver<ResolversTypes['RedeemWindow'], ParentType, ContextType>;
  last24Hours?: Resolver<ResolversTypes['RedeemWindow'], ParentType, ContextType>;
  lastHour?: Resolver<ResolversTypes['RedeemWindow'], ParentType, ContextType>;
};

export type RedeemWindowResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RedeemWindow'] = ResolversParentTypes['RedeemWindow']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  succeeded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  successRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ResendRedeemInviteResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ResendRedeemInviteResult'] = ResolversParentTypes['ResendRedeemInviteResult']> = {
  inviteStatus?: Resolver<ResolversTypes['InviteStatus'], ParentType, ContextType>;
  teamName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SwitchKindResolvers = { ADMIN: 'admin', REBIND: 'rebind', REFRESH: 'refresh', REQUEUE: 'requeue', SWITCH: 'switch' };

export type SwitchQueueCountsResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['SwitchQueueCounts'] = ResolversParentTypes['SwitchQueueCounts']> = {
  oldestQueuedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  queued?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  running?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SwitchRequestResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['SwitchRequest'] = ResolversParentTypes['SwitchRequest']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['RedeemCode'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  fromEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SwitchKind'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SwitchRequestStatus'], ParentType, ContextType>;
  teamName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SwitchRequestPageResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['SwitchRequestPage'] = ResolversParentTypes['SwitchRequestPage']> = {
  items?: Resolver<Array<ResolversTypes['SwitchRequest']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SwitchRequestStatusResolvers = { CANCELLED: 'cancelled', EXPIRED: 'expired', FAILED: 'failed', QUEUED: 'queued', RUNNING: 'running', SUCCEEDED: 'succeeded' };

export type SwitchResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['SwitchResult'] = ResolversParentTypes['SwitchResult']> = {
  refreshesLeft?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SwitchStatus'], ParentType, ContextType>;
  switchesLeft?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  teamName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SwitchStatusResolvers = { QUEUED: 'queued', SWITCHED: 'switched' };

export type TrendsResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Trends'] = ResolversParentTypes['Trends'], FederationReferenceType extends FederationReferenceTypes['Trends'] = FederationReferenceTypes['Trends']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Trends']> | FederationReferenceType, FederationReferenceType, ContextType>;
  buckets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['TrendGranularity'], ParentType, ContextType>;
  inviteFailedCounts?: Resolver<Array<ResolversTypes['BucketCount']>, ParentType, ContextType>;
  inviteSentCounts?: Resolver<Array<ResolversTypes['BucketCount']>, ParentType, ContextType>;
  redeemCounts?: Resolver<Array<ResolversTypes['BucketCount']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  switchCounts?: Resolver<Array<ResolversTypes['BucketCount']>, ParentType, ContextType>;
};

export type UsersEventResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['UsersEvent'] = ResolversParentTypes['UsersEvent']> = {
  data?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UsersEventPageResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['UsersEventPage'] = ResolversParentTypes['UsersEventPage']> = {
  cursor?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['UsersEvent']>, ParentType, ContextType>;
};

export type VerifiedSessionResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['VerifiedSession'] = ResolversParentTypes['VerifiedSession']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = UsersContext> = {
  AdminMe?: AdminMeResolvers<ContextType>;
  AdminSession?: AdminSessionResolvers<ContextType>;
  AdminSessionInfo?: AdminSessionInfoResolvers<ContextType>;
  AdminSessionPage?: AdminSessionPageResolvers<ContextType>;
  AuditLogEntry?: AuditLogEntryResolvers<ContextType>;
  AuditLogPage?: AuditLogPageResolvers<ContextType>;
  BatchJob?: BatchJobResolvers<ContextType>;
  BatchJobItem?: BatchJobItemResolvers<ContextType>;
  BatchJobItemPage?: BatchJobItemPageResolvers<ContextType>;
  BatchJobItemStatus?: BatchJobItemStatusResolvers;
  BatchJobPage?: BatchJobPageResolvers<ContextType>;
  BatchJobStatus?: BatchJobStatusResolvers;
  BatchJobType?: BatchJobTypeResolvers;
  BatchQueueCounts?: BatchQueueCountsResolvers<ContextType>;
  BucketCount?: BucketCountResolvers<ContextType>;
  BulkOperation?: BulkOperationResolvers<ContextType>;
  BulkOperationPage?: BulkOperationPageResolvers<ContextType>;
  BulkOperationType?: BulkOperationTypeResolvers;
  ChangeAdminPasswordResult?: ChangeAdminPasswordResultResolvers<ContextType>;
  CodeBatch?: CodeBatchResolvers<ContextType>;
  CodeBatchPage?: CodeBatchPageResolvers<ContextType>;
  CodeCounts?: CodeCountsResolvers<ContextType>;
  CodeEvent?: CodeEventResolvers<ContextType>;
  CodeEventType?: CodeEventTypeResolvers;
  CodeExport?: CodeExportResolvers<ContextType>;
  CodeSku?: CodeSkuResolvers<ContextType>;
  CodeSkuPage?: CodeSkuPageResolvers<ContextType>;
  CodeStatus?: CodeStatusResolvers;
  Dashboard?: DashboardResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  GeneratedCodes?: GeneratedCodesResolvers<ContextType>;
  InviteAction?: InviteActionResolvers;
  InviteCounts?: InviteCountsResolvers<ContextType>;
  InvitePurpose?: InvitePurposeResolvers;
  InviteRequest?: InviteRequestResolvers<ContextType>;
  InviteRequestPage?: InviteRequestPageResolvers<ContextType>;
  InviteStatus?: InviteStatusResolvers;
  Mother?: MotherResolvers<ContextType>;
  MotherGroupUsage?: MotherGroupUsageResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RedeemCode?: RedeemCodeResolvers<ContextType>;
  RedeemCodePage?: RedeemCodePageResolvers<ContextType>;
  RedeemResult?: RedeemResultResolvers<ContextType>;
  RedeemStatus?: RedeemStatusResolvers;
  RedeemStatusResult?: RedeemStatusResultResolvers<ContextType>;
  RedeemSuccessWindows?: RedeemSuccessWindowsResolvers<ContextType>;
  RedeemWindow?: RedeemWindowResolvers<ContextType>;
  ResendRedeemInviteResult?: ResendRedeemInviteResultResolvers<ContextType>;
  SwitchKind?: SwitchKindResolvers;
  SwitchQueueCounts?: SwitchQueueCountsResolvers<ContextType>;
  SwitchRequest?: SwitchRequestResolvers<ContextType>;
  SwitchRequestPage?: SwitchRequestPageResolvers<ContextType>;
  SwitchRequestStatus?: SwitchRequestStatusResolvers;
  SwitchResult?: SwitchResultResolvers<ContextType>;
  SwitchStatus?: SwitchStatusResolvers;
  Trends?: TrendsResolvers<ContextType>;
  UsersEvent?: UsersEventResolvers<ContextType>;
  UsersEventPage?: UsersEventPageResolvers<ContextType>;
  VerifiedSession?: VerifiedSessionResolvers<ContextType>;
};

