/** The two figures an acceptance rate needs; users owns both (`@requires`). */
export interface InviteOutcome {
  /** Invite requests whose invite reached the upstream. */
  invitesDelivered: number;
  /** Of those, the ones the invitee accepted (even if the seat was later given up). */
  invitesAccepted: number;
}

/** accepted / delivered, rounded to 4 decimals; null when nothing was delivered (no rate, not 0 %). */
export function acceptanceRate({ invitesDelivered, invitesAccepted }: InviteOutcome): number | null {
  if (!invitesDelivered) return null;
  return Math.round((invitesAccepted / invitesDelivered) * 10_000) / 10_000;
}
