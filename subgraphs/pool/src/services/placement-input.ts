import { RELEASE_REASONS, type ReleaseReason } from '../entities/placement.entity';
import { bad } from './common';

export interface PlaceEmailInput {
  idempotencyKey: string;
  email: string;
  motherGroupId?: string | null;
  excludeMotherIds?: string[] | null;
  preferRecentTeams?: boolean | null;
}

export interface PlaceRequest {
  key: string;
  /** Trimmed and lower-cased: the ledger compares emails exactly. */
  email: string;
  motherGroupId: string | null;
  excludeMotherIds: string[];
  preferRecentTeams: boolean;
}

export interface ReleasePlacementInput {
  idempotencyKey: string;
  /** Already mapped from the GraphQL enum (lower case). */
  reason: ReleaseReason;
}

const KEY = /^[\x21-\x7e]{1,200}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An idempotency key: 1 to 200 printable ASCII characters, no spaces. */
export function validateKey(key: string): string {
  if (!KEY.test(key)) throw bad('idempotencyKey must be 1 to 200 printable ASCII characters without spaces.');
  return key;
}

const RESEND_KEY = /^[\x21-\x7e]{1,100}$/;

/** A resend key: 1 to 100 printable ASCII characters, no spaces. */
export function validateResendKey(key: string): string {
  if (!RESEND_KEY.test(key)) throw bad('resendKey must be 1 to 100 printable ASCII characters without spaces.');
  return key;
}

/** A trimmed, lower-cased email address (at most 254 characters). */
export function validateEmail(raw: string, field = 'email'): string {
  const email = raw.trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email)) throw bad(`${field} is not a valid email address.`);
  return email;
}

export function validatePlaceInput(input: PlaceEmailInput): PlaceRequest {
  const email = validateEmail(input.email);
  const motherGroupId = input.motherGroupId?.trim() || null;
  if (motherGroupId && motherGroupId.length > 64) throw bad('motherGroupId must be at most 64 characters.');
  const excludeMotherIds = input.excludeMotherIds ?? [];
  if (excludeMotherIds.length > 100) throw bad('excludeMotherIds may list at most 100 mothers.');
  return { key: validateKey(input.idempotencyKey), email, motherGroupId, excludeMotherIds, preferRecentTeams: input.preferRecentTeams === true };
}

export function validateRelease(input: ReleasePlacementInput): ReleasePlacementInput {
  if (!RELEASE_REASONS.includes(input.reason)) throw bad('reason must be SWITCH, CANCEL, REMOVE or EXPIRE.');
  return { idempotencyKey: validateKey(input.idempotencyKey), reason: input.reason };
}
