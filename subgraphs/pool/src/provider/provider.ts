/**
 * The upstream team API as pool sees it. One HTTP implementation (`http-provider.ts`) talks to
 * the sandbox by default and to the real upstream in production; every failure is a ProviderError.
 */

/** Which mother and workspace a call acts for; `motherId` keys the circuit breaker. */
export interface TeamAccess {
  token: string;
  motherId: string;
  teamId: string;
}

/** One workspace the token can see. */
export interface UpstreamAccount {
  accountId: string;
  name: string | null;
  planType: string | null;
  /** False when the workspace is deactivated or its subscription has lapsed. */
  active: boolean;
}

/** `already_member` covers "already a member" and "already invited": both are idempotent successes. */
export interface InviteResult {
  outcome: 'invited' | 'already_member';
}

export interface UpstreamInvite {
  id: string;
  email: string;
  createdAt: string | null;
}

export interface UpstreamMember {
  id: string;
  email: string;
  role: string | null;
}

/** The workspace owner is listed as a member but never occupies a seat. */
export const isOwner = (m: UpstreamMember) => m.role === 'account-owner';

export interface UpstreamProvider {
  /** The workspaces a token can see; `motherId` (when the mother exists) puts the call behind its breaker. */
  checkAccount(token: string, motherId?: string): Promise<UpstreamAccount[]>;
  invite(team: TeamAccess, email: string): Promise<InviteResult>;
  listInvites(team: TeamAccess): Promise<UpstreamInvite[]>;
  /** Cancels a pending invite: true when one was cancelled, false when there was none (already gone). */
  cancelInvite(team: TeamAccess, email: string): Promise<boolean>;
  listMembers(team: TeamAccess): Promise<UpstreamMember[]>;
  /** Removes a member; a member that is already gone counts as removed. */
  removeMember(team: TeamAccess, userId: string): Promise<void>;
  /** Renames the workspace upstream; `unsupported` when the upstream has no rename endpoint. */
  renameTeam(team: TeamAccess, name: string): Promise<'renamed' | 'unsupported'>;
  /** Circuit breakers by state (for the metrics scrape). */
  circuitStates(): Record<CircuitStateName, number>;
}

export type CircuitStateName = 'closed' | 'open' | 'half_open';
