import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Mother as MotherModel, Team as TeamModel, Seat as SeatModel, Placement as PlacementModel, OutboxEvent as OutboxEventModel, MotherGroup as MotherGroupModel, PoolGroup as PoolGroupModel, ChildAccount as ChildAccountModel, ApiKey as ApiKeyModel } from '../entities';
import type { DashboardParent as DashboardParentModel } from '../resolvers/parents';
import type { TrendWindow as TrendWindowModel } from '@seatpool/kit';
import type { PoolContext } from '../context';
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

/** A credential for external integrations; only a keyed hash of the key is stored. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the key stops working; null: never. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The key's id (audit entries name it as `apikey:<id>`). */
  id: Scalars['ID']['output'];
  /** The first characters of the key, to recognise it. */
  keyPrefix: Scalars['String']['output'];
  /** Updated at most once a minute. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** A label chosen by the operator. */
  name: Scalars['String']['output'];
  /** When it was revoked; null while it works. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key may do, e.g. `pool:read`, `users:write`, `ingest`. */
  scopes: Array<Scalars['String']['output']>;
};

/** One page of API keys. */
export type ApiKeyPage = {
  __typename?: 'ApiKeyPage';
  /** The entries of this page. */
  items: Array<ApiKey>;
  /** This page's number (from 1). */
  page: Scalars['Int']['output'];
  /** Entries per page, as asked (or the default). */
  pageSize: Scalars['Int']['output'];
  /** Entries matching the filter across all pages. */
  total: Scalars['Int']['output'];
};

/** The mother whose team names are brought in line with its template (admin, `pool:write`). */
export type ApplyTeamNameTemplateInput = {
  /** The mother's id. */
  motherId: Scalars['ID']['input'];
};

/** The outcome of `applyTeamNameTemplate`. */
export type ApplyTeamNameTemplateResult = {
  __typename?: 'ApplyTeamNameTemplateResult';
  /** The mother with its teams after the renames. */
  mother: Mother;
  /** How many teams were renamed. */
  renamed: Scalars['Int']['output'];
};

/** A non-empty bucket of a raw series (internal: stats fills the gaps). */
export type BucketCount = {
  __typename?: 'BucketCount';
  /** Index of the bucket in the window, 0 for the first (`since`). */
  bucket: Scalars['Int']['output'];
  /** How many events fell into the bucket (always > 0: empty buckets are left out). */
  count: Scalars['Int']['output'];
};

/** What a `GroupCapacity` counts (internal). */
export type CapacityGroupKind =
  /** Every active mother. */
  | 'ALL'
  /** A mother group (`motherGroupId`). */
  | 'MOTHER_GROUP'
  /** A pool group (`poolGroupId`). */
  | 'POOL_GROUP';

/** A member or invite of a mother's workspace that is not a customer placement. */
export type ChildAccount = {
  __typename?: 'ChildAccount';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The invited email. */
  email: Scalars['String']['output'];
  /** The child account's id. */
  id: Scalars['ID']['output'];
  /** When the last sync saw it upstream. */
  lastSeenAt?: Maybe<Scalars['DateTime']['output']>;
  /** The upstream member id once it joined. */
  memberId?: Maybe<Scalars['String']['output']>;
  /** The mother whose seat it holds (or held). */
  motherId: Scalars['ID']['output'];
  /** A label (generated from the pool group's template, or given). */
  name?: Maybe<Scalars['String']['output']>;
  /** Created by pool or discovered upstream. */
  origin: ChildAccountOrigin;
  /** Where it stands upstream. */
  status: ChildAccountStatus;
  /** The upstream workspace it was invited to. */
  teamId: Scalars['String']['output'];
};

/** Narrows `childAccounts`; every given field must match. */
export type ChildAccountFilter = {
  /** Only children of this mother. */
  motherId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive part of the email or name. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only children with this status. */
  status?: InputMaybe<ChildAccountStatus>;
};

/** How pool came to know a child account. */
export type ChildAccountOrigin =
  /** Invited by pool (operator or auto-invite). */
  | 'created'
  /** Found upstream without any record (flagged on the mother as `unrecordedMembers`). */
  | 'discovered';

/** One page of child accounts. */
export type ChildAccountPage = {
  __typename?: 'ChildAccountPage';
  /** The entries of this page. */
  items: Array<ChildAccount>;
  /** This page's number (from 1). */
  page: Scalars['Int']['output'];
  /** Entries per page, as asked (or the default). */
  pageSize: Scalars['Int']['output'];
  /** Entries matching the filter across all pages. */
  total: Scalars['Int']['output'];
};

/** Where a child account stands upstream. */
export type ChildAccountStatus =
  /** A member upstream (holds a seat). */
  | 'active'
  /** Invited upstream, not accepted yet (holds a seat). */
  | 'invited'
  /** No longer seen upstream; its seat was freed. */
  | 'missing';

/** A new API key (admin session only: an API key can never create keys). */
export type CreateApiKeyInput = {
  /** When the key stops working; never when absent. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** Any of `pool:read`, `pool:write`, `ingest`, `users:read`, `users:write`, `stats:read`, `notify:read`, `notify:write`. */
  scopes: Array<Scalars['String']['input']>;
};

/** A child account to invite (admin, `pool:write`). */
export type CreateChildAccountInput = {
  /** Required outside a pool group; generated from the group's templates when absent. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The mother with the free seat. */
  motherId: Scalars['ID']['input'];
  /** A label; generated from the group's template when absent. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Default: the mother's default enabled team. */
  teamId?: InputMaybe<Scalars['String']['input']>;
};

/** A new mother group (admin, `pool:write`). */
export type CreateMotherGroupInput = {
  /** Free text for operators. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 100 characters, unique. */
  name: Scalars['String']['input'];
  /** Team-name template; placeholders `{group}`, `{date}`, `{seq3}`, `{domain}`. */
  teamNameTemplate?: InputMaybe<Scalars['String']['input']>;
};

/** A new mother account (admin, `pool:write`). */
export type CreateMotherInput = {
  /** The upstream access token (JWT). Never returned, never logged. */
  accessToken: Scalars['String']['input'];
  /** The mother group to put the mother in; redeem codes of that group place only there. */
  motherGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 100 characters, unique regardless of case. */
  name: Scalars['String']['input'];
  /** Free text for operators, up to 2,000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** A pool-group mother is never sold through redeem codes; its seats hold child accounts. */
  poolGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** Seats this mother sells, 1 to 500; default 7. */
  seatLimit?: InputMaybe<Scalars['Int']['input']>;
  /** Workspaces to register with their names and default; discovered upstream when absent. */
  teams?: InputMaybe<Array<TeamInput>>;
  /** Expiry of an opaque token; ignored when the JWT carries `exp`. */
  tokenExpiresAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A new pool group (admin, `pool:write`). */
export type CreatePoolGroupInput = {
  /** Fill free seats with generated children during the sync (default false). */
  autoInvite?: InputMaybe<Scalars['Boolean']['input']>;
  /** Child emails (see `PoolGroup.childEmailTemplate`). */
  childEmailTemplate?: InputMaybe<Scalars['String']['input']>;
  /** Child names (see `PoolGroup.childNameTemplate`). */
  childNameTemplate?: InputMaybe<Scalars['String']['input']>;
  /** Free text for operators. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The `{domain}` of generated emails. */
  emailDomain?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 100 characters, unique. */
  name: Scalars['String']['input'];
  /** Team names (see `PoolGroup.teamTemplate`). */
  teamTemplate?: InputMaybe<Scalars['String']['input']>;
};

/** The answer of `createApiKey`: the only time the key (and signing secret) is shown. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  /** The stored key's record. */
  apiKey: ApiKey;
  /** The key itself (`Authorization: Bearer <key>` at the gateway). Shown once. */
  key: Scalars['String']['output'];
  /** For keys with the `ingest` scope: the HMAC secret of `ingestMother` signatures. Shown once. */
  signingSecret?: Maybe<Scalars['String']['output']>;
};

/** The unified dashboard: each domain resolves the figures it owns; stats combines them (e.g. `codeQuota`). */
export type Dashboard = {
  __typename?: 'Dashboard';
  /** Always `global`: there is one dashboard. */
  id: Scalars['ID']['output'];
  /** Usage per mother group, by name. */
  motherGroupUsage: Array<MotherGroupUsage>;
  /** Mothers by the result of their last account check. */
  motherHealth: MotherHealthCounts;
  /** Mothers by status. */
  mothers: MotherCounts;
  /** Usage per pool group, by name. */
  poolGroupUsage: Array<PoolGroupUsage>;
  /** Share of all seats that are held or used, from 0 to 1 (0 when there are no seats). */
  seatUtilisation: Scalars['Float']['output'];
  /** All seats by state. */
  seats: SeatCounts;
  /** Free seats on ACTIVE mothers that have an enabled team: the supply side of `codeQuota`. */
  sellableSeats: Scalars['Int']['output'];
  /** Workspaces of all mothers. */
  teams: TeamCounts;
};

/** The mother group to delete (admin, `pool:write`). */
export type DeleteMotherGroupInput = {
  /** The group's id. */
  id: Scalars['ID']['input'];
};

/** The mother to delete (admin, `pool:write`). */
export type DeleteMotherInput = {
  /** Release used seats through the upstream (placements as REMOVE, children removed) before deleting. */
  force?: InputMaybe<Scalars['Boolean']['input']>;
  /** The mother's id. */
  id: Scalars['ID']['input'];
};

/** The outcome of `deleteMother`. */
export type DeleteMotherResult = {
  __typename?: 'DeleteMotherResult';
  /** The deleted mother's id. */
  id: Scalars['ID']['output'];
  /** Seats released upstream because of `force`. */
  releasedSeats: Scalars['Int']['output'];
};

/** The pool group to delete (admin, `pool:write`). */
export type DeletePoolGroupInput = {
  /** The group's id. */
  id: Scalars['ID']['input'];
};

/** The mother to disable (admin, `pool:write`). */
export type DisableMotherInput = {
  /** The mother's id. */
  id: Scalars['ID']['input'];
};

/** The mother to enable (admin, `pool:write`). */
export type EnableMotherInput = {
  /** The mother's id. */
  id: Scalars['ID']['input'];
};

/** An active mother whose upstream token expires soon (internal: notify). */
export type ExpiringToken = {
  __typename?: 'ExpiringToken';
  /** When the token expires. */
  expiresAt: Scalars['DateTime']['output'];
  /** Its mother group, if any. */
  motherGroupId?: Maybe<Scalars['ID']['output']>;
  /** The mother's id. */
  motherId: Scalars['ID']['output'];
  /** The mother's name. */
  motherName: Scalars['String']['output'];
  /** Its pool group, if any. */
  poolGroupId?: Maybe<Scalars['ID']['output']>;
};

/** Seats of the active mothers of one group, or of all (internal: notify). */
export type GroupCapacity = {
  __typename?: 'GroupCapacity';
  /** Free seats on active mothers with an enabled team (what can be sold or filled now). */
  free: Scalars['Int']['output'];
  /** The group's id; null for ALL. */
  id?: Maybe<Scalars['ID']['output']>;
  /** What is counted. */
  kind: CapacityGroupKind;
  /** The group's name; null for ALL. */
  name?: Maybe<Scalars['String']['output']>;
  /** All seats of the group's active mothers. */
  total: Scalars['Int']['output'];
};

/** How `importMothers` reads its content. */
export type ImportFormat =
  /** `[` → JSON, a whole JSON object → one entry, otherwise line by line (JSON lines and text lines mixed). */
  | 'auto'
  /** A JSON array of mother objects (or a single object). */
  | 'json'
  /** One JSON mother object per line. */
  | 'jsonl'
  /** One mother per line: `name---token---notes`, `name token notes`, a bare token, or a pasted session JSON object. */
  | 'text';

/** What happened to one line of an import. */
export type ImportLineStatus =
  /** A new mother was registered. */
  | 'created'
  /** The line was not imported; see `errorCode` and `detail`. */
  | 'failed'
  /** The same upstream account was already a mother: its token, expiry, teams (and given fields) were updated. */
  | 'updated'
  /** Dry run: the line would be imported (see `detail`). */
  | 'valid';

/** A bulk import of mothers (admin, `pool:write`). */
export type ImportMothersInput = {
  /** At most 1,000 mothers and 1,000,000 characters (the gateway's request limit may be lower: split large imports). */
  content: Scalars['String']['input'];
  /** Field separator of text lines (default `---`). */
  delimiter?: InputMaybe<Scalars['String']['input']>;
  /** Only check and report what would happen; nothing is written and the upstream is not called. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** How to read `content` (default AUTO). */
  format?: InputMaybe<ImportFormat>;
  /** Applied to every imported mother. */
  motherGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** Applied to every imported mother: the pool group to put it in. */
  poolGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** Seat limit for lines that give none (default 7 for new mothers; unchanged for updated ones). */
  seatLimit?: InputMaybe<Scalars['Int']['input']>;
};

/** One mother sent by the local capture tool, signed with an API key's signing secret (public: the signature is the credential). */
export type IngestMotherInput = {
  /** An API key id with the `ingest` scope. */
  keyId: Scalars['ID']['input'];
  /** 16 to 100 characters from `A-Za-z0-9_-`, never reused by the same key. */
  nonce: Scalars['String']['input'];
  /** The mother as JSON text (`name`, `accessToken`, `tokenExpiresAt`, `notes`, `teams`), or a pasted session answer. */
  payload: Scalars['String']['input'];
  /** Hex HMAC-SHA256, under the key's signing secret, of `v1\n<keyId>\n<timestamp>\n<nonce>\n<sha256 hex of payload>`. */
  signature: Scalars['String']['input'];
  /** Unix seconds when the request was signed; accepted from now − window (default 300 s) to now + 30 s. */
  timestamp: Scalars['Int']['input'];
};

/** The outcome of `ingestMother`. */
export type IngestMotherResult = {
  __typename?: 'IngestMotherResult';
  /** False when the upstream account already was a mother (it was updated). */
  created: Scalars['Boolean']['output'];
  /** The created or updated mother. */
  motherId: Scalars['ID']['output'];
};

/** What one member/invite sync of a mother found and changed. */
export type MemberSyncReport = {
  __typename?: 'MemberSyncReport';
  /** Placements whose invite was accepted. */
  accepted: Scalars['Int']['output'];
  /** Occupants without a record, now tracked as child accounts. */
  discovered: Scalars['Int']['output'];
  /** Why the sync stopped early (`token_invalid`, `upstream_unavailable`); nothing was changed then. */
  error?: Maybe<Scalars['String']['output']>;
  /** Children no longer seen upstream. */
  missing: Scalars['Int']['output'];
  /** The synced mother. */
  motherId: Scalars['ID']['output'];
  /** Members (owner excluded) plus pending invites the upstream shows. */
  occupants: Scalars['Int']['output'];
  /** Occupants for whom no seat was free. */
  overflow: Scalars['Int']['output'];
  /** Placements freed because their invite was cancelled or their member left upstream. */
  released: Scalars['Int']['output'];
  /** Workspaces the upstream no longer offers (disabled now). */
  teamsLost: Scalars['Int']['output'];
};

/** A paid team-admin account with a fixed number of seats. */
export type Mother = {
  __typename?: 'Mother';
  /** Its child accounts, newest first. */
  children: Array<ChildAccount>;
  /** How many child accounts it has, any status. */
  childrenCount: Scalars['Int']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The result of its last account check. */
  health: MotherHealth;
  /** The mother's id. */
  id: Scalars['ID']['output'];
  /** When its token was last checked upstream. */
  lastHealthCheckAt?: Maybe<Scalars['DateTime']['output']>;
  /** When a check or call last succeeded with its token. */
  lastSeenAliveAt?: Maybe<Scalars['DateTime']['output']>;
  /** When its members and invites were last read upstream. */
  lastSyncAt?: Maybe<Scalars['DateTime']['output']>;
  /** The mother group it belongs to, if any. */
  motherGroup?: Maybe<MotherGroup>;
  /** 1 to 100 characters, unique regardless of case. */
  name: Scalars['String']['output'];
  /** Free text for operators. */
  notes?: Maybe<Scalars['String']['output']>;
  /** The pool group it belongs to, if any (then it is never sold through redeem codes). */
  poolGroup?: Maybe<PoolGroup>;
  /** Seats it sells, 1 to 500. */
  seatLimit: Scalars['Int']['output'];
  /** Its seat ledger, by slot. */
  seats: Array<Seat>;
  /** Seats available for new placements. */
  seatsFree: Scalars['Int']['output'];
  /** Seats reserved by a placement still in flight (until `heldUntil`). */
  seatsHeld: Scalars['Int']['output'];
  /** Seats that hold a placed email or a child account. */
  seatsUsed: Scalars['Int']['output'];
  /** Whether it takes new placements. */
  status: MotherStatus;
  /** When the status last changed. */
  statusChangedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the status last changed (e.g. `token_invalid`), if it is not ACTIVE. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** Its workspaces (the default one has `isDefault`). */
  teams: Array<Team>;
  /** When the access token expires (from the JWT `exp`), if known. */
  tokenExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Upstream occupants without a placement at the last sync (outside pool groups: to review). */
  unrecordedMembers: Scalars['Int']['output'];
  /** Members (owner excluded) plus pending invites the upstream showed at the last sync. */
  upstreamOccupants?: Maybe<Scalars['Int']['output']>;
};

/** Mothers by status. */
export type MotherCounts = {
  __typename?: 'MotherCounts';
  /** ACTIVE mothers. */
  active: Scalars['Int']['output'];
  /** DISABLED mothers (switched off by an operator). */
  disabled: Scalars['Int']['output'];
  /** INVALID mothers (token rejected). */
  invalid: Scalars['Int']['output'];
  /** All mothers. */
  total: Scalars['Int']['output'];
};

/** Narrows `mothers`; every given field must match. */
export type MotherFilter = {
  /** Only mothers whose last account check had this result. */
  health?: InputMaybe<MotherHealth>;
  /** True: only mothers in some pool group; false: only mothers in none. */
  inPoolGroup?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only mothers of this mother group. */
  motherGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** Only mothers of this pool group. */
  poolGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive part of the name. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only mothers with this status. */
  status?: InputMaybe<MotherStatus>;
  /** Token expires before now + N days (already expired included). */
  tokenExpiringWithinDays?: InputMaybe<Scalars['Int']['input']>;
};

/** An operator grouping of mothers that redeem codes may be restricted to. */
export type MotherGroup = {
  __typename?: 'MotherGroup';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Free text for operators. */
  description?: Maybe<Scalars['String']['output']>;
  /** The group's id. */
  id: Scalars['ID']['output'];
  /** 1 to 100 characters, unique. */
  name: Scalars['String']['output'];
  /** Team-name template; placeholders `{group}`, `{date}`, `{seq3}`, `{domain}`. */
  teamNameTemplate?: Maybe<Scalars['String']['output']>;
};

/** One page of mother groups. */
export type MotherGroupPage = {
  __typename?: 'MotherGroupPage';
  /** The entries of this page. */
  items: Array<MotherGroup>;
  /** This page's number (from 1). */
  page: Scalars['Int']['output'];
  /** Entries per page, as asked (or the default). */
  pageSize: Scalars['Int']['output'];
  /** Entries matching the filter across all pages. */
  total: Scalars['Int']['output'];
};

/** Usage of one mother group: seats and health from pool, codes and invites from users, the acceptance rate from stats. */
export type MotherGroupUsage = {
  __typename?: 'MotherGroupUsage';
  /** ACTIVE mothers in the group. */
  activeMothers: Scalars['Int']['output'];
  /** Mothers whose last account check failed. */
  failingMothers: Scalars['Int']['output'];
  /** The most recent account check of any mother of the group. */
  lastHealthCheckAt?: Maybe<Scalars['DateTime']['output']>;
  /** The mother group's id (pool's). */
  motherGroupId: Scalars['ID']['output'];
  /** Mothers in the group, any status. */
  mothers: Scalars['Int']['output'];
  /** The group's name. */
  name: Scalars['String']['output'];
  /** The seat ledger of the group's mothers. */
  seats: SeatCounts;
};

/** The result of a mother's last account check (the health check calls the upstream with its token). */
export type MotherHealth =
  /** The last account check failed. */
  | 'failing'
  /** The last account check succeeded. */
  | 'healthy'
  /** Never probed. */
  | 'unknown';

/** Mothers by the result of their last account check. */
export type MotherHealthCounts = {
  __typename?: 'MotherHealthCounts';
  /** The last check failed. */
  failing: Scalars['Int']['output'];
  /** The last check succeeded. */
  healthy: Scalars['Int']['output'];
  /** Never checked. */
  unknown: Scalars['Int']['output'];
};

/** The outcome of one line (or array element) of an import. */
export type MotherImportLine = {
  __typename?: 'MotherImportLine';
  /** A human-readable explanation (never the token). */
  detail?: Maybe<Scalars['String']['output']>;
  /** For FAILED: BAD_USER_INPUT, CONFLICT or UPSTREAM_UNAVAILABLE. */
  errorCode?: Maybe<Scalars['String']['output']>;
  /** 1-based line (text, JSONL) or element (JSON array) number. */
  line: Scalars['Int']['output'];
  /** The created or updated mother (absent in a dry run and for FAILED). */
  motherId?: Maybe<Scalars['ID']['output']>;
  /** The mother's name as read from the line, if any. */
  name?: Maybe<Scalars['String']['output']>;
  /** What happened to the line. */
  status: ImportLineStatus;
};

/** The outcome of `importMothers`. */
export type MotherImportResult = {
  __typename?: 'MotherImportResult';
  /** Mothers created. */
  created: Scalars['Int']['output'];
  /** True when nothing was written (a check only). */
  dryRun: Scalars['Boolean']['output'];
  /** Lines that failed. */
  failed: Scalars['Int']['output'];
  /** One entry per line, in input order. */
  lines: Array<MotherImportLine>;
  /** Lines (or elements) read. */
  total: Scalars['Int']['output'];
  /** Existing mothers updated. */
  updated: Scalars['Int']['output'];
  /** Lines that passed the checks (dry run: would be imported). */
  valid: Scalars['Int']['output'];
};

/** One page of mothers. */
export type MotherPage = {
  __typename?: 'MotherPage';
  /** The entries of this page. */
  items: Array<Mother>;
  /** This page's number (from 1). */
  page: Scalars['Int']['output'];
  /** Entries per page, as asked (or the default). */
  pageSize: Scalars['Int']['output'];
  /** Entries matching the filter across all pages. */
  total: Scalars['Int']['output'];
};

/** Whether a mother takes new placements. */
export type MotherStatus =
  /** Takes new placements while it has free seats and an enabled team. */
  | 'active'
  /** Switched off by an operator (`disableMother`). */
  | 'disabled'
  /** The upstream rejected its token (health check or a call); set ACTIVE again by `replaceMotherToken` or `enableMother`. */
  | 'invalid';

/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Aborts the placement under a key so a late attempt can never seat it; releases a held seat (internal). */
  abortPlacement?: Maybe<Placement>;
  /** Renames the mother's enabled teams that do not follow its pool group's (else mother group's) team-name template. */
  applyTeamNameTemplate: ApplyTeamNameTemplateResult;
  /** Creates an API key; the plain key (and, with the `ingest` scope, the signing secret) is returned only here. */
  createApiKey: CreatedApiKey;
  /** Invites a child account onto a free seat: the given email, or one generated from the pool group's templates. */
  createChildAccount: ChildAccount;
  /** Registers a mother account. The token is checked upstream and encrypted at rest; teams are discovered when not given. */
  createMother: Mother;
  /** Creates a mother group (redeem codes may then be restricted to it). */
  createMotherGroup: MotherGroup;
  /** Creates a pool group with its naming settings. */
  createPoolGroup: PoolGroup;
  /** Deletes a mother. Refused while seats are used unless `force`, which first releases them through the upstream. */
  deleteMother: DeleteMotherResult;
  /** Deletes a mother group that has no mothers; returns its id. */
  deleteMotherGroup: Scalars['ID']['output'];
  /** Deletes a pool group that has no mothers; returns its id. */
  deletePoolGroup: Scalars['ID']['output'];
  /** Stops new placements on a mother (people already seated stay) until an operator enables it. */
  disableMother: Mother;
  /** Makes a DISABLED or INVALID mother ACTIVE again after a fresh account check of its token. */
  enableMother: Mother;
  /** Bulk import of mothers from JSON, JSONL or text; `dryRun` reports per line what would happen. Idempotent per upstream account. */
  importMothers: MotherImportResult;
  /** Registers (or updates) one mother from the local capture tool; authenticated by an HMAC signature, not a session (public). */
  ingestMother: IngestMotherResult;
  /** Places an email into a free seat and sends the upstream invite; idempotent per key (internal: users service only). */
  placeEmail: Placement;
  /** Re-reads the mother's workspaces upstream: new ones are added, gone ones disabled, returning ones restored. */
  refreshMotherTeams: Mother;
  /** Ends a PLACED placement: cancels the pending invite or removes the member upstream, then frees the seat; idempotent (internal). */
  releasePlacement: Placement;
  /** Removes a child account upstream (invite cancelled or member removed), then frees its seat; returns its id. */
  removeChildAccount: Scalars['ID']['output'];
  /** Replaces the token of a mother (same upstream account): re-checked, re-encrypted, teams refreshed; an INVALID mother becomes ACTIVE. */
  replaceMotherToken: Mother;
  /**
   * Sends the upstream invite of a PLACED placement again (internal). With `resendKey` the resend is
   * recorded first and a repeated key answers without a second upstream invite.
   */
  resendPlacementInvite: Placement;
  /** Revokes an API key at once; revoking twice returns the same key. */
  revokeApiKey: ApiKey;
  /** Reads a mother's members and invites now: children created, updated or marked MISSING; seats reconciled. */
  syncChildAccounts: MemberSyncReport;
  /** Runs the pool sync now (members, team names, auto-invite) for one mother of the group or all of them. */
  syncPoolGroup: PoolSyncResult;
  /** Changes name, notes, seat limit (never below the seats in use) and groups of a mother. */
  updateMother: Mother;
  /** Changes the given fields of a mother group; an explicit null clears description or template. */
  updateMotherGroup: MotherGroup;
  /** Changes the given fields and settings of a pool group; an explicit null clears a template. */
  updatePoolGroup: PoolGroup;
  /** Enables or disables a team, makes it the default, or renames it (upstream too when the upstream supports it). */
  updateTeam: UpdateTeamResult;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationAbortPlacementArgs = {
  idempotencyKey: Scalars['String']['input'];
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationApplyTeamNameTemplateArgs = {
  input: ApplyTeamNameTemplateInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationCreateChildAccountArgs = {
  input: CreateChildAccountInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationCreateMotherArgs = {
  input: CreateMotherInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationCreateMotherGroupArgs = {
  input: CreateMotherGroupInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationCreatePoolGroupArgs = {
  input: CreatePoolGroupInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationDeleteMotherArgs = {
  input: DeleteMotherInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationDeleteMotherGroupArgs = {
  input: DeleteMotherGroupInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationDeletePoolGroupArgs = {
  input: DeletePoolGroupInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationDisableMotherArgs = {
  input: DisableMotherInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationEnableMotherArgs = {
  input: EnableMotherInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationImportMothersArgs = {
  input: ImportMothersInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationIngestMotherArgs = {
  input: IngestMotherInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationPlaceEmailArgs = {
  input: PlaceEmailInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationRefreshMotherTeamsArgs = {
  input: RefreshMotherTeamsInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationReleasePlacementArgs = {
  input: ReleasePlacementInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationRemoveChildAccountArgs = {
  input: RemoveChildAccountInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationReplaceMotherTokenArgs = {
  input: ReplaceMotherTokenInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationResendPlacementInviteArgs = {
  idempotencyKey: Scalars['String']['input'];
  resendKey?: InputMaybe<Scalars['String']['input']>;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationSyncChildAccountsArgs = {
  input: SyncChildAccountsInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationSyncPoolGroupArgs = {
  input: SyncPoolGroupInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationUpdateMotherArgs = {
  input: UpdateMotherInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationUpdateMotherGroupArgs = {
  input: UpdateMotherGroupInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationUpdatePoolGroupArgs = {
  input: UpdatePoolGroupInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationUpdateTeamArgs = {
  input: UpdateTeamInput;
};

/** A placement request (internal: users service only). */
export type PlaceEmailInput = {
  /** The email to invite. */
  email: Scalars['String']['input'];
  /** Mothers not to use (e.g. the current one of a switch). */
  excludeMotherIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Chosen by the caller; the same key always answers with the same placement. */
  idempotencyKey: Scalars['String']['input'];
  /** Only mothers of this group; without it only ungrouped mothers are used. */
  motherGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** Prefer teams this email was placed in before (a returning user), when they have room. */
  preferRecentTeams?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The outcome stored under one placement idempotency key (internal). */
export type Placement = {
  __typename?: 'Placement';
  /** True when the upstream said the email already was a member or invited. */
  alreadyMember: Scalars['Boolean']['output'];
  /** The placed email. */
  email: Scalars['String']['output'];
  /** For FAILED: NO_CAPACITY, UPSTREAM_UNAVAILABLE, or BAD_USER_INPUT when the upstream rejects the email. */
  errorCode?: Maybe<Scalars['String']['output']>;
  /** The caller's key. */
  idempotencyKey: Scalars['String']['output'];
  /** PENDING until the upstream shows the email as a member (ACCEPTED); from member/invite sync. */
  inviteState?: Maybe<PlacementInviteState>;
  /** The mother whose seat it uses (PLACED, RELEASED). */
  motherId?: Maybe<Scalars['ID']['output']>;
  /** For RELEASED: why the seat was given up. */
  releaseReason?: Maybe<ReleaseReason>;
  /** Where the placement stands. */
  status: PlacementStatus;
  /** The workspace it was invited to. */
  teamId?: Maybe<Scalars['String']['output']>;
  /** That workspace's name. */
  teamName?: Maybe<Scalars['String']['output']>;
};

/** Whether the invitee joined (internal). */
export type PlacementInviteState =
  /** A member upstream. */
  | 'accepted'
  /** Invited, not a member yet. */
  | 'pending';

/** One resend recorded under its resend key before the upstream call (internal). */
export type PlacementResend = {
  __typename?: 'PlacementResend';
  /** When the resend was recorded (before the upstream call). */
  createdAt: Scalars['DateTime']['output'];
  /** The idempotency key of the placement whose invite was sent again. */
  placementKey: Scalars['String']['output'];
  /** The key users chose for the resend. */
  resendKey: Scalars['String']['output'];
};

/** Where a placement stands (internal). */
export type PlacementStatus =
  /** Aborted by the caller; never becomes PLACED. */
  | 'aborted'
  /** No seat could be used; see `errorCode`. */
  | 'failed'
  /** An upstream call for this key is still running. */
  | 'in_flight'
  /** The email is invited (or already was) and holds a used seat. */
  | 'placed'
  /** Was PLACED; the seat was given up (see `releaseReason`). */
  | 'released';

/** A fact pool announces to other domains (transactional outbox); the envelope fields match the NATS event (docs/architecture/EVENTS.md). */
export type PoolEvent = {
  __typename?: 'PoolEvent';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The envelope `data` as JSON text: the payload plus motherId, teamId, placementKey and email when set (never secrets). */
  data: Scalars['String']['output'];
  /** The placed email of a placement fact (internal API only; never logged). */
  email?: Maybe<Scalars['String']['output']>;
  /** The envelope id `pool-<id>`: the NATS message id and the consumers' deduplication key. */
  eventId: Scalars['ID']['output'];
  /** Monotonic cursor value. */
  id: Scalars['ID']['output'];
  /** The mother the fact is about, if any. */
  motherId?: Maybe<Scalars['ID']['output']>;
  /** Event-specific details as JSON text (never secrets). */
  payload: Scalars['String']['output'];
  /** The idempotency key of the placement the fact is about, if any. */
  placementKey?: Maybe<Scalars['String']['output']>;
  /** The upstream workspace id the fact is about, if any. */
  teamId?: Maybe<Scalars['String']['output']>;
  /** `mother.status_changed`, `mother.breaker_changed`, `team.lost`, `placement.accepted`, `placement.released` (member left, invite cancelled upstream or by an operator), `admin.action` (without the `pool.` prefix of the envelope type). */
  type: Scalars['String']['output'];
  /** The envelope version of this type's `data` (schema/events/<type>.json). */
  version: Scalars['Int']['output'];
};

/** A page of pool's outbox for users (internal). */
export type PoolEventPage = {
  __typename?: 'PoolEventPage';
  /** Pass as `after` to read on; null when there were no events. */
  cursor?: Maybe<Scalars['ID']['output']>;
  /** The events after the cursor, oldest first (at most `limit`). */
  events: Array<PoolEvent>;
};

/** A self-managed set of mothers: never sold through redeem codes; its seats hold child accounts named by its templates. */
export type PoolGroup = {
  __typename?: 'PoolGroup';
  /** Fill free seats of the group's mothers with generated children during the sync. */
  autoInvite: Scalars['Boolean']['output'];
  /** Child emails; default `{group}-{date}-{seq3}@{domain}`. */
  childEmailTemplate?: Maybe<Scalars['String']['output']>;
  /** Child names; default `{group}-child-{seq3}`. */
  childNameTemplate?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Free text for operators. */
  description?: Maybe<Scalars['String']['output']>;
  /** `{domain}`; falls back to POOL_CHILD_EMAIL_DOMAIN. */
  emailDomain?: Maybe<Scalars['String']['output']>;
  /** The group's id. */
  id: Scalars['ID']['output'];
  /** An inactive group is not synced and cannot take new mothers. */
  isActive: Scalars['Boolean']['output'];
  /** Mothers in the group, any status. */
  mothersCount: Scalars['Int']['output'];
  /** 1 to 100 characters, unique. */
  name: Scalars['String']['output'];
  /** Team names; default `{group}-{date}-{seq3}`. Placeholders: `{group}`, `{date}` (UTC YYYYMMDD), `{seq3}` (daily 001–999), `{domain}`. */
  teamTemplate?: Maybe<Scalars['String']['output']>;
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** The next names the group's templates would produce (no sequence number is used up). */
export type PoolGroupNamePreview = {
  __typename?: 'PoolGroupNamePreview';
  /** The next child emails. */
  childEmails: Array<Scalars['String']['output']>;
  /** The next child names. */
  childNames: Array<Scalars['String']['output']>;
  /** The next team names. */
  teamNames: Array<Scalars['String']['output']>;
};

/** What to preview (admin, `pool:read`). */
export type PoolGroupNamePreviewInput = {
  /** Unsaved child-email template to preview. */
  childEmailTemplate?: InputMaybe<Scalars['String']['input']>;
  /** Unsaved child-name template to preview. */
  childNameTemplate?: InputMaybe<Scalars['String']['input']>;
  /** Names per kind, 1 to 10; default 3. */
  count?: InputMaybe<Scalars['Int']['input']>;
  /** Unsaved `{domain}` to preview. */
  emailDomain?: InputMaybe<Scalars['String']['input']>;
  /** The group whose names are previewed. */
  poolGroupId: Scalars['ID']['input'];
  /** Unsaved settings to preview instead of the stored ones. */
  teamTemplate?: InputMaybe<Scalars['String']['input']>;
};

/** One page of pool groups. */
export type PoolGroupPage = {
  __typename?: 'PoolGroupPage';
  /** The entries of this page. */
  items: Array<PoolGroup>;
  /** This page's number (from 1). */
  page: Scalars['Int']['output'];
  /** Entries per page, as asked (or the default). */
  pageSize: Scalars['Int']['output'];
  /** Entries matching the filter across all pages. */
  total: Scalars['Int']['output'];
};

/** Usage of one pool group (its seats hold child accounts, never redeem codes). */
export type PoolGroupUsage = {
  __typename?: 'PoolGroupUsage';
  /** ACTIVE mothers in the group. */
  activeMothers: Scalars['Int']['output'];
  /** Child accounts that hold a seat (invited or active). */
  childAccounts: Scalars['Int']['output'];
  /** Mothers whose last account check failed. */
  failingMothers: Scalars['Int']['output'];
  /** Whether the group is synced and takes new mothers. */
  isActive: Scalars['Boolean']['output'];
  /** The most recent account check of any mother of the group. */
  lastHealthCheckAt?: Maybe<Scalars['DateTime']['output']>;
  /** Mothers in the group, any status. */
  mothers: Scalars['Int']['output'];
  /** The group's name. */
  name: Scalars['String']['output'];
  /** The pool group's id. */
  poolGroupId: Scalars['ID']['output'];
  /** The seat ledger of the group's mothers. */
  seats: SeatCounts;
};

/** The outcome of the pool sync for one mother. */
export type PoolSyncMotherResult = {
  __typename?: 'PoolSyncMotherResult';
  /** One line per failed step (`step: CODE detail`). */
  errors: Array<Scalars['String']['output']>;
  /** Children invited by the auto-invite. */
  invited: Scalars['Int']['output'];
  /** The mother. */
  motherId: Scalars['ID']['output'];
  /** Teams renamed to follow the group's template. */
  renamed: Scalars['Int']['output'];
  /** Its member/invite sync; null when that step failed (see `errors`). */
  sync?: Maybe<MemberSyncReport>;
};

/** The outcome of `syncPoolGroup`. */
export type PoolSyncResult = {
  __typename?: 'PoolSyncResult';
  /** One entry per synced mother. */
  mothers: Array<PoolSyncMotherResult>;
  /** The synced group. */
  poolGroupId: Scalars['ID']['output'];
};

/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type Query = {
  __typename?: 'Query';
  /** API keys, newest first; revoked ones only with `includeRevoked` (admin). */
  apiKeys: ApiKeyPage;
  /** Child accounts (members that are not customer placements), newest first (admin). */
  childAccounts: ChildAccountPage;
  /** Active mothers whose upstream token expires within `withinDays` days (or has expired), soonest first (internal: notify). */
  expiringTokens: Array<ExpiringToken>;
  /** One mother account with its teams and seat ledger (admin). */
  mother?: Maybe<Mother>;
  /** Whether a mother group with this id exists (internal: users checks `generateCodes` input). */
  motherGroupExists: Scalars['Boolean']['output'];
  /** Mother groups by name (admin). */
  motherGroups: MotherGroupPage;
  /** Mothers, newest first, filtered; `total` counts the whole filtered set (admin, `pool:read`). */
  mothers: MotherPage;
  /** The outcome stored under a placement idempotency key (internal: users service only). */
  placement?: Maybe<Placement>;
  /** The resend recorded under a resend key; null when none reached the upstream (internal: users service only). */
  placementResend?: Maybe<PlacementResend>;
  /** Pool facts for users, oldest first, after the cursor `after` (exclusive); at-least-once, ordered per mother (internal). */
  poolEvents: PoolEventPage;
  /** One pool group with its settings (admin). */
  poolGroup?: Maybe<PoolGroup>;
  /** The next names a pool group would generate, from its stored or the given unsaved settings; takes no sequence number (admin). */
  poolGroupNamePreview: PoolGroupNamePreview;
  /** Pool groups with their settings, by name (admin). */
  poolGroups: PoolGroupPage;
  /** Free and total seats of active mothers per mother group, per pool group and in all (internal: notify's thresholds). */
  seatCapacity: Array<GroupCapacity>;
  /** Resolves an API key to its id and scopes (internal: the gateway only). Null when unknown or revoked. */
  verifyApiKey?: Maybe<VerifiedApiKey>;
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryApiKeysArgs = {
  includeRevoked?: InputMaybe<Scalars['Boolean']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryChildAccountsArgs = {
  filter?: InputMaybe<ChildAccountFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryExpiringTokensArgs = {
  withinDays: Scalars['Int']['input'];
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryMotherArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryMotherGroupExistsArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryMotherGroupsArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryMothersArgs = {
  filter?: InputMaybe<MotherFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryPlacementArgs = {
  idempotencyKey: Scalars['String']['input'];
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryPlacementResendArgs = {
  resendKey: Scalars['String']['input'];
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryPoolEventsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryPoolGroupArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryPoolGroupNamePreviewArgs = {
  input: PoolGroupNamePreviewInput;
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryPoolGroupsArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryVerifyApiKeyArgs = {
  key: Scalars['String']['input'];
};

/** The mother whose workspaces are re-read (admin, `pool:write`). */
export type RefreshMotherTeamsInput = {
  /** The mother's id. */
  id: Scalars['ID']['input'];
};

/** Which placement to release and why (internal: users service only). */
export type ReleasePlacementInput = {
  /** The key of a PLACED placement; releasing a released one answers it unchanged. */
  idempotencyKey: Scalars['String']['input'];
  /** Why: recorded on the placement and in the outbox event. */
  reason: ReleaseReason;
};

/** Why a placed seat was given up (internal). */
export type ReleaseReason =
  /** An operator cancelled the pending invite. */
  | 'cancel'
  /** The code's lifecycle ended. */
  | 'expire'
  /** An operator removed the member. */
  | 'remove'
  /** The user moved to another team (switch): the old seat is given up after the new one is placed. */
  | 'switch';

/** The child account to remove (admin, `pool:write`). */
export type RemoveChildAccountInput = {
  /** The child account's id. */
  id: Scalars['ID']['input'];
};

/** A new token for an existing mother (admin, `pool:write`). */
export type ReplaceMotherTokenInput = {
  /** The new upstream access token of the same upstream account. Never returned, never logged. */
  accessToken: Scalars['String']['input'];
  /** The mother's id. */
  id: Scalars['ID']['input'];
  /** Expiry of an opaque token; ignored when the JWT carries `exp`. */
  tokenExpiresAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The API key to revoke (admin session only). */
export type RevokeApiKeyInput = {
  /** The key's id. */
  id: Scalars['ID']['input'];
};

/** One slot of a mother's seat ledger. */
export type Seat = {
  __typename?: 'Seat';
  /** The occupant's email (HELD and USED seats). */
  email?: Maybe<Scalars['String']['output']>;
  /** For HELD: when the reservation lapses. */
  heldUntil?: Maybe<Scalars['DateTime']['output']>;
  /** Who occupies a non-free seat. */
  origin?: Maybe<SeatOrigin>;
  /** Position in the ledger, from 0 to `seatLimit` − 1. */
  slotIndex: Scalars['Int']['output'];
  /** Free, held or used. */
  status: SeatStatus;
  /** The workspace the occupant was invited to. */
  teamId?: Maybe<Scalars['String']['output']>;
};

/** Seats by state. */
export type SeatCounts = {
  __typename?: 'SeatCounts';
  /** FREE seats. */
  free: Scalars['Int']['output'];
  /** HELD seats (a placement in flight). */
  held: Scalars['Int']['output'];
  /** All seats. */
  total: Scalars['Int']['output'];
  /** USED seats. */
  used: Scalars['Int']['output'];
};

/** Who occupies a seat. */
export type SeatOrigin =
  /** A child account. */
  | 'child'
  /** A customer placement (`placeEmail`). */
  | 'placement';

/** The state of one seat. */
export type SeatStatus =
  /** Available. */
  | 'free'
  /** Reserved while a placement's upstream invite is in flight; freed at `heldUntil` if it never completes. */
  | 'held'
  /** Holds a placed email or a child account. */
  | 'used';

/** The mother whose members are read now (admin, `pool:write`). */
export type SyncChildAccountsInput = {
  /** The mother's id. */
  motherId: Scalars['ID']['input'];
};

/** What to sync now (admin, `pool:write`). */
export type SyncPoolGroupInput = {
  /** Only this mother of the group; all of them when absent. */
  motherId?: InputMaybe<Scalars['ID']['input']>;
  /** The pool group to sync. */
  poolGroupId: Scalars['ID']['input'];
};

/** A workspace of a mother (`teamId` = upstream account id). */
export type Team = {
  __typename?: 'Team';
  /** Placements and children go here unless told otherwise. */
  isDefault: Scalars['Boolean']['output'];
  /** New placements may use it. */
  isEnabled: Scalars['Boolean']['output'];
  /** When the upstream stopped offering this workspace (it was disabled then). */
  lostAt?: Maybe<Scalars['DateTime']['output']>;
  /** Its name, as registered or renamed. */
  name?: Maybe<Scalars['String']['output']>;
  /** The workspace's upstream account id. */
  teamId: Scalars['String']['output'];
};

/** Workspaces (teams) of all mothers. */
export type TeamCounts = {
  __typename?: 'TeamCounts';
  /** Enabled: placements may use them. */
  enabled: Scalars['Int']['output'];
  /** No longer offered by the upstream. */
  lost: Scalars['Int']['output'];
  /** All workspaces. */
  total: Scalars['Int']['output'];
};

/** A workspace given with `createMother`. */
export type TeamInput = {
  /** Makes it the mother's default team (at most one). */
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  /** Its name (1 to 200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The workspace's upstream account id. */
  teamId: Scalars['String']['input'];
};

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
  /** Mothers registered per bucket (internal: stats fills the gaps into `mothersAdded`). */
  mothersAddedCounts: Array<BucketCount>;
  /** Mothers lost per bucket (internal: stats fills the gaps into `mothersLost`). */
  mothersLostCounts: Array<BucketCount>;
  /** Start of the first bucket. */
  since: Scalars['DateTime']['output'];
};

/** Changes to a mother group; absent fields stay unchanged (admin, `pool:write`). */
export type UpdateMotherGroupInput = {
  /** Null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The group to change. */
  id: Scalars['ID']['input'];
  /** 1 to 100 characters, unique. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Null clears it. */
  teamNameTemplate?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a mother; absent fields stay unchanged (admin, `pool:write`). */
export type UpdateMotherInput = {
  /** The mother to change. */
  id: Scalars['ID']['input'];
  /** Null clears the group. */
  motherGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 100 characters, unique regardless of case. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Null or empty clears the notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Null clears the group. */
  poolGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** Never below the seats in use; the seat ledger grows or shrinks with it. */
  seatLimit?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a pool group; absent fields stay unchanged (admin, `pool:write`). */
export type UpdatePoolGroupInput = {
  /** Fill free seats with generated children during the sync. */
  autoInvite?: InputMaybe<Scalars['Boolean']['input']>;
  /** Null falls back to the default. */
  childEmailTemplate?: InputMaybe<Scalars['String']['input']>;
  /** Null falls back to the default. */
  childNameTemplate?: InputMaybe<Scalars['String']['input']>;
  /** Null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Null falls back to POOL_CHILD_EMAIL_DOMAIN. */
  emailDomain?: InputMaybe<Scalars['String']['input']>;
  /** The group to change. */
  id: Scalars['ID']['input'];
  /** False stops its sync and refuses new mothers. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** 1 to 100 characters, unique. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Null falls back to the default. */
  teamTemplate?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to one workspace of a mother; absent fields stay unchanged (admin, `pool:write`). */
export type UpdateTeamInput = {
  /** Only `true`: the team becomes the mother's default (the others lose the flag). */
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  /** False: no new placements go to this workspace (people already in it stay). */
  isEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The mother the team belongs to. */
  motherId: Scalars['ID']['input'];
  /** 1 to 200 characters; also sent upstream when the upstream supports renaming. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The workspace's upstream account id. */
  teamId: Scalars['String']['input'];
};

/** The outcome of `updateTeam`. */
export type UpdateTeamResult = {
  __typename?: 'UpdateTeamResult';
  /** The mother with its teams after the change. */
  mother: Mother;
  /** True when a rename also reached the upstream; false when it stayed local (or there was none). */
  renamedUpstream: Scalars['Boolean']['output'];
};

/** The identity an API key stands for (internal: the gateway only). */
export type VerifiedApiKey = {
  __typename?: 'VerifiedApiKey';
  /** The API key's id (becomes the `apikey:<id>` actor of audit entries). */
  keyId: Scalars['ID']['output'];
  /** The key's scopes, e.g. `pool:read`, `users:write`. */
  scopes: Array<Scalars['String']['output']>;
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
  Trends:
    ( { __typename: 'Trends' }
    & GraphQLRecursivePick<FederationTypes['Trends'], {"granularity":true,"since":true,"buckets":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ApiKey: ResolverTypeWrapper<ApiKeyModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ApiKeyPage: ResolverTypeWrapper<Omit<ApiKeyPage, 'items'> & { items: Array<ResolversTypes['ApiKey']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApplyTeamNameTemplateInput: ApplyTeamNameTemplateInput;
  ApplyTeamNameTemplateResult: ResolverTypeWrapper<Omit<ApplyTeamNameTemplateResult, 'mother'> & { mother: ResolversTypes['Mother'] }>;
  BucketCount: ResolverTypeWrapper<BucketCount>;
  CapacityGroupKind: CapacityGroupKind;
  ChildAccount: ResolverTypeWrapper<ChildAccountModel>;
  ChildAccountFilter: ChildAccountFilter;
  ChildAccountOrigin: null;
  ChildAccountPage: ResolverTypeWrapper<Omit<ChildAccountPage, 'items'> & { items: Array<ResolversTypes['ChildAccount']> }>;
  ChildAccountStatus: null;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateChildAccountInput: CreateChildAccountInput;
  CreateMotherGroupInput: CreateMotherGroupInput;
  CreateMotherInput: CreateMotherInput;
  CreatePoolGroupInput: CreatePoolGroupInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreatedApiKey: ResolverTypeWrapper<Omit<CreatedApiKey, 'apiKey'> & { apiKey: ResolversTypes['ApiKey'] }>;
  Dashboard: ResolverTypeWrapper<DashboardParentModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteMotherGroupInput: DeleteMotherGroupInput;
  DeleteMotherInput: DeleteMotherInput;
  DeleteMotherResult: ResolverTypeWrapper<DeleteMotherResult>;
  DeletePoolGroupInput: DeletePoolGroupInput;
  DisableMotherInput: DisableMotherInput;
  EnableMotherInput: EnableMotherInput;
  ExpiringToken: ResolverTypeWrapper<ExpiringToken>;
  GroupCapacity: ResolverTypeWrapper<GroupCapacity>;
  ImportFormat: null;
  ImportLineStatus: null;
  ImportMothersInput: ImportMothersInput;
  IngestMotherInput: IngestMotherInput;
  IngestMotherResult: ResolverTypeWrapper<IngestMotherResult>;
  MemberSyncReport: ResolverTypeWrapper<MemberSyncReport>;
  Mother: ResolverTypeWrapper<MotherModel>;
  MotherCounts: ResolverTypeWrapper<MotherCounts>;
  MotherFilter: MotherFilter;
  MotherGroup: ResolverTypeWrapper<MotherGroupModel>;
  MotherGroupPage: ResolverTypeWrapper<Omit<MotherGroupPage, 'items'> & { items: Array<ResolversTypes['MotherGroup']> }>;
  MotherGroupUsage: ResolverTypeWrapper<MotherGroupUsage>;
  MotherHealth: null;
  MotherHealthCounts: ResolverTypeWrapper<MotherHealthCounts>;
  MotherImportLine: ResolverTypeWrapper<MotherImportLine>;
  MotherImportResult: ResolverTypeWrapper<MotherImportResult>;
  MotherPage: ResolverTypeWrapper<Omit<MotherPage, 'items'> & { items: Array<ResolversTypes['Mother']> }>;
  MotherStatus: null;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PlaceEmailInput: PlaceEmailInput;
  Placement: ResolverTypeWrapper<PlacementModel>;
  PlacementInviteState: null;
  PlacementResend: ResolverTypeWrapper<PlacementResend>;
  PlacementStatus: null;
  PoolEvent: ResolverTypeWrapper<OutboxEventModel>;
  PoolEventPage: ResolverTypeWrapper<Omit<PoolEventPage, 'events'> & { events: Array<ResolversTypes['PoolEvent']> }>;
  PoolGroup: ResolverTypeWrapper<PoolGroupModel>;
  PoolGroupNamePreview: ResolverTypeWrapper<PoolGroupNamePreview>;
  PoolGroupNamePreviewInput: PoolGroupNamePreviewInput;
  PoolGroupPage: ResolverTypeWrapper<Omit<PoolGroupPage, 'items'> & { items: Array<ResolversTypes['PoolGroup']> }>;
  PoolGroupUsage: ResolverTypeWrapper<PoolGroupUsage>;
  PoolSyncMotherResult: ResolverTypeWrapper<PoolSyncMotherResult>;
  PoolSyncResult: ResolverTypeWrapper<PoolSyncResult>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RefreshMotherTeamsInput: RefreshMotherTeamsInput;
  ReleasePlacementInput: ReleasePlacementInput;
  ReleaseReason: null;
  RemoveChildAccountInput: RemoveChildAccountInput;
  ReplaceMotherTokenInput: ReplaceMotherTokenInput;
  RevokeApiKeyInput: RevokeApiKeyInput;
  Seat: ResolverTypeWrapper<SeatModel>;
  SeatCounts: ResolverTypeWrapper<SeatCounts>;
  SeatOrigin: null;
  SeatStatus: null;
  SyncChildAccountsInput: SyncChildAccountsInput;
  SyncPoolGroupInput: SyncPoolGroupInput;
  Team: ResolverTypeWrapper<TeamModel>;
  TeamCounts: ResolverTypeWrapper<TeamCounts>;
  TeamInput: TeamInput;
  TrendGranularity: TrendGranularity;
  Trends: ResolverTypeWrapper<TrendWindowModel>;
  UpdateMotherGroupInput: UpdateMotherGroupInput;
  UpdateMotherInput: UpdateMotherInput;
  UpdatePoolGroupInput: UpdatePoolGroupInput;
  UpdateTeamInput: UpdateTeamInput;
  UpdateTeamResult: ResolverTypeWrapper<Omit<UpdateTeamResult, 'mother'> & { mother: ResolversTypes['Mother'] }>;
  VerifiedApiKey: ResolverTypeWrapper<VerifiedApiKey>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApiKey: ApiKeyModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  ApiKeyPage: Omit<ApiKeyPage, 'items'> & { items: Array<ResolversParentTypes['ApiKey']> };
  Int: Scalars['Int']['output'];
  ApplyTeamNameTemplateInput: ApplyTeamNameTemplateInput;
  ApplyTeamNameTemplateResult: Omit<ApplyTeamNameTemplateResult, 'mother'> & { mother: ResolversParentTypes['Mother'] };
  BucketCount: BucketCount;
  ChildAccount: ChildAccountModel;
  ChildAccountFilter: ChildAccountFilter;
  ChildAccountPage: Omit<ChildAccountPage, 'items'> & { items: Array<ResolversParentTypes['ChildAccount']> };
  CreateApiKeyInput: CreateApiKeyInput;
  CreateChildAccountInput: CreateChildAccountInput;
  CreateMotherGroupInput: CreateMotherGroupInput;
  CreateMotherInput: CreateMotherInput;
  CreatePoolGroupInput: CreatePoolGroupInput;
  Boolean: Scalars['Boolean']['output'];
  CreatedApiKey: Omit<CreatedApiKey, 'apiKey'> & { apiKey: ResolversParentTypes['ApiKey'] };
  Dashboard: DashboardParentModel;
  Float: Scalars['Float']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeleteMotherGroupInput: DeleteMotherGroupInput;
  DeleteMotherInput: DeleteMotherInput;
  DeleteMotherResult: DeleteMotherResult;
  DeletePoolGroupInput: DeletePoolGroupInput;
  DisableMotherInput: DisableMotherInput;
  EnableMotherInput: EnableMotherInput;
  ExpiringToken: ExpiringToken;
  GroupCapacity: GroupCapacity;
  ImportMothersInput: ImportMothersInput;
  IngestMotherInput: IngestMotherInput;
  IngestMotherResult: IngestMotherResult;
  MemberSyncReport: MemberSyncReport;
  Mother: MotherModel;
  MotherCounts: MotherCounts;
  MotherFilter: MotherFilter;
  MotherGroup: MotherGroupModel;
  MotherGroupPage: Omit<MotherGroupPage, 'items'> & { items: Array<ResolversParentTypes['MotherGroup']> };
  MotherGroupUsage: MotherGroupUsage | FederationReferenceTypes['MotherGroupUsage'];
  MotherHealthCounts: MotherHealthCounts;
  MotherImportLine: MotherImportLine;
  MotherImportResult: MotherImportResult;
  MotherPage: Omit<MotherPage, 'items'> & { items: Array<ResolversParentTypes['Mother']> };
  Mutation: Record<PropertyKey, never>;
  PlaceEmailInput: PlaceEmailInput;
  Placement: PlacementModel;
  PlacementResend: PlacementResend;
  PoolEvent: OutboxEventModel;
  PoolEventPage: Omit<PoolEventPage, 'events'> & { events: Array<ResolversParentTypes['PoolEvent']> };
  PoolGroup: PoolGroupModel;
  PoolGroupNamePreview: PoolGroupNamePreview;
  PoolGroupNamePreviewInput: PoolGroupNamePreviewInput;
  PoolGroupPage: Omit<PoolGroupPage, 'items'> & { items: Array<ResolversParentTypes['PoolGroup']> };
  PoolGroupUsage: PoolGroupUsage;
  PoolSyncMotherResult: PoolSyncMotherResult;
  PoolSyncResult: PoolSyncResult;
  Query: Record<PropertyKey, never>;
  RefreshMotherTeamsInput: RefreshMotherTeamsInput;
  ReleasePlacementInput: ReleasePlacementInput;
  RemoveChildAccountInput: RemoveChildAccountInput;
  ReplaceMotherTokenInput: ReplaceMotherTokenInput;
  RevokeApiKeyInput: RevokeApiKeyInput;
  Seat: SeatModel;
  SeatCounts: SeatCounts;
  SyncChildAccountsInput: SyncChildAccountsInput;
  SyncPoolGroupInput: SyncPoolGroupInput;
  Team: TeamModel;
  TeamCounts: TeamCounts;
  TeamInput: TeamInput;
  Trends: TrendWindowModel;
  UpdateMotherGroupInput: UpdateMotherGroupInput;
  UpdateMotherInput: UpdateMotherInput;
  UpdatePoolGroupInput: UpdatePoolGroupInput;
  UpdateTeamInput: UpdateTeamInput;
  UpdateTeamResult: Omit<UpdateTeamResult, 'mother'> & { mother: ResolversParentTypes['Mother'] };
  VerifiedApiKey: VerifiedApiKey;
};

export type ApiKeyResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keyPrefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ApiKeyPageResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['ApiKeyPage'] = ResolversParentTypes['ApiKeyPage']> = {
  items?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApplyTeamNameTemplateResultResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['ApplyTeamNameTemplateResult'] = ResolversParentTypes['ApplyTeamNameTemplateResult']> = {
  mother?: Resolver<ResolversTypes['Mother'], ParentType, ContextType>;
  renamed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BucketCountResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['BucketCount'] = ResolversParentTypes['BucketCount']> = {
  bucket?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChildAccountResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['ChildAccount'] = ResolversParentTypes['ChildAccount']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  memberId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  motherId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['ChildAccountOrigin'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ChildAccountStatus'], ParentType, ContextType>;
  teamId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChildAccountOriginResolvers = { CREATED: 'created', DISCOVERED: 'discovered' };

export type ChildAccountPageResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['ChildAccountPage'] = ResolversParentTypes['ChildAccountPage']> = {
  items?: Resolver<Array<ResolversTypes['ChildAccount']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChildAccountStatusResolvers = { ACTIVE: 'active', INVITED: 'invited', MISSING: 'missing' };

export type CreatedApiKeyResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['CreatedApiKey'] = ResolversParentTypes['CreatedApiKey']> = {
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signingSecret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DashboardResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['Dashboard'] = ResolversParentTypes['Dashboard'], FederationReferenceType extends FederationReferenceTypes['Dashboard'] = FederationReferenceTypes['Dashboard']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Dashboard']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  motherGroupUsage?: Resolver<Array<ResolversTypes['MotherGroupUsage']>, ParentType, ContextType>;
  motherHealth?: Resolver<ResolversTypes['MotherHealthCounts'], ParentType, ContextType>;
  mothers?: Resolver<ResolversTypes['MotherCounts'], ParentType, ContextType>;
  poolGroupUsage?: Resolver<Array<ResolversTypes['PoolGroupUsage']>, ParentType, ContextType>;
  seatUtilisation?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  seats?: Resolver<ResolversTypes['SeatCounts'], ParentType, ContextType>;
  sellableSeats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  teams?: Resolver<ResolversTypes['TeamCounts'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteMotherResultResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['DeleteMotherResult'] = ResolversParentTypes['DeleteMotherResult']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  releasedSeats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExpiringTokenResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['ExpiringToken'] = ResolversParentTypes['ExpiringToken']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  motherGroupId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  motherId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  motherName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  poolGroupId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type GroupCapacityResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['GroupCapacity'] = ResolversParentTypes['GroupCapacity']> = {
  free?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CapacityGroupKind'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportFormatResolvers = { AUTO: 'auto', JSON: 'json', JSONL: 'jsonl', TEXT: 'text' };

export type ImportLineStatusResolvers = { CREATED: 'created', FAILED: 'failed', UPDATED: 'updated', VALID: 'valid' };

export type IngestMotherResultResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['IngestMotherResult'] = ResolversParentTypes['IngestMotherResult']> = {
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  motherId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MemberSyncReportResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['MemberSyncReport'] = ResolversParentTypes['MemberSyncReport']> = {
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  discovered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  motherId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occupants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overflow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  released?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  teamsLost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MotherResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['Mother'] = ResolversParentTypes['Mother'], FederationReferenceType extends FederationReferenceTypes['Mother'] = FederationReferenceTypes['Mother']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Mother']> | FederationReferenceType, FederationReferenceType, ContextType>;
  children?: Resolver<Array<ResolversTypes['ChildAccount']>, ParentType, ContextType>;
  childrenCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  health?: Resolver<ResolversTypes['MotherHealth'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastHealthCheckAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastSeenAliveAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastSyncAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  motherGroup?: Resolver<Maybe<ResolversTypes['MotherGroup']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  poolGroup?: Resolver<Maybe<ResolversTypes['PoolGroup']>, ParentType, ContextType>;
  seatLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seats?: Resolver<Array<ResolversTypes['Seat']>, ParentType, ContextType>;
  seatsFree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seatsHeld?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seatsUsed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MotherStatus'], ParentType, ContextType>;
  statusChangedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType>;
  tokenExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  unrecordedMembers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  upstreamOccupants?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MotherCountsResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['MotherCounts'] = ResolversParentTypes['MotherCounts']> = {
  active?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invalid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MotherGroupResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['MotherGroup'] = ResolversParentTypes['MotherGroup']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  teamNameTemplate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MotherGroupPageResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['MotherGroupPage'] = ResolversParentTypes['MotherGroupPage']> = {
  items?: Resolver<Array<ResolversTypes['MotherGroup']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MotherGroupUsageResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['MotherGroupUsage'] = ResolversParentTypes['MotherGroupUsage'], FederationReferenceType extends FederationReferenceTypes['MotherGroupUsage'] = FederationReferenceTypes['MotherGroupUsage']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MotherGroupUsage']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeMothers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failingMothers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastHealthCheckAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  motherGroupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mothers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seats?: Resolver<ResolversTypes['SeatCounts'], ParentType, ContextType>;
};

export type MotherHealthResolvers = { FAILING: 'failing', HEALTHY: 'healthy', UNKNOWN: 'unknown' };

export type MotherHealthCountsResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['MotherHealthCounts'] = ResolversParentTypes['MotherHealthCounts']> = {
  failing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  healthy?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unknown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MotherImportLineResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['MotherImportLine'] = ResolversParentTypes['MotherImportLine']> = {
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  motherId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImportLineStatus'], ParentType, ContextType>;
};

export type MotherImportResultResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['MotherImportResult'] = ResolversParentTypes['MotherImportResult']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['MotherImportLine']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MotherPageResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['MotherPage'] = ResolversParentTypes['MotherPage']> = {
  items?: Resolver<Array<ResolversTypes['Mother']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MotherStatusResolvers = { ACTIVE: 'active', DISABLED: 'disabled', INVALID: 'invalid' };

export type MutationResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  abortPlacement?: Resolver<Maybe<ResolversTypes['Placement']>, ParentType, ContextType, RequireFields<MutationAbortPlacementArgs, 'idempotencyKey'>>;
  applyTeamNameTemplate?: Resolver<ResolversTypes['ApplyTeamNameTemplateResult'], ParentType, ContextType, RequireFields<MutationApplyTeamNameTemplateArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createChildAccount?: Resolver<ResolversTypes['ChildAccount'], ParentType, ContextType, RequireFields<MutationCreateChildAccountArgs, 'input'>>;
  createMother?: Resolver<ResolversTypes['Mother'], ParentType, ContextType, RequireFields<MutationCreateMotherArgs, 'input'>>;
  createMotherGroup?: Resolver<ResolversTypes['MotherGroup'], ParentType, ContextType, RequireFields<MutationCreateMotherGroupArgs, 'input'>>;
  createPoolGroup?: Resolver<ResolversTypes['PoolGroup'], ParentType, ContextType, RequireFields<MutationCreatePoolGroupArgs, 'input'>>;
  deleteMother?: Resolver<ResolversTypes['DeleteMotherResult'], ParentType, ContextType, RequireFields<MutationDeleteMotherArgs, 'input'>>;
  deleteMotherGroup?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteMotherGroupArgs, 'input'>>;
  deletePoolGroup?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeletePoolGroupArgs, 'input'>>;
  disableMother?: Resolver<ResolversTypes['Mother'], ParentType, ContextType, RequireFields<MutationDisableMotherArgs, 'input'>>;
  enableMother?: Resolver<ResolversTypes['Mother'], ParentType, ContextType, RequireFields<MutationEnableMotherArgs, 'input'>>;
  importMothers?: Resolver<ResolversTypes['MotherImportResult'], ParentType, ContextType, RequireFields<MutationImportMothersArgs, 'input'>>;
  ingestMother?: Resolver<ResolversTypes['IngestMotherResult'], ParentType, ContextType, RequireFields<MutationIngestMotherArgs, 'input'>>;
  placeEmail?: Resolver<ResolversTypes['Placement'], ParentType, ContextType, RequireFields<MutationPlaceEmailArgs, 'input'>>;
  refreshMotherTeams?: Resolver<ResolversTypes['Mother'], ParentType, ContextType, RequireFields<MutationRefreshMotherTeamsArgs, 'input'>>;
  releasePlacement?: Resolver<ResolversTypes['Placement'], ParentType, ContextType, RequireFields<MutationReleasePlacementArgs, 'input'>>;
  removeChildAccount?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRemoveChildAccountArgs, 'input'>>;
  replaceMotherToken?: Resolver<ResolversTypes['Mother'], ParentType, ContextType, RequireFields<MutationReplaceMotherTokenArgs, 'input'>>;
  resendPlacementInvite?: Resolver<ResolversTypes['Placement'], ParentType, ContextType, RequireFields<MutationResendPlacementInviteArgs, 'idempotencyKey'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'input'>>;
  syncChildAccounts?: Resolver<ResolversTypes['MemberSyncReport'], ParentType, ContextType, RequireFields<MutationSyncChildAccountsArgs, 'input'>>;
  syncPoolGroup?: Resolver<ResolversTypes['PoolSyncResult'], ParentType, ContextType, RequireFields<MutationSyncPoolGroupArgs, 'input'>>;
  updateMother?: Resolver<ResolversTypes['Mother'], ParentType, ContextType, RequireFields<MutationUpdateMotherArgs, 'input'>>;
  updateMotherGroup?: Resolver<ResolversTypes['MotherGroup'], ParentType, ContextType, RequireFields<MutationUpdateMotherGroupArgs, 'input'>>;
  updatePoolGroup?: Resolver<ResolversTypes['PoolGroup'], ParentType, ContextType, RequireFields<MutationUpdatePoolGroupArgs, 'input'>>;
  updateTeam?: Resolver<ResolversTypes['UpdateTeamResult'], ParentType, ContextType, RequireFields<MutationUpdateTeamArgs, 'input'>>;
};

export type PlacementResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['Placement'] = ResolversParentTypes['Placement']> = {
  alreadyMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  errorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  idempotencyKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inviteState?: Resolver<Maybe<ResolversTypes['PlacementInviteState']>, ParentType, ContextType>;
  motherId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  releaseReason?: Resolver<Maybe<ResolversTypes['ReleaseReason']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PlacementStatus'], ParentType, ContextType>;
  teamId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  teamName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PlacementInviteStateResolvers = { ACCEPTED: 'accepted', PENDING: 'pending' };

export type PlacementResendResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['PlacementResend'] = ResolversParentTypes['PlacementResend']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  placementKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resendKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PlacementStatusResolvers = { ABORTED: 'aborted', FAILED: 'failed', IN_FLIGHT: 'in_flight', PLACED: 'placed', RELEASED: 'released' };

export type PoolEventResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['PoolEvent'] = ResolversParentTypes['PoolEvent']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  motherId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placementKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  teamId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PoolEventPageResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['PoolEventPage'] = ResolversParentTypes['PoolEventPage']> = {
  cursor?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['PoolEvent']>, ParentType, ContextType>;
};

export type PoolGroupResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['PoolGroup'] = ResolversParentTypes['PoolGroup']> = {
  autoInvite?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  childEmailTemplate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  childNameTemplate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emailDomain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mothersCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  teamTemplate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PoolGroupNamePreviewResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['PoolGroupNamePreview'] = ResolversParentTypes['PoolGroupNamePreview']> = {
  childEmails?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  childNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  teamNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PoolGroupPageResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['PoolGroupPage'] = ResolversParentTypes['PoolGroupPage']> = {
  items?: Resolver<Array<ResolversTypes['PoolGroup']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PoolGroupUsageResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['PoolGroupUsage'] = ResolversParentTypes['PoolGroupUsage']> = {
  activeMothers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  childAccounts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failingMothers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastHealthCheckAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  mothers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  poolGroupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seats?: Resolver<ResolversTypes['SeatCounts'], ParentType, ContextType>;
};

export type PoolSyncMotherResultResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['PoolSyncMotherResult'] = ResolversParentTypes['PoolSyncMotherResult']> = {
  errors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  invited?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  motherId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  renamed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sync?: Resolver<Maybe<ResolversTypes['MemberSyncReport']>, ParentType, ContextType>;
};

export type PoolSyncResultResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['PoolSyncResult'] = ResolversParentTypes['PoolSyncResult']> = {
  mothers?: Resolver<Array<ResolversTypes['PoolSyncMotherResult']>, ParentType, ContextType>;
  poolGroupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiKeys?: Resolver<ResolversTypes['ApiKeyPage'], ParentType, ContextType, RequireFields<QueryApiKeysArgs, 'includeRevoked' | 'page' | 'pageSize'>>;
  childAccounts?: Resolver<ResolversTypes['ChildAccountPage'], ParentType, ContextType, RequireFields<QueryChildAccountsArgs, 'page' | 'pageSize'>>;
  expiringTokens?: Resolver<Array<ResolversTypes['ExpiringToken']>, ParentType, ContextType, RequireFields<QueryExpiringTokensArgs, 'withinDays'>>;
  mother?: Resolver<Maybe<ResolversTypes['Mother']>, ParentType, ContextType, RequireFields<QueryMotherArgs, 'id'>>;
  motherGroupExists?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<QueryMotherGroupExistsArgs, 'id'>>;
  motherGroups?: Resolver<ResolversTypes['MotherGroupPage'], ParentType, ContextType, RequireFields<QueryMotherGroupsArgs, 'page' | 'pageSize'>>;
  mothers?: Resolver<ResolversTypes['MotherPage'], ParentType, ContextType, RequireFields<QueryMothersArgs, 'page' | 'pageSize'>>;
  placement?: Resolver<Maybe<ResolversTypes['Placement']>, ParentType, ContextType, RequireFields<QueryPlacementArgs, 'idempotencyKey'>>;
  placementResend?: Resolver<Maybe<ResolversTypes['PlacementResend']>, ParentType, ContextType, RequireFields<QueryPlacementResendArgs, 'resendKey'>>;
  poolEvents?: Resolver<ResolversTypes['PoolEventPage'], ParentType, ContextType, RequireFields<QueryPoolEventsArgs, 'limit'>>;
  poolGroup?: Resolver<Maybe<ResolversTypes['PoolGroup']>, ParentType, ContextType, RequireFields<QueryPoolGroupArgs, 'id'>>;
  poolGroupNamePreview?: Resolver<ResolversTypes['PoolGroupNamePreview'], ParentType, ContextType, RequireFields<QueryPoolGroupNamePreviewArgs, 'input'>>;
  poolGroups?: Resolver<ResolversTypes['PoolGroupPage'], ParentType, ContextType, RequireFields<QueryPoolGroupsArgs, 'page' | 'pageSize'>>;
  seatCapacity?: Resolver<Array<ResolversTypes['GroupCapacity']>, ParentType, ContextType>;
  verifyApiKey?: Resolver<Maybe<ResolversTypes['VerifiedApiKey']>, ParentType, ContextType, RequireFields<QueryVerifyApiKeyArgs, 'key'>>;
};

export type ReleaseReasonResolvers = { CANCEL: 'cancel', EXPIRE: 'expire', REMOVE: 'remove', SWITCH: 'switch' };

export type SeatResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['Seat'] = ResolversParentTypes['Seat']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  heldUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  origin?: Resolver<Maybe<ResolversTypes['SeatOrigin']>, ParentType, ContextType>;
  slotIndex?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SeatStatus'], ParentType, ContextType>;
  teamId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SeatCountsResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['SeatCounts'] = ResolversParentTypes['SeatCounts']> = {
  free?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  held?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  used?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SeatOriginResolvers = { CHILD: 'child', PLACEMENT: 'placement' };

export type SeatStatusResolvers = { FREE: 'free', HELD: 'held', USED: 'used' };

export type TeamResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team']> = {
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lostAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  teamId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TeamCountsResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['TeamCounts'] = ResolversParentTypes['TeamCounts']> = {
  enabled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrendsResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['Trends'] = ResolversParentTypes['Trends'], FederationReferenceType extends FederationReferenceTypes['Trends'] = FederationReferenceTypes['Trends']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Trends']> | FederationReferenceType, FederationReferenceType, ContextType>;
  buckets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['TrendGranularity'], ParentType, ContextType>;
  mothersAddedCounts?: Resolver<Array<ResolversTypes['BucketCount']>, ParentType, ContextType>;
  mothersLostCounts?: Resolver<Array<ResolversTypes['BucketCount']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type UpdateTeamResultResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['UpdateTeamResult'] = ResolversParentTypes['UpdateTeamResult']> = {
  mother?: Resolver<ResolversTypes['Mother'], ParentType, ContextType>;
  renamedUpstream?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type VerifiedApiKeyResolvers<ContextType = PoolContext, ParentType extends ResolversParentTypes['VerifiedApiKey'] = ResolversParentTypes['VerifiedApiKey']> = {
  keyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = PoolContext> = {
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyPage?: ApiKeyPageResolvers<ContextType>;
  ApplyTeamNameTemplateResult?: ApplyTeamNameTemplateResultResolvers<ContextType>;
  BucketCount?: BucketCountResolvers<ContextType>;
  ChildAccount?: ChildAccountResolvers<ContextType>;
  ChildAccountOrigin?: ChildAccountOriginResolvers;
  ChildAccountPage?: ChildAccountPageResolvers<ContextType>;
  ChildAccountStatus?: ChildAccountStatusResolvers;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  Dashboard?: DashboardResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteMotherResult?: DeleteMotherResultResolvers<ContextType>;
  ExpiringToken?: ExpiringTokenResolvers<ContextType>;
  GroupCapacity?: GroupCapacityResolvers<ContextType>;
  ImportFormat?: ImportFormatResolvers;
  ImportLineStatus?: ImportLineStatusResolvers;
  IngestMotherResult?: IngestMotherResultResolvers<ContextType>;
  MemberSyncReport?: MemberSyncReportResolvers<ContextType>;
  Mother?: MotherResolvers<ContextType>;
  MotherCounts?: MotherCountsResolvers<ContextType>;
  MotherGroup?: MotherGroupResolvers<ContextType>;
  MotherGroupPage?: MotherGroupPageResolvers<ContextType>;
  MotherGroupUsage?: MotherGroupUsageResolvers<ContextType>;
  MotherHealth?: MotherHealthResolvers;
  MotherHealthCounts?: MotherHealthCountsResolvers<ContextType>;
  MotherImportLine?: MotherImportLineResolvers<ContextType>;
  MotherImportResult?: MotherImportResultResolvers<ContextType>;
  MotherPage?: MotherPageResolvers<ContextType>;
  MotherStatus?: MotherStatusResolvers;
  Mutation?: MutationResolvers<ContextType>;
  Placement?: PlacementResolvers<ContextType>;
  PlacementInviteState?: PlacementInviteStateResolvers;
  PlacementResend?: PlacementResendResolvers<ContextType>;
  PlacementStatus?: PlacementStatusResolvers;
  PoolEvent?: PoolEventResolvers<ContextType>;
  PoolEventPage?: PoolEventPageResolvers<ContextType>;
  PoolGroup?: PoolGroupResolvers<ContextType>;
  PoolGroupNamePreview?: PoolGroupNamePreviewResolvers<ContextType>;
  PoolGroupPage?: PoolGroupPageResolvers<ContextType>;
  PoolGroupUsage?: PoolGroupUsageResolvers<ContextType>;
  PoolSyncMotherResult?: PoolSyncMotherResultResolvers<ContextType>;
  PoolSyncResult?: PoolSyncResultResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReleaseReason?: ReleaseReasonResolvers;
  Seat?: SeatResolvers<ContextType>;
  SeatCounts?: SeatCountsResolvers<ContextType>;
  SeatOrigin?: SeatOriginResolvers;
  SeatStatus?: SeatStatusResolvers;
  Team?: TeamResolvers<ContextType>;
  TeamCounts?: TeamCountsResolvers<ContextType>;
  Trends?: TrendsResolvers<ContextType>;
  UpdateTeamResult?: UpdateTeamResultResolvers<ContextType>;
  VerifiedApiKey?: VerifiedApiKeyResolvers<ContextType>;
};

