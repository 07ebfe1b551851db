import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError, ERRORS, isErrorCode, localizedMessage, REQUEST_ERROR_CODES } from './errors';
import type { BaseContext } from './context';

/**
 * Apollo refuses some malformed requests (e.g. an unsupported persisted-query version, a hash that
 * does not match the text) with a 4xx GraphQLError that has no code; they are the client's
 * mistake, not ours, and answer BAD_REQUEST instead of being masked and logged as INTERNAL.
 */
export function isClientRequestError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.originalError || error.path) return false;
  const status = (error.extensions?.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 && error.extensions?.code === undefined;
}

/**
 * Masks everything that is not a known business or request error as INTERNAL (details go to the
 * log only), drops stack traces, and adds `requestId`. Used as Apollo's `formatError`.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
  if (original instanceof AppError || (typeof code === 'string' && (REQUEST_ERROR_CODES.has(code) || isErrorCode(code)))) {
    return { ...formatted, extensions };
  }
  if (isClientRequestError(error)) return { message: formatted.message, extensions: { ...extensions, code: 'BAD_REQUEST' } };
  return { message: ERRORS.INTERNAL.en, path: formatted.path, extensions: { code: 'INTERNAL' } };
}

/** Logs unexpected errors with the request id, and localizes messages by `Accept-Language`. */
export function errorPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(rc) {
          for (const err of rc.errors) {
            const original = unwrapResolverError(err);
            if (original instanceof AppError || isClientRequestError(err)) continue;
            const code = err.extensions?.code;
            if (typeof code === 'string' && (REQUEST_ERROR_CODES.has(code) || isErrorCode(code))) continue;
            rc.contextValue?.logger?.error({ err: original, path: err.path }, 'unexpected error');
          }
        },
        async willSendResponse(rc) {
          const body = rc.response.body;
          if (body.kind !== 'single' || !body.singleResult.errors) return;
          const lang = rc.contextValue?.lang ?? 'en';
          const requestId = rc.contextValue?.requestId;
          body.singleResult.errors = body.singleResult.errors.map((e) => {
            const code = e.extensions?.code;
            const detail = typeof e.extensions?.detail === 'string' ? e.extensions.detail : undefined;
            const message = isErrorCode(code) && lang !== 'en' ? localizedMessage(code, lang, detail) : e.message;
            return { ...e, message, extensions: { ...e.extensions, requestId } };
          });
        },
      };
    },
  };
}
