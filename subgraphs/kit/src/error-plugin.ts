import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AppError, ERRORS, isErrorCode, localizedMessage, REQUEST_ERROR_CODES } from './errors';
import type { BaseContext } from './context';

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
            if (original instanceof AppError) continue;
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
