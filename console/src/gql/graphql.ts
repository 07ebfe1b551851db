/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AdminLoginInput = {
  password: string;
};

export type CodeStatus =
  | 'DISABLED'
  | 'EXPIRED'
  | 'RESERVED'
  | 'UNUSED'
  | 'USED';

export type InviteStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'FAILED'
  | 'PENDING'
  /** The member was removed (or the seat given up after acceptance). */
  | 'REMOVED'
  | 'SENT';

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

export type SwitchStatus =
  /** No seat is free: the request waits in the queue and the email keeps its current seat meanwhile. */
  | 'QUEUED'
  /** The email was invited into a team on another mother; its old seat is being given up. */
  | 'SWITCHED';

export type AdminLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AdminLogoutMutation = { __typename: 'Mutation', adminLogout: boolean };

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


export const AdminLogoutDocument = {"__meta__":{"hash":"7a3ee6d617fae5f5ef1789a4fa2ca1d04c5c36ec2e81fdddb696687fb2bab937"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"adminLogout"}}]}}]} as unknown as DocumentNode<AdminLogoutMutation, AdminLogoutMutationVariables>;
export const AdminLoginDocument = {"__meta__":{"hash":"889253b3f03343fa6eae6dc92bfec8f971682232e19558a57768e6745f540500"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"adminLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<AdminLoginMutation, AdminLoginMutationVariables>;
export const RedeemDocument = {"__meta__":{"hash":"d54d609477a8b397ef8f821c2c04edeb60c334377982d98fac535999bd375f55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Redeem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedeemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"redeem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"inviteRequestId"}}]}}]}}]} as unknown as DocumentNode<RedeemMutation, RedeemMutationVariables>;
export const RedeemStatusDocument = {"__meta__":{"hash":"d3796d3d484289c74df87397a85f1289babfeda5a8f2676cc4f34cc1e42539cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RedeemStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"redeemStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"codeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"inviteStatus"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"switchesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"refreshesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"switchQueued"}}]}}]}}]} as unknown as DocumentNode<RedeemStatusQuery, RedeemStatusQueryVariables>;
export const ResendRedeemInviteDocument = {"__meta__":{"hash":"2d1f39eab9872b72e0d8fe4263f37f3db907eafa2d48ac7ae6f0f001e27e5586"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendRedeemInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResendRedeemInviteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resendRedeemInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inviteStatus"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}}]}}]}}]} as unknown as DocumentNode<ResendRedeemInviteMutation, ResendRedeemInviteMutationVariables>;
export const RequestSwitchDocument = {"__meta__":{"hash":"13dd1979c6aa49b162e68920a0085eb3c695821a838741f59ce9f4fb39472a01"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSwitch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestSwitchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestSwitch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"switchesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"refreshesLeft"}}]}}]}}]} as unknown as DocumentNode<RequestSwitchMutation, RequestSwitchMutationVariables>;
export const RefreshCodeDocument = {"__meta__":{"hash":"e13370fc6d2f2e24273a8fd6d04aff46150a3c3c441e448756278e14fa4ca731"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"refreshCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"switchesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"refreshesLeft"}}]}}]}}]} as unknown as DocumentNode<RefreshCodeMutation, RefreshCodeMutationVariables>;