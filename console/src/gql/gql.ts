/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation AdminLogout {\n  adminLogout\n}": typeof types.AdminLogoutDocument,
    "mutation AdminLogin($input: AdminLoginInput!) {\n  adminLogin(input: $input) {\n    token\n    expiresAt\n  }\n}": typeof types.AdminLoginDocument,
    "mutation Redeem($input: RedeemInput!) {\n  redeem(input: $input) {\n    status\n    teamName\n    inviteRequestId\n  }\n}\n\nquery RedeemStatus($code: String!, $email: String!) {\n  redeemStatus(code: $code, email: $email) {\n    codeStatus\n    inviteStatus\n    teamName\n    expiresAt\n    lifecycleEndsAt\n    switchesLeft\n    refreshesLeft\n    switchQueued\n  }\n}\n\nmutation ResendRedeemInvite($input: ResendRedeemInviteInput!) {\n  resendRedeemInvite(input: $input) {\n    inviteStatus\n    teamName\n  }\n}\n\nmutation RequestSwitch($input: RequestSwitchInput!) {\n  requestSwitch(input: $input) {\n    status\n    teamName\n    switchesLeft\n    refreshesLeft\n  }\n}\n\nmutation RefreshCode($input: RefreshCodeInput!) {\n  refreshCode(input: $input) {\n    status\n    teamName\n    switchesLeft\n    refreshesLeft\n  }\n}": typeof types.RedeemDocument,
};
const documents: Documents = {
    "mutation AdminLogout {\n  adminLogout\n}": types.AdminLogoutDocument,
    "mutation AdminLogin($input: AdminLoginInput!) {\n  adminLogin(input: $input) {\n    token\n    expiresAt\n  }\n}": types.AdminLoginDocument,
    "mutation Redeem($input: RedeemInput!) {\n  redeem(input: $input) {\n    status\n    teamName\n    inviteRequestId\n  }\n}\n\nquery RedeemStatus($code: String!, $email: String!) {\n  redeemStatus(code: $code, email: $email) {\n    codeStatus\n    inviteStatus\n    teamName\n    expiresAt\n    lifecycleEndsAt\n    switchesLeft\n    refreshesLeft\n    switchQueued\n  }\n}\n\nmutation ResendRedeemInvite($input: ResendRedeemInviteInput!) {\n  resendRedeemInvite(input: $input) {\n    inviteStatus\n    teamName\n  }\n}\n\nmutation RequestSwitch($input: RequestSwitchInput!) {\n  requestSwitch(input: $input) {\n    status\n    teamName\n    switchesLeft\n    refreshesLeft\n  }\n}\n\nmutation RefreshCode($input: RefreshCodeInput!) {\n  refreshCode(input: $input) {\n    status\n    teamName\n    switchesLeft\n    refreshesLeft\n  }\n}": types.RedeemDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminLogout {\n  adminLogout\n}"): (typeof documents)["mutation AdminLogout {\n  adminLogout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminLogin($input: AdminLoginInput!) {\n  adminLogin(input: $input) {\n    token\n    expiresAt\n  }\n}"): (typeof documents)["mutation AdminLogin($input: AdminLoginInput!) {\n  adminLogin(input: $input) {\n    token\n    expiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Redeem($input: RedeemInput!) {\n  redeem(input: $input) {\n    status\n    teamName\n    inviteRequestId\n  }\n}\n\nquery RedeemStatus($code: String!, $email: String!) {\n  redeemStatus(code: $code, email: $email) {\n    codeStatus\n    inviteStatus\n    teamName\n    expiresAt\n    lifecycleEndsAt\n    switchesLeft\n    refreshesLeft\n    switchQueued\n  }\n}\n\nmutation ResendRedeemInvite($input: ResendRedeemInviteInput!) {\n  resendRedeemInvite(input: $input) {\n    inviteStatus\n    teamName\n  }\n}\n\nmutation RequestSwitch($input: RequestSwitchInput!) {\n  requestSwitch(input: $input) {\n    status\n    teamName\n    switchesLeft\n    refreshesLeft\n  }\n}\n\nmutation RefreshCode($input: RefreshCodeInput!) {\n  refreshCode(input: $input) {\n    status\n    teamName\n    switchesLeft\n    refreshesLeft\n  }\n}"): (typeof documents)["mutation Redeem($input: RedeemInput!) {\n  redeem(input: $input) {\n    status\n    teamName\n    inviteRequestId\n  }\n}\n\nquery RedeemStatus($code: String!, $email: String!) {\n  redeemStatus(code: $code, email: $email) {\n    codeStatus\n    inviteStatus\n    teamName\n    expiresAt\n    lifecycleEndsAt\n    switchesLeft\n    refreshesLeft\n    switchQueued\n  }\n}\n\nmutation ResendRedeemInvite($input: ResendRedeemInviteInput!) {\n  resendRedeemInvite(input: $input) {\n    inviteStatus\n    teamName\n  }\n}\n\nmutation RequestSwitch($input: RequestSwitchInput!) {\n  requestSwitch(input: $input) {\n    status\n    teamName\n    switchesLeft\n    refreshesLeft\n  }\n}\n\nmutation RefreshCode($input: RefreshCodeInput!) {\n  refreshCode(input: $input) {\n    status\n    teamName\n    switchesLeft\n    refreshesLeft\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;