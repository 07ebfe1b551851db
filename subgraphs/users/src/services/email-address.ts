import { AppError, normalizeEmailText } from '@seatpool/kit';

// Pragmatic RFC 5322 subset: dot-atom local part, a dotted domain whose labels do not start or
// end with a hyphen, and an alphabetic TLD. Quoted local parts and IP literals are refused.
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Trims and lower-cases an email; BAD_USER_INPUT when it is not a plausible address (≤ 254 chars). */
export function parseEmail(input: string): string {
  const email = normalizeEmailText(input); // shared with the gateway's per-email rate limit
  if (email.length > 254 || email.split('@')[0].length > 64 || !EMAIL.test(email)) {
    throw new AppError('BAD_USER_INPUT', { detail: 'The email address is not valid.' });
  }
  return email;
}
