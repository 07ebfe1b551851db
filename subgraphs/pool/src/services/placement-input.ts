import { AppError } from '@seatpool/kit';

export interface PlaceEmailInput {
  idempotencyKey: string;
  email: string;
  motherGroupId?: string | null;
  excludeMotherIds?: string[] | null;
}

export interface PlaceRequest {
  key: string;
  /** Trimmed and lower-cased: the ledger compares emails exactly. */
  email: string;
  motherGroupId: string | null;
  excludeMotherIds: string[];
}

const KEY = /^[\x21-\x7e]{1,200}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const bad = (detail: string) => new AppError('BAD_USER_INPUT', { detail });

/** An idempotency key: 1 to 200 printable ASCII characters, no spaces. */
export function validateKey(key: string): string {
  if (!KEY.test(key)) throw bad('idempotencyKey must be 1 to 200 printable ASCII characters without spaces.');
  return key;
}

export function validatePlaceInput(input: PlaceEmailInput): PlaceRequest {
  const email = input.email.trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email)) throw bad('email is not a valid email address.');
  const motherGroupId = input.motherGroupId?.trim() || null;
  if (motherGroupId && motherGroupId.length > 64) throw bad('motherGroupId must be at most 64 characters.');
  const excludeMotherIds = input.excludeMotherIds ?? [];
  if (excludeMotherIds.length > 100) throw bad('excludeMotherIds may list at most 100 mothers.');
  return { key: validateKey(input.idempotencyKey), email, motherGroupId, excludeMotherIds };
}
