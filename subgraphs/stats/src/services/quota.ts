/** The two figures `codeQuota` needs; each comes from the domain that owns the data (`@requires`). */
export interface QuotaInputs {
  /** Pool: free seats on ACTIVE mothers that have an enabled team. */
  sellableSeats: number;
  /** Users: unused codes that have not expired. */
  redeemableCodes: number;
}

/** Seats that are still sellable after every redeemable code has been used; negative = oversold. */
export function codeQuota({ sellableSeats, redeemableCodes }: QuotaInputs): number {
  return sellableSeats - redeemableCodes;
}
