import { GraphQLError } from 'graphql';

/**
 * The one error taxonomy of seatpool: every `extensions.code` a client can see, with its
 * English and Simplified Chinese message. Names only; the rules that throw them live in services.
 */
export const ERRORS = {
  BAD_USER_INPUT: { en: 'The input is not valid.', zh: '输入无效。' },
  UNAUTHENTICATED: { en: 'Authentication is required.', zh: '需要登录认证。' },
  FORBIDDEN: { en: 'You are not allowed to do this.', zh: '无权执行此操作。' },
  NOT_FOUND: { en: 'Not found.', zh: '未找到。' },
  CONFLICT: { en: 'The request conflicts with the current state.', zh: '请求与当前状态冲突。' },
  RATE_LIMITED: { en: 'Too many requests; try again later.', zh: '请求过于频繁，请稍后再试。' },
  CODE_INVALID: { en: 'This code does not exist.', zh: '兑换码无效。' },
  CODE_USED: { en: 'This code has already been used.', zh: '该兑换码已被使用。' },
  CODE_EXPIRED: { en: 'This code has expired.', zh: '该兑换码已过期。' },
  CODE_DISABLED: { en: 'This code has been disabled.', zh: '该兑换码已被禁用。' },
  NO_CAPACITY: { en: 'No seat is free right now.', zh: '当前没有空闲席位。' },
  UPSTREAM_UNAVAILABLE: { en: 'The team service is unavailable; try again later.', zh: '团队服务暂时不可用，请稍后再试。' },
  INTERNAL: { en: 'An internal error occurred.', zh: '服务器内部错误。' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** Codes Apollo Server itself produces for malformed requests; their messages are safe to show. */
export const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && code in ERRORS;
}

/** A business failure with a stable code. `detail` (English) refines the message, e.g. which field. */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;
  readonly detail?: string;

  constructor(code: ErrorCode, opts: { detail?: string; extensions?: Record<string, unknown> } = {}) {
    // An expected outcome (NO_CAPACITY to 400 buyers of a burst) needs no stack: capturing one and
    // formatting it through source maps (graphql-js reads `stack` when it wraps a resolver's error)
    // cost more than the rest of the error. INTERNAL keeps its trace for the log.
    const limit = Error.stackTraceLimit;
    if (code !== 'INTERNAL') Error.stackTraceLimit = 0;
    try {
      super(opts.detail ? `${ERRORS[code].en} ${opts.detail}` : ERRORS[code].en, {
        extensions: { ...opts.extensions, code, ...(opts.detail ? { detail: opts.detail } : {}) },
      });
    } finally {
      Error.stackTraceLimit = limit;
    }
    this.code = code;
    this.detail = opts.detail;
  }
}

/** The message for `code` in the caller's language; a detail stays in English, quoted. */
export function localizedMessage(code: ErrorCode, lang: Lang, detail?: string): string {
  const base = ERRORS[code][lang];
  if (!detail) return base;
  return lang === 'zh' ? `${base}（${detail}）` : `${base} ${detail}`;
}

export type Lang = 'en' | 'zh';

/** Picks the first supported language of an `Accept-Language` header (English by default). */
export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'en';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}
