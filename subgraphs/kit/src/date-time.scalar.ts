import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const invalid = () =>
  new GraphQLError('DateTime must be an ISO-8601 instant, e.g. 2026-11-26T10:00:00.000Z', { extensions: { code: 'BAD_USER_INPUT' } });

// Date, time with optional seconds and fraction, then Z or an offset: what toISOString and clients send.
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Client input: only an ISO-8601 instant with a zone (a bare number is too easy to get wrong by
 * 1000×), years 0001–9999 (year 0 and six-digit years do not fit the databases' timestamp
 * columns), and a real calendar day (`2030-02-31` is refused, not rolled into March).
 */
export const parseDateTimeInput = (value: unknown): Date => {
  const m = typeof value === 'string' ? ISO.exec(value) : null;
  if (!m) throw invalid();
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number);
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 1 : 0);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59) throw invalid();
  const date = new Date(value as string);
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1 || date.getUTCFullYear() > 9999) throw invalid();
  return date;
};
const parseInput = parseDateTimeInput;

/** Output: a Date, an ISO string, or epoch milliseconds as raw SQL returns them on SQLite. */
const toIso = (value: unknown): string => {
  const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw invalid();
  return date.toISOString();
};

/** `DateTime` for every subgraph: an ISO-8601 UTC string on the wire, a `Date` inside. */
export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: toIso,
  parseValue: parseInput,
  parseLiteral: (ast) => parseInput(ast.kind === Kind.STRING ? ast.value : null),
});
