/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A placement request (internal: users service only). */
export type PlaceEmailInput = {
  /** The email to invite. */
  email: string;
  /** Mothers not to use (e.g. the current one of a switch). */
  excludeMotherIds?: Array<string | number> | null | undefined;
  /** Chosen by the caller; the same key always answers with the same placement. */
  idempotencyKey: string;
  /** Only mothers of this group; without it only ungrouped mothers are used. */
  motherGroupId?: string | number | null | undefined;
  /** Prefer teams this email was placed in before (a returning user), when they have room. */
  preferRecentTeams?: boolean | null | undefined;
};

/** Whether the invitee joined (internal). */
export type PlacementInviteState =
  /** A member upstream. */
  | 'ACCEPTED'
  /** Invited, not a member yet. */
  | 'PENDING';

/** Where a placement stands (internal). */
export type PlacementStatus =
  /** Aborted by the caller; never becomes PLACED. */
  | 'ABORTED'
  /** No seat could be used; see `errorCode`. */
  | 'FAILED'
  /** An upstream call for this key is still running. */
  | 'IN_FLIGHT'
  /** The email is invited (or already was) and holds a used seat. */
  | 'PLACED'
  /** Was PLACED; the seat was given up (see `releaseReason`). */
  | 'RELEASED';

/** Which placement to release and why (internal: users service only). */
export type ReleasePlacementInput = {
  /** The key of a PLACED placement; releasing a released one answers it unchanged. */
  idempotencyKey: string;
  /** Why: recorded on the placement and in the outbox event. */
  reason: ReleaseReason;
};

/** Why a placed seat was given up (internal). */
export type ReleaseReason =
  /** An operator cancelled the pending invite. */
  | 'CANCEL'
  /** The code's lifecycle ended. */
  | 'EXPIRE'
  /** An operator removed the member. */
  | 'REMOVE'
  /** The user moved to another team (switch): the old seat is given up after the new one is placed. */
  | 'SWITCH';

export type PlacementFieldsFragment = { idempotencyKey: string, status: PlacementStatus, email: string, motherId: string | null, teamId: string | null, teamName: string | null, alreadyMember: boolean, errorCode: string | null, inviteState: PlacementInviteState | null, releaseReason: ReleaseReason | null };

export type PlaceEmailMutationVariables = Exact<{
  input: PlaceEmailInput;
}>;


export type PlaceEmailMutation = { placeEmail: { idempotencyKey: string, status: PlacementStatus, email: string, motherId: string | null, teamId: string | null, teamName: string | null, alreadyMember: boolean, errorCode: string | null, inviteState: PlacementInviteState | null, releaseReason: ReleaseReason | null } };

export type PlacementQueryVariables = Exact<{
  key: string;
}>;


export type PlacementQuery = { placement: { idempotencyKey: string, status: PlacementStatus, email: string, motherId: string | null, teamId: string | null, teamName: string | null, alreadyMember: boolean, errorCode: string | null, inviteState: PlacementInviteState | null, releaseReason: ReleaseReason | null } | null };

export type AbortPlacementMutationVariables = Exact<{
  key: string;
}>;


export type AbortPlacementMutation = { abortPlacement: { idempotencyKey: string, status: PlacementStatus, email: string, motherId: string | null, teamId: string | null, teamName: string | null, alreadyMember: boolean, errorCode: string | null, inviteState: PlacementInviteState | null, releaseReason: ReleaseReason | null } | null };

export type ReleasePlacementMutationVariables = Exact<{
  input: ReleasePlacementInput;
}>;


export type ReleasePlacementMutation = { releasePlacement: { idempotencyKey: string, status: PlacementStatus, email: string, motherId: string | null, teamId: string | null, teamName: string | null, alreadyMember: boolean, errorCode: string | null, inviteState: PlacementInviteState | null, releaseReason: ReleaseReason | null } };

export type ResendPlacementInviteMutationVariables = Exact<{
  key: string;
  resendKey?: string | null | undefined;
}>;


export type ResendPlacementInviteMutation = { resendPlacementInvite: { idempotencyKey: string, status: PlacementStatus, email: string, motherId: string | null, teamId: string | null, teamName: string | null, alreadyMember: boolean, errorCode: string | null, inviteState: PlacementInviteState | null, releaseReason: ReleaseReason | null } };

export type PlacementResendQueryVariables = Exact<{
  resendKey: string;
}>;


export type PlacementResendQuery = { placementResend: { resendKey: string, placementKey: string, createdAt: string } | null };

export type MotherGroupExistsQueryVariables = Exact<{
  id: string | number;
}>;


export type MotherGroupExistsQuery = { motherGroupExists: boolean };

export type PoolEventsQueryVariables = Exact<{
  after?: string | number | null | undefined;
  limit?: number | null | undefined;
}>;


export type PoolEventsQuery = { poolEvents: { cursor: string | null, events: Array<{ id: string, type: string, motherId: string | null, teamId: string | null, placementKey: string | null, email: string | null, payload: string, createdAt: string }> } };

export const PlacementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"motherId"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyMember"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"inviteState"}},{"kind":"Field","name":{"kind":"Name","value":"releaseReason"}}]}}]} as unknown as DocumentNode<PlacementFieldsFragment, unknown>;
export const PlaceEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"motherId"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyMember"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"inviteState"}},{"kind":"Field","name":{"kind":"Name","value":"releaseReason"}}]}}]} as unknown as DocumentNode<PlaceEmailMutation, PlaceEmailMutationVariables>;
export const PlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Placement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"motherId"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyMember"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"inviteState"}},{"kind":"Field","name":{"kind":"Name","value":"releaseReason"}}]}}]} as unknown as DocumentNode<PlacementQuery, PlacementQueryVariables>;
export const AbortPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AbortPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abortPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"motherId"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyMember"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"inviteState"}},{"kind":"Field","name":{"kind":"Name","value":"releaseReason"}}]}}]} as unknown as DocumentNode<AbortPlacementMutation, AbortPlacementMutationVariables>;
export const ReleasePlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleasePlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReleasePlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releasePlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"motherId"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyMember"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"inviteState"}},{"kind":"Field","name":{"kind":"Name","value":"releaseReason"}}]}}]} as unknown as DocumentNode<ReleasePlacementMutation, ReleasePlacementMutationVariables>;
export const ResendPlacementInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendPlacementInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resendKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendPlacementInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"resendKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resendKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"motherId"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyMember"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"inviteState"}},{"kind":"Field","name":{"kind":"Name","value":"releaseReason"}}]}}]} as unknown as DocumentNode<ResendPlacementInviteMutation, ResendPlacementInviteMutationVariables>;
export const PlacementResendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementResend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resendKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placementResend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resendKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resendKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendKey"}},{"kind":"Field","name":{"kind":"Name","value":"placementKey"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<PlacementResendQuery, PlacementResendQueryVariables>;
export const MotherGroupExistsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MotherGroupExists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"motherGroupExists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<MotherGroupExistsQuery, MotherGroupExistsQueryVariables>;
export const PoolEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PoolEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poolEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"motherId"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"placementKey"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]} as unknown as DocumentNode<PoolEventsQuery, PoolEventsQueryVariables>;