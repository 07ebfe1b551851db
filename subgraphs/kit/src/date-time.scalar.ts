import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const invalid = () =>
  new GraphQLError('DateTime must be an ISO-8601 instant, e.g. 2026-11-26T10:00:00.000Z', { extensions: { code: 'BAD_USER_INPUT' } });

/** Client input: only an ISO-8601 string (a bare number is too easy to get wrong by 1000×). */
const parseInput = (value: unknown): Date => {
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw invalid();
  return date;
};

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
