import { REDACTED, SECRET_KEY, redactText } from '@seatpool/kit';
import { normalizeCode } from './code-format';

const MAX_DEPTH = 6;
const MAX_ARRAY = 50;
/** A field that is an email (an invite's address) is what the operator audits; emails inside other text are hidden. */
const WHOLE_EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}$/;

/**
 * A copy of an audit payload (or bulk-history metadata) that is safe to store: values under
 * secret-looking keys (passwords, tokens, plain codes) become `[redacted]`; any string that is a
 * redeem code however typed (e.g. a `filter.search`) is `[redacted]` too, and secret-shaped parts
 * of other strings (tokens, keys, emails inside text, codes) are hidden by kit's `redactText`. Long arrays are
 * cut and the depth is bounded.
 */
export function redact(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (value instanceof Date) return value.toISOString();
  if (depth >= MAX_DEPTH) return '[truncated]';
  if (Array.isArray(value)) {
    const kept = value.slice(0, MAX_ARRAY).map((v) => redact(v, depth + 1));
    return value.length > MAX_ARRAY ? [...kept, `… ${value.length - MAX_ARRAY} more`] : kept;
  }
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEY.test(k) ? REDACTED : redact(v, depth + 1)]),
    );
  }
  if (typeof value !== 'string') return value;
  if (normalizeCode(value)) return REDACTED;
  if (WHOLE_EMAIL.test(value)) return value;
  const text = redactText(value);
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}
