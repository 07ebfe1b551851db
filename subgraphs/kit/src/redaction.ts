/**
 * Redaction by value shape, for logs, audit payloads and outbox payloads: secrets are found by
 * what they look like, wherever they sit (a key name, an error message, an SQL text), not only
 * under a known key. It errs on the side of hiding: a long random-looking identifier is hidden too.
 */
export const REDACTED = '[redacted]';

/** Keys whose values are secrets whatever they look like. */
export const SECRET_KEY = /pass(word)?|token|secret|^codes?$|^plain|cookie|authorization|key$|signature/i;

const SHAPES: [RegExp, string][] = [
  // API keys and admin session tokens.
  [/\bsp[ak]_[A-Za-z0-9_-]{4,}/g, '[redacted-key]'],
  // JWTs (upstream access tokens) and any dotted token of base64url parts.
  [/\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]*)?/g, '[redacted-token]'],
  // Email addresses (end users' in SQL text of a failed query, in upstream answers).
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, '[redacted-email]'],
  // Redeem codes as printed: an optional prefix, then four groups of four from the code alphabet.
  [/\b(?:[A-HJ-NP-Z2-9]{1,12}[- ])?[A-HJ-NP-Z2-9]{4}[- ]?[A-HJ-NP-Z2-9]{4}[- ]?[A-HJ-NP-Z2-9]{4}[- ]?[A-HJ-NP-Z2-9]{4}\b/gi, '[redacted-code]'],
];
/** A long run of token characters with letters and digits (bearer tokens, keys, hashes); UUIDs stay. */
const LONG_RUN = /[A-Za-z0-9_.-]{32,}/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function redactLongRun(run: string): string {
  if (UUID.test(run) || !/[0-9]/.test(run) || !/[A-Za-z]/.test(run)) return run;
  // A dotted path or module name is not a secret; a token has a long part without separators.
  if (!run.split(/[._-]/).some((part) => part.length >= 20)) return run;
  return '[redacted-token]';
}

/** `text` with every secret-shaped part replaced. */
export function redactText(text: string): string {
  let out = text;
  for (const [shape, label] of SHAPES) out = out.replace(shape, (m) => (label === '[redacted-code]' && !looksLikeCode(m) ? m : label));
  return out.replace(LONG_RUN, redactLongRun);
}

/** A code has digits, or is dash-grouped (a 16-letter word or four short words are not a code). */
function looksLikeCode(match: string): boolean {
  return /[2-9]/.test(match) || /^(?:[A-Za-z]+-){3,}[A-Za-z]+$/.test(match);
}

const MAX_DEPTH = 8;

/** An Error, also from another realm (native drivers, jest's sandboxes): `instanceof` is not enough. */
export function isErrorLike(value: unknown): value is Error {
  if (value instanceof Error) return true;
  const v = value as { message?: unknown; stack?: unknown } | null;
  return typeof v === 'object' && v !== null && typeof v.message === 'string' && typeof v.stack === 'string';
}

export interface RedactOptions {
  /** Also hide every value under a secret-looking key (audit and outbox payloads; logs use pino paths). */
  byKey?: boolean;
  /** Leave Error instances alone (a log serializer handles them later). */
  keepErrors?: boolean;
}

/**
 * A deep copy of `value` with secret-shaped strings hidden (and, with `byKey`, values under secret
 * keys). Dates become ISO strings; Errors keep name and message.
 */
export function redactSecrets(value: unknown, opts: RedactOptions = {}, depth = 0): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value === 'string') return redactText(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object') return value;
  if (isErrorLike(value)) return opts.keepErrors ? value : { name: value.name, message: redactText(value.message) };
  if (depth >= MAX_DEPTH) return '[truncated]';
  if (Array.isArray(value)) return value.map((v) => redactSecrets(v, opts, depth + 1));
  if (Buffer.isBuffer(value)) return REDACTED;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [
      k,
      opts.byKey && SECRET_KEY.test(k) && v !== null && v !== undefined ? REDACTED : redactSecrets(v, opts, depth + 1),
    ]),
  );
}
