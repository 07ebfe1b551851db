import type { Logger } from '@seatpool/kit';
import type { RequestHandler } from 'express';
import { sendError } from '../security/http-errors';
import { sha256 } from './manifest';

/**
 * Safelisting: only operations in the manifest run. A request carrying document text must carry
 * a registered one; a hash-only request (persisted query) is looked up by Apollo in a cache that
 * only knows registered documents, so nothing else can be smuggled in by hash either. Runs before
 * Apollo parses anything. In `log` mode unlisted operations run and are reported, to roll out.
 */
export function safelist(registered: Map<string, string>, mode: 'enforce' | 'log', logger: Logger): RequestHandler {
  return (req, res, next) => {
    const params = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
    const query = params?.query;
    if (typeof query !== 'string' || query === '') return next(); // Apollo answers malformed requests
    const hash = sha256(query);
    if (registered.has(hash)) return next();
    if (mode === 'log') {
      logger.warn({ hash, operationName: typeof params?.operationName === 'string' ? params.operationName.slice(0, 100) : undefined }, 'operation not in the safelist (log mode: allowed)');
      return next();
    }
    sendError(req, res, 403, 'FORBIDDEN', 'Only registered operations are accepted here.', { safelist: true });
  };
}
