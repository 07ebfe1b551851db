import { bad } from './common';

export interface TeamInput {
  teamId: string;
  name?: string | null;
  isDefault?: boolean | null;
}

export interface CreateMotherInput {
  name: string;
  accessToken: string;
  seatLimit?: number | null;
  teams?: TeamInput[] | null;
  notes?: string | null;
  tokenExpiresAt?: Date | null;
  motherGroupId?: string | null;
  poolGroupId?: string | null;
}

/** A token as pool keeps it: trimmed, without `Bearer `, with what its JWT claims say. */
export interface TokenInfo {
  token: string;
  tokenExpiresAt: Date | null;
  /** The upstream user (JWT `sub` or the auth claim's `user_id`): one mother per upstream account. */
  upstreamUserId: string | null;
  /** The account's email from the JWT, used as the name when none is given. */
  email: string | null;
}

export interface ValidMotherInput extends TokenInfo {
  name: string;
  seatLimit: number;
  teams: { teamId: string; name: string | null; isDefault: boolean }[] | null;
  notes: string | null;
  motherGroupId: string | null;
  poolGroupId: string | null;
}

const MAX_TOKEN_BYTES = 8 * 1024;
const TOKEN_CHARS = /^[A-Za-z0-9._~+/=-]+$/;
const TEAM_ID = /^[A-Za-z0-9._:-]{1,64}$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Checks a createMother input and normalizes it. Every message names the field but never echoes
 * the token (it may be pasted with typos, and it is still a secret).
 */
export function validateCreateMother(input: CreateMotherInput, now: Date): ValidMotherInput {
  const tokenInfo = validateToken(input.accessToken, now, input.tokenExpiresAt ?? null);
  return {
    ...tokenInfo,
    name: validateName(input.name),
    seatLimit: validateSeatLimit(input.seatLimit ?? 7),
    teams: input.teams ? validateTeams(input.teams) : null,
    notes: validateNotes(input.notes),
    motherGroupId: input.motherGroupId?.trim() || null,
    poolGroupId: input.poolGroupId?.trim() || null,
  };
}

export function validateName(raw: string): string {
  const name = raw.trim();
  if (name.length < 1 || name.length > 100) throw bad('name must be 1 to 100 characters.');
  if (CONTROL.test(name)) throw bad('name must not contain control characters.');
  return name;
}

export function validateSeatLimit(seatLimit: number): number {
  if (!Number.isInteger(seatLimit) || seatLimit < 1 || seatLimit > 500) throw bad('seatLimit must be an integer from 1 to 500.');
  return seatLimit;
}

export function validateNotes(raw: string | null | undefined): string | null {
  const notes = raw?.trim() || null;
  if (notes && notes.length > 2000) throw bad('notes must be at most 2000 characters.');
  return notes;
}

/** The token's shape and JWT claims; an already expired token is refused. `givenExpiry` counts only when the JWT has none. */
export function validateToken(raw: string, now: Date, givenExpiry: Date | null = null): TokenInfo {
  const token = raw.trim().replace(/^Bearer\s+/i, '');
  if (!token) throw bad('accessToken must not be empty.');
  if (Buffer.byteLength(token) > MAX_TOKEN_BYTES) throw bad('accessToken must be at most 8 KB.');
  if (!TOKEN_CHARS.test(token)) throw bad('accessToken contains characters a token cannot contain (spaces or quotes?).');
  const claims = jwtClaims(token);
  const exp = claims?.exp;
  const tokenExpiresAt = typeof exp === 'number' && Number.isFinite(exp) ? new Date(exp * 1000) : givenExpiry;
  if (tokenExpiresAt && tokenExpiresAt <= now) throw bad(`accessToken expired at ${tokenExpiresAt.toISOString()}.`);
  const auth = claims?.['https://api.openai.com/auth'] as { user_id?: unknown } | undefined;
  const profile = claims?.['https://api.openai.com/profile'] as { email?: unknown } | undefined;
  const userId = typeof auth?.user_id === 'string' ? auth.user_id : typeof claims?.sub === 'string' ? claims.sub : null;
  const email = typeof profile?.email === 'string' ? profile.email : typeof claims?.email === 'string' ? claims.email : null;
  return { token, tokenExpiresAt, upstreamUserId: userId?.slice(0, 100) ?? null, email: email?.trim().toLowerCase().slice(0, 100) || null };
}

export function validateTeams(teams: TeamInput[]): NonNullable<ValidMotherInput['teams']> {
  if (teams.length === 0) throw bad('teams must not be empty (omit it to discover the teams).');
  if (teams.length > 50) throw bad('teams may list at most 50 teams.');
  const seen = new Set<string>();
  const out = teams.map((t) => {
    const teamId = t.teamId.trim();
    if (!TEAM_ID.test(teamId)) throw bad(`teamId "${teamId.slice(0, 64)}" is not a valid team id.`);
    if (seen.has(teamId)) throw bad(`teamId ${teamId} is listed twice.`);
    seen.add(teamId);
    const name = t.name?.trim() || null;
    if (name && name.length > 200) throw bad(`the name of team ${teamId} must be at most 200 characters.`);
    return { teamId, name, isDefault: t.isDefault === true };
  });
  if (out.filter((t) => t.isDefault).length > 1) throw bad('at most one team can be the default.');
  return out;
}

/**
 * The claims of a JWT-shaped token (three dot-separated base64url parts). An opaque token has none;
 * a token that looks like a JWT but does not decode is refused.
 */
export function jwtClaims(token: string): Record<string, unknown> | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    const payload: unknown = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    return payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {};
  } catch {
    throw bad('accessToken looks like a JWT but does not decode; copy the whole token.');
  }
}
