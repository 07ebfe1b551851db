import { isIP } from 'node:net';
import { bad } from './common';
import { NOTIFICATION_TYPES } from './notification-types';

export interface EndpointFields {
  url?: string | null;
  description?: string | null;
  eventTypes?: readonly string[] | null;
  motherGroupId?: string | null;
  poolGroupId?: string | null;
  freeSeatsBelow?: number | null;
  tokenExpiryDays?: number | null;
  redeemFailuresPerMinute?: number | null;
}

/** The checked, normalized values of the fields given (absent ones stay absent). */
export interface CleanFields {
  url?: string;
  description?: string | null;
  eventTypes?: string[];
  motherGroupId?: string | null;
  poolGroupId?: string | null;
  freeSeatsBelow?: number;
  tokenExpiryDays?: number;
  redeemFailuresPerMinute?: number;
}

const RANGES = {
  freeSeatsBelow: [1, 100_000],
  tokenExpiryDays: [1, 90],
  redeemFailuresPerMinute: [1, 100_000],
} as const;

/**
 * Validates create/update input: an http(s) URL of at most 2,000 characters without credentials
 * (in production https only and no loopback/private address literal), description ≤ 200,
 * known event types, group ids ≤ 64 characters (empty clears), thresholds within their ranges.
 * Null means "not given" except for the clearable strings. Every problem is a BAD_USER_INPUT.
 */
export function cleanEndpointFields(input: EndpointFields, opts: { production: boolean }): CleanFields {
  const out: CleanFields = {};
  if (input.url != null) out.url = checkUrl(input.url, opts.production);
  if (input.description !== undefined) {
    const d = input.description?.trim() ?? '';
    if (d.length > 200) throw bad('description must be at most 200 characters.');
    out.description = d || null;
  }
  if (input.eventTypes != null) {
    const unknown = input.eventTypes.find((t) => !(NOTIFICATION_TYPES as readonly string[]).includes(t));
    if (unknown !== undefined) throw bad(`Unknown event type "${unknown.slice(0, 40)}".`);
    out.eventTypes = [...new Set(input.eventTypes)];
  }
  for (const key of ['motherGroupId', 'poolGroupId'] as const) {
    if (input[key] === undefined) continue;
    const v = input[key]?.trim() ?? '';
    if (v.length > 64) throw bad(`${key} must be at most 64 characters.`);
    out[key] = v || null;
  }
  for (const key of Object.keys(RANGES) as (keyof typeof RANGES)[]) {
    const v = input[key];
    if (v == null) continue;
    const [min, max] = RANGES[key];
    if (!Number.isInteger(v) || v < min || v > max) throw bad(`${key} must be from ${min} to ${max}.`);
    out[key] = v;
  }
  return out;
}

function checkUrl(raw: string, production: boolean): string {
  const url = raw.trim();
  if (url.length === 0 || url.length > 2000) throw bad('url must be 1 to 2000 characters.');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw bad('url is not a valid URL.');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw bad('url must use http or https.');
  if (parsed.username || parsed.password) throw bad('url must not contain credentials (user:password@).');
  if (production) {
    if (parsed.protocol !== 'https:') throw bad('url must use https in production.');
    if (isPrivateHost(parsed.hostname)) throw bad('url must not point at a loopback, private or link-local address in production.');
  }
  return url;
}

/** Literal loopback / private / link-local hosts (names are not resolved here). */
function isPrivateHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost') || h.endsWith('.local') || h.endsWith('.internal')) return true;
  if (isIP(h) === 4) {
    const [a, b] = h.split('.').map(Number);
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
  }
  if (isIP(h) === 6) return h === '::1' || h === '::' || h.startsWith('fc') || h.startsWith('fd') || h.startsWith('fe80') || h.startsWith('::ffff:');
  return false;
}
