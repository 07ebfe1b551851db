/**
 * Redaction by value shape, for logs, audit payloads and outbox payloads: secrets are found by
 * what they look like, wherever they sit (a key name, an error message, an SQL text), not only
 * under a known key. It errs on the side of hiding: a long random-looking identifier is hidden too.
 */
export const REDACTED = '[redacted]';

/** Keys whose values are secrets whatever they look like. */
export const SECRET_KEY = /pass(word)?|token|secret|^codes?$|^plain|cookie|authorization|key$|signature/i;

// Linear-time scanning (a hostile megabyte must not stall a log call): runs of token characters are
// found by one simple class and judged in code; the other patterns have only bounded quantifiers.
const RUN = /[A-Za-z0-9_.-]+/g;
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/g;
/** Redeem codes as printed: an optional prefix, then four groups of four from the code alphabet. */
const CODE = /\b(?:[A-HJ-NP-Z2-9]{1,12}[- ])?[A-HJ-NP-Z2-9]{4}[- ]?[A-HJ-NP-Z2-9]{4}[- ]?[A-HJ-NP-Z2-9]{4}[- ]?[A-HJ-NP-Z2-9]{4}\b/gi;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** UUIDs inside text (ids, idempotency keys) are kept whole: their groups can look like a code's. */
const UUID_IN_TEXT = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
/** Longer text is cut before it is scanned: a log line or an audit value has no use for more. */
const MAX_TEXT = 16_384;

/** One run of token characters: an API key or session token, a JWT, or a long random-looking run. */
function redactRun(run: string): string {
  if (/^sp[ak]_[A-Za-z0-9_-]{4}/.test(run)) return '[redacted-key]';
  if (run.startsWith('eyJ') && run.includes('.')) return '[redacted-token]';
  if (run.length < 32 || UUID.test(run) || !/[0-9]/.test(run) || !/[A-Za-z]/.test(run)) return run;
  // A dotted path or module name is not a secret; a token has a long part without separators.
  return run.split(/[._-]/).some((part) => part.length >= 20) ? '[redacted-token]' : run;
}

/** `text` with every secret-shaped part replaced: keys, tokens, emails, redeem codes. */
export function redactText(text: string): string {
  const cut = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…[${text.length - MAX_TEXT} more characters]` : text;
  // Split around UUIDs (kept as they are) and redact what lies between them.
  let out = '';
  let last = 0;
  for (const m of cut.matchAll(UUID_IN_TEXT)) {
    out += redactPart(cut.slice(last, m.index)) + m[0];
    last = m.index! + m[0].length;
  }
  return out + redactPart(cut.slice(last));
}

function redactPart(part: string): string {
  return (part.includes('@') ? part.replace(EMAIL, '[redacted-email]') : part)
    .replace(CODE, (m) => (looksLikeCode(m) ? '[redacted-code]' : m))
    .replace(RUN, redactRun);
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
