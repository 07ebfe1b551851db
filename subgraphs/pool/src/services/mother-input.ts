import { AppError } from '@seatpool/kit';

export interface CreateMotherInput {
  name: string;
  accessToken: string;
  seatLimit?: number | null;
  teams?: { teamId: string; name?: string | null; isDefault?: boolean | null }[] | null;
  notes?: string | null;
}

export interface ValidMotherInput {
  name: string;
  token: string;
  tokenExpiresAt: Date | null;
  seatLimit: number;
  teams: { teamId: string; name: string | null; isDefault: boolean }[] | null;
  notes: string | null;
}

const MAX_TOKEN_BYTES = 8 * 1024;
const TOKEN_CHARS = /^[A-Za-z0-9._~+/=-]+$/;
const TEAM_ID = /^[A-Za-z0-9._:-]{1,64}$/;

const bad = (detail: string) => new AppError('BAD_USER_INPUT', { detail });

/**
 * Checks a createMother input and normalizes it. Every message names the field but never echoes
 * the token (it may be pasted with typos, and it is still a secret).
 */
export function validateCreateMother(input: CreateMotherInput, now: Date): ValidMotherInput {
  const name = input.name.trim();
  if (name.length < 1 || name.length > 100) throw bad('name must be 1 to 100 characters.');
  const token = input.accessToken.trim().replace(/^Bearer\s+/i, '');
  if (!token) throw bad('accessToken must not be empty.');
  if (Buffer.byteLength(token) > MAX_TOKEN_BYTES) throw bad('accessToken must be at most 8 KB.');
  if (!TOKEN_CHARS.test(token)) throw bad('accessToken contains characters a token cannot contain (spaces or quotes?).');
  const tokenExpiresAt = jwtExpiry(token);
  if (tokenExpiresAt && tokenExpiresAt <= now) throw bad(`accessToken expired at ${tokenExpiresAt.toISOString()}.`);
  const seatLimit = input.seatLimit ?? 7;
  if (!Number.isInteger(seatLimit) || seatLimit < 1 || seatLimit > 500) throw bad('seatLimit must be an integer from 1 to 500.');
  const notes = input.notes?.trim() || null;
  if (notes && notes.length > 2000) throw bad('notes must be at most 2000 characters.');
  return { name, token, tokenExpiresAt, seatLimit, teams: input.teams ? validateTeams(input.teams) : null, notes };
}

function validateTeams(teams: NonNullable<CreateMotherInput['teams']>): ValidMotherInput['teams'] {
  if (teams.length === 0) throw bad('teams must not be empty (omit it to discover the teams).');
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
 * `exp` of a JWT-shaped token (three dot-separated base64url parts). An opaque token has no known
 * expiry; a token that looks like a JWT but does not decode is refused.
 */
export function jwtExpiry(token: string): Date | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  let payload: unknown;
  try {
    JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    throw bad('accessToken looks like a JWT but does not decode; copy the whole token.');
  }
  const exp = (payload as { exp?: unknown } | null)?.exp;
  return typeof exp === 'number' && Number.isFinite(exp) ? new Date(exp * 1000) : null;
}
