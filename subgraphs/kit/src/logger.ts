import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Paths that may hold secrets anywhere in a log object. Redaction is a safety net: code should
 * not log secrets in the first place (and a test greps the e2e logs to prove it).
 */
const REDACT = [
  'password', '*.password', 'token', '*.token', 'accessToken', '*.accessToken', 'code', '*.code',
  'authorization', '*.authorization', 'headers.authorization', 'req.headers.authorization',
  'headers.cookie', 'secret', '*.secret', 'variables', '*.variables',
];

/** JSON logs (pino) for one service; `destination` lets tests capture output. */
export function createLogger(
  service: string,
  level = 'info',
  destination?: pino.DestinationStream,
): Logger {
  return pino(
    { name: service, level, base: { service }, redact: { paths: REDACT, censor: '[redacted]' } },
    destination,
  );
}
