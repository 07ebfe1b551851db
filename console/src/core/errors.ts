/**
 * Turns whatever a request threw into one problem with the API's typed code, and that into a
 * message key of the catalogs: the screens never show raw JSON or a server's stack of errors.
 * Pure functions, so the mapping is tested without a browser.
 */
export interface ApiProblem {
  /** `extensions.code` of the first error, or NETWORK / HTTP_<status> / UNKNOWN. */
  code: string;
  reason?: string;
  retryAfterSeconds?: number;
  requestId?: string;
  /** What a BAD_USER_INPUT says about the input (`extensions.detail`, English), when it does. */
  detail?: string;
  /** The server's own (already localised) message, shown only for BAD_USER_INPUT details. */
  serverMessage?: string;
}

interface GraphQLErrorLike {
  message?: unknown;
  extensions?: Record<string, unknown> | null;
}

function fromGraphQLErrors(errors: readonly GraphQLErrorLike[]): ApiProblem | undefined {
  const first = errors[0];
  if (!first) return undefined;
  const ext = first.extensions ?? {};
  const retry = Number(ext.retryAfterSeconds);
  return {
    code: typeof ext.code === 'string' ? ext.code : 'UNKNOWN',
    reason: typeof ext.reason === 'string' ? ext.reason : undefined,
    retryAfterSeconds: Number.isFinite(retry) && retry > 0 ? Math.ceil(retry) : undefined,
    requestId: typeof ext.requestId === 'string' ? ext.requestId : undefined,
    detail: typeof ext.detail === 'string' ? ext.detail : undefined,
    serverMessage: typeof first.message === 'string' ? first.message : undefined,
  };
}

function parseBody(text: unknown): ApiProblem | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const body = JSON.parse(text) as { errors?: GraphQLErrorLike[] };
    return Array.isArray(body.errors) ? fromGraphQLErrors(body.errors) : undefined;
  } catch {
    return undefined;
  }
}

/** Reads an Apollo Client error (CombinedGraphQLErrors, ServerError, network), a fetch client error, or a GraphQL response. */
export function problemOf(error: unknown): ApiProblem {
  if (error && typeof error === 'object') {
    const e = error as Record<string, unknown>;
    if (Array.isArray(e.errors) && e.errors.length > 0) return fromGraphQLErrors(e.errors as GraphQLErrorLike[])!;
    if (Array.isArray(e.graphQLErrors) && e.graphQLErrors.length > 0) return fromGraphQLErrors(e.graphQLErrors as GraphQLErrorLike[])!;
    const fromBody = parseBody(e.bodyText);
    if (fromBody) return fromBody;
    if (typeof e.statusCode === 'number') return { code: e.statusCode === 429 ? 'RATE_LIMITED' : `HTTP_${e.statusCode}` };
    if (e.cause) return problemOf(e.cause);
    if (e.name === 'TypeError' || e.name === 'AbortError') return { code: 'NETWORK' };
  }
  return { code: 'UNKNOWN' };
}

/** Codes with a message of their own; anything else reads as "something went wrong". */
export const KNOWN_CODES = [
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED',
  'CODE_INVALID', 'CODE_USED', 'CODE_EXPIRED', 'CODE_DISABLED', 'NO_CAPACITY', 'UPSTREAM_UNAVAILABLE',
  'INTERNAL', 'NETWORK', 'PERSISTED_QUERY_NOT_FOUND',
] as const;

/** Reasons that refine a code with a message of their own (docs/api/errors.md). */
export const KNOWN_REASONS = [
  'SWITCH_LIMIT_REACHED', 'REFRESH_LIMIT_REACHED', 'SWITCH_IN_PROGRESS', 'NO_SEAT', 'INVITE_ALREADY_ACCEPTED',
  'REFRESH_COOLDOWN', 'RESEND_COOLDOWN', 'LOGIN_LOCKED', 'SAME_EMAIL', 'CURRENT_PASSWORD_WRONG', 'WEAK_PASSWORD',
] as const;

export interface MessageRef {
  key: string;
  vars?: Record<string, string | number>;
}

/**
 * The catalog key for a problem. `context` picks a more precise text where the same code means
 * something else to the caller (a wrong password at login is UNAUTHENTICATED too).
 */
export function errorMessage(problem: ApiProblem, context?: 'login'): MessageRef {
  const { code, reason, retryAfterSeconds } = problem;
  if (code === 'RATE_LIMITED' || reason === 'REFRESH_COOLDOWN' || reason === 'RESEND_COOLDOWN' || reason === 'LOGIN_LOCKED') {
    const key = reason && (KNOWN_REASONS as readonly string[]).includes(reason) ? `error.reason.${reason}` : 'error.RATE_LIMITED';
    return retryAfterSeconds ? { key: `${key}.wait`, vars: { seconds: retryAfterSeconds } } : { key };
  }
  if (context === 'login' && code === 'UNAUTHENTICATED') return { key: 'error.login.UNAUTHENTICATED' };
  // A code that is not even well-formed is, to the person holding it, an unknown code.
  if (code === 'BAD_USER_INPUT' && /code is malformed/i.test(problem.detail ?? '')) return { key: 'error.CODE_INVALID' };
  if (reason && (KNOWN_REASONS as readonly string[]).includes(reason)) return { key: `error.reason.${reason}` };
  if ((KNOWN_CODES as readonly string[]).includes(code)) return { key: `error.${code}` };
  return { key: 'error.UNKNOWN' };
}
