import { randomBytes } from 'node:crypto';
import { AppError, keyedHash, normalizeCodeText } from '@seatpool/kit';

/** 32 symbols without the look-alikes 0/O and 1/I, so a code read aloud or retyped stays valid. */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const BODY_LENGTH = 16; // 16 × 5 bits = 80 bits of randomness
const GROUP = 4;
const NORMALIZED = new RegExp(`^[${CODE_ALPHABET}]{${BODY_LENGTH},${BODY_LENGTH + 12}}$`);
const PREFIX = new RegExp(`^[${CODE_ALPHABET}]{1,12}$`);

/** Trims and upper-cases; dashes and inner spaces are optional when typing a code. Null when it cannot be a code. */
export function normalizeCode(input: string): string | null {
  const normalized = normalizeCodeText(input); // shared with the gateway's per-code rate limit
  return NORMALIZED.test(normalized) ? normalized : null;
}

/** Like `normalizeCode`, for user input: a malformed code is BAD_USER_INPUT. */
export function parseCode(input: string): string {
  const normalized = normalizeCode(input);
  if (!normalized) throw new AppError('BAD_USER_INPUT', { detail: 'The code is malformed.' });
  return normalized;
}

/** Normalizes an optional batch prefix; anything outside the code alphabet is BAD_USER_INPUT. */
export function parsePrefix(input: string | null | undefined): string | null {
  if (input === null || input === undefined) return null;
  const prefix = input.trim().toUpperCase();
  if (!PREFIX.test(prefix)) {
    throw new AppError('BAD_USER_INPUT', { detail: `prefix must be 1 to 12 characters from ${CODE_ALPHABET}.` });
  }
  return prefix;
}

/** A new random code, formatted `PREFIX-XXXX-XXXX-XXXX-XXXX` (the prefix is optional). */
export function randomCode(prefix: string | null): string {
  // 256 is a multiple of 32, so `byte & 31` picks every symbol with the same probability.
  const body = [...randomBytes(BODY_LENGTH)].map((b) => CODE_ALPHABET[b & 31]).join('');
  const groups = body.match(new RegExp(`.{${GROUP}}`, 'g')) as string[];
  return [...(prefix ? [prefix] : []), ...groups].join('-');
}

/** The lookup key of a normalized code: an HMAC, so a leaked table does not reveal codes. */
export function codeHash(hashKey: Buffer, normalized: string): string {
  return keyedHash(hashKey, `code:${normalized}`);
}
