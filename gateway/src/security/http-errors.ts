import { isErrorCode, localizedMessage, pickLang } from '@seatpool/kit';
import type { Request, Response } from 'express';

/**
 * A GraphQL-shaped error answered before Apollo runs (body too large, wrong content type, not a
 * registered operation…): the same `{ errors: [{ message, extensions: { code, requestId } }] }`
 * a client gets from Apollo, localized like the rest.
 */
export function sendError(
  req: Request,
  res: Response,
  status: number,
  code: string,
  detail?: string,
  extensions: Record<string, unknown> = {},
) {
  const lang = pickLang(req.headers['accept-language']);
  const message = isErrorCode(code) ? localizedMessage(code, lang, detail) : (detail ?? code);
  const ext = { code, ...extensions, ...(detail ? { detail } : {}), requestId: req.headers['x-request-id'] };
  res.status(status).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: ext }] }));
}
