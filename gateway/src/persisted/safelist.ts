import type { Logger } from '@seatpool/kit';
import type { Request, RequestHandler } from 'express';
import { sendError } from '../security/http-errors';
import { sha256 } from './manifest';

export interface SafelistOptions {
  /**
   * Bearer-token prefix of API keys (`spk_`): such callers skip the safelist and keep the whole
   * schema, while browsers (anonymous or admin sessions) run only registered operations. A bogus
   * key gains nothing: the request is then refused as UNAUTHENTICATED before anything runs.
   */
  exemptApiKeyPrefix?: string;
}

/** The persisted-query hash a request names (`extensions.persistedQuery.sha256Hash`), if any. */
function requestedHash(params: Record<string, unknown> | undefined): string | undefined {
  let ext = params?.extensions;
  if (typeof ext === 'string') {
    try {
      ext = JSON.parse(ext); // GET requests carry extensions as JSON text
    } catch {
      return undefined;
    }
  }
  const hash = (ext as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' ? hash : undefined;
}

function isApiKeyCaller(req: Request, prefix: string | undefined): boolean {
  if (!prefix) return false;
  const auth = req.headers.authorization;
  return typeof auth === 'string' && /^Bearer\s+/i.test(auth) && auth.replace(/^Bearer\s+/i, '').startsWith(prefix);
}

/**
 * Safelisting: only operations in the manifest run. A request carrying document text must carry
 * a registered one; a hash-only request is looked up by Apollo in a cache that only knows
 * registered documents — and when API keys are exempt (they may register anything through APQ),
 * the hash itself must be registered. Runs before Apollo parses anything. In `log` mode unlisted
 * operations run and are reported, to roll out.
 */
export function safelist(registered: Map<string, string>, mode: 'enforce' | 'log', logger: Logger, opts: SafelistOptions = {}): RequestHandler {
  return (req, res, next) => {
    if (isApiKeyCaller(req, opts.exemptApiKeyPrefix)) return next();
    const params = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
    const query = params?.query;
    let hash: string | undefined;
    if (typeof query === 'string' && query !== '') hash = sha256(query);
    else {
      // Without exempt callers only registered texts can ever be stored by hash, so Apollo's
      // lookup suffices; with them, an API key could register a document a browser then names.
      hash = opts.exemptApiKeyPrefix ? requestedHash(params) : undefined;
      if (hash === undefined) return next(); // Apollo answers malformed requests and unknown hashes
    }
    if (registered.has(hash)) return next();
    if (mode === 'log') {
      logger.warn({ hash, operationName: typeof params?.operationName === 'string' ? params.operationName.slice(0, 100) : undefined }, 'operation not in the safelist (log mode: allowed)');
      return next();
    }
    sendError(req, res, 403, 'FORBIDDEN', 'Only registered operations are accepted here.', { safelist: true });
  };
}
