import type { TeamInput } from './mother-input';

export type ImportFormat = 'auto' | 'json' | 'jsonl' | 'text';

/** One mother as read from an import, before validation; `error` when the line could not be read at all. */
export interface RawEntry {
  line: number;
  name?: string | null;
  accessToken?: string | null;
  tokenExpiresAt?: string | null;
  notes?: string | null;
  seatLimit?: number | null;
  teams?: TeamInput[] | null;
  error?: string;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
const pick = (o: Record<string, unknown>, ...keys: string[]) => keys.map((k) => o[k]).find((v) => v !== undefined && v !== null);

/**
 * Reads mothers from pasted or uploaded text. `json`: an array of mothers (or one object); `jsonl`:
 * one JSON object per line; `text`: one mother per line as `name<delimiter>token[<delimiter>notes]`,
 * `name token [notes]`, a bare token, or a JSON object (e.g. a pasted `/api/auth/session` answer).
 * `auto` picks by the first character, and a whole pretty-printed JSON object counts as one entry.
 * Lines are numbered from 1; blank lines and `#` comments are skipped.
 */
export function parseImport(content: string, format: ImportFormat, delimiter: string): RawEntry[] {
  const text = content.replace(/^\uFEFF/, '');
  const trimmed = text.trim();
  if (format === 'json' || (format === 'auto' && trimmed.startsWith('['))) return parseJson(trimmed);
  if (format === 'auto' && trimmed.startsWith('{')) {
    const whole = jsonValue(trimmed);
    // Not one JSON value: several objects, one per line, for the line readers below.
    if (whole !== NOT_JSON) return [entryFromObject(whole, 1)];
  }
  return lines(text).map(([line, raw]) => (format === 'jsonl' || raw.startsWith('{') ? jsonLine(raw, line) : textLine(raw, line, delimiter)));
}

function parseJson(trimmed: string): RawEntry[] {
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (err) {
    return [{ line: 1, error: `The content is not valid JSON (${(err as Error).message.slice(0, 120)}).` }];
  }
  const items = Array.isArray(value) ? value : [value];
  return items.map((item, i) => entryFromObject(item, i + 1));
}

function lines(text: string): [number, string][] {
  return text
    .split(/\r?\n/)
    .map((raw, i): [number, string] => [i + 1, raw.trim()])
    .filter(([, raw]) => raw !== '' && !raw.startsWith('#'));
}

function jsonLine(raw: string, line: number): RawEntry {
  const value = jsonValue(raw);
  return value === NOT_JSON ? { line, error: 'The line is not valid JSON.' } : entryFromObject(value, line);
}

const NOT_JSON = Symbol('not JSON');

/** The parsed value, or NOT_JSON for text that is not JSON (only the parser's SyntaxError means that). */
function jsonValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    if (err instanceof SyntaxError) return NOT_JSON;
    throw err;
  }
}

function textLine(raw: string, line: number, delimiter: string): RawEntry {
  if (delimiter && raw.includes(delimiter)) {
    const [name, token, ...rest] = raw.split(delimiter).map((p) => p.trim());
    return { line, name: name || null, accessToken: token || null, notes: rest.join(delimiter) || null };
  }
  const [first, second, ...rest] = raw.split(/\s+/);
  if (second === undefined) return first.includes('@') ? { line, name: first, error: 'The line has a name but no token.' } : { line, accessToken: first };
  return { line, name: first, accessToken: second, notes: rest.join(' ') || null };
}

/** A mother object (`name`, `accessToken`, `teams`, …; snake_case accepted) or a session answer (`user.email`, `accessToken`, `expires`, `account.id`). */
export function entryFromObject(value: unknown, line: number): RawEntry {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { line, error: 'The entry is not a JSON object.' };
  const o = value as Record<string, unknown>;
  const user = (o.user ?? {}) as Record<string, unknown>;
  const account = (o.account ?? {}) as Record<string, unknown>;
  const teams = Array.isArray(o.teams)
    ? (o.teams as Record<string, unknown>[]).map((t) => ({
        teamId: str(pick(t ?? {}, 'teamId', 'team_id', 'id')) ?? '',
        name: str(pick(t ?? {}, 'name', 'teamName', 'team_name')),
        isDefault: pick(t ?? {}, 'isDefault', 'is_default') === true,
      }))
    : str(account.id)
      ? [{ teamId: str(account.id)!, name: null, isDefault: true }]
      : null;
  const seatLimit = pick(o, 'seatLimit', 'seat_limit');
  return {
    line,
    name: str(pick(o, 'name', 'email')) ?? str(user.email),
    accessToken: str(pick(o, 'accessToken', 'access_token', 'token')),
    tokenExpiresAt: str(pick(o, 'tokenExpiresAt', 'token_expires_at', 'expires')),
    notes: str(o.notes),
    seatLimit: typeof seatLimit === 'number' ? seatLimit : null,
    teams,
  };
}
