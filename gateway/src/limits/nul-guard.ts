import type { Request, RequestHandler, Response } from 'express';
import { sendError } from '../security/http-errors';

// A `\u0000` escape preceded by an even number of backslashes (an odd number escapes the backslash).
const JSON_NUL = /(?<!\\)(?:\\\\)*\\u0000/;
// In a GraphQL document: `\u0000` or the braced form `\u{0}` inside a string literal.
const GRAPHQL_NUL = /\\u0000|\\u\{0+\}/;

export const NUL_FLAG = Symbol('body has NUL');

/** For express.json's `verify`: marks a raw body that carries a NUL character in a JSON string. */
export function markNul(req: Request, _res: Response, buf: Buffer) {
  if (buf.includes('\\u0000') && JSON_NUL.test(buf.toString('utf8'))) (req as any)[NUL_FLAG] = true;
}

/**
 * Refuses strings with U+0000 anywhere (variables or document literals) at the door. No field of
 * ours can hold one — PostgreSQL text cannot store it and SQLite's statement text stops at it — so
 * such input is always invalid, and letting it reach a database turns a client mistake into a
 * driver error deep in a service.
 */
export function nulGuard(): RequestHandler {
  return (req, res, next) => {
    const params = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
    const query = typeof params?.query === 'string' ? params.query : '';
    const getVariables = req.method === 'GET' && typeof params?.variables === 'string' ? params.variables : '';
    if ((req as any)[NUL_FLAG] || GRAPHQL_NUL.test(query) || getVariables.includes('\u0000') || JSON_NUL.test(getVariables)) {
      return sendError(req, res, 400, 'BAD_USER_INPUT', 'Strings must not contain the NUL character (U+0000).');
    }
    next();
  };
}
