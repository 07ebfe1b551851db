/**
 * How a redeem code and an email address are normalised, in one place for the service that owns
 * them (users) and the gateway that rate-limits by them: a limit keyed by anything else could be
 * dodged by typing the same subject differently (padding, case, dashes).
 */

/** Trims and upper-cases; dashes and whitespace are optional when typing a code. */
export const normalizeCodeText = (input: string): string => input.trim().toUpperCase().replace(/[\s-]+/g, '');

/** Trims and lower-cases an email address. */
export const normalizeEmailText = (input: string): string => input.trim().toLowerCase();
