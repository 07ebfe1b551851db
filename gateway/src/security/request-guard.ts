import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { markNul, nulGuard } from '../limits/nul-guard';
import { sendError } from './http-errors';

/**
 * The body of /graphql: JSON only, at most `maxBytes`. Refusing other content types here is half
 * of CSRF safety (a browser form or `text/plain` fetch is a "simple" request that skips the CORS
 * preflight); Apollo's csrfPrevention covers GET. The size cap bounds what the parser ever sees.
 */
export function graphqlBody(maxBytes: number): RequestHandler[] {
  const contentType: RequestHandler = (req, res, next) => {
    if (req.method !== 'POST') return next();
    if (!req.is('application/json') && !req.is('application/graphql-response+json')) {
      return sendError(req, res, 415, 'BAD_REQUEST', 'POST requests must have Content-Type: application/json.');
    }
    next();
  };
  const json = express.json({ limit: maxBytes, type: ['application/json', 'application/graphql-response+json'], verify: markNul });
  return [contentType, json, nulGuard()];
}

/** Body-parser failures as GraphQL errors; anything else as a masked INTERNAL (details in the log). */
export function httpErrors(maxBytes: number, log: (err: unknown) => void): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) return next(err);
    const type = (err as { type?: string }).type;
    if (type === 'entity.too.large') {
      return sendError(req, res, 413, 'BAD_USER_INPUT', `The request body is larger than ${maxBytes} bytes.`, { limit: 'body' });
    }
    if (type === 'entity.parse.failed') return sendError(req, res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
      return sendError(req, res, 415, 'BAD_REQUEST', 'Send the body as UTF-8 JSON.');
    }
    if (typeof (err as { status?: number }).status === 'number' && (err as { status: number }).status < 500) {
      return sendError(req, res, (err as { status: number }).status, 'BAD_REQUEST', 'The request could not be read.');
    }
    log(err);
    sendError(req, res, 500, 'INTERNAL');
  };
}
