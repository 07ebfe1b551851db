const SECRET_KEY = /pass(word)?|token|secret|^codes?$|^plain|cookie|authorization|key$/i;
const MAX_DEPTH = 6;
const MAX_ARRAY = 50;

/**
 * A copy of an audit payload that is safe to store: values under secret-looking keys (passwords,
 * tokens, plain codes) become `[redacted]`, long arrays are cut, and the depth is bounded.
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
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEY.test(k) ? '[redacted]' : redact(v, depth + 1)]),
    );
  }
  return typeof value === 'string' && value.length > 500 ? `${value.slice(0, 500)}…` : value;
}
