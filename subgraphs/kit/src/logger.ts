import pino, { type Logger } from 'pino';
import { isErrorLike, redactSecrets, redactText } from './redaction';

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

/**
 * Errors keep their type, code and stack, with secret-shaped text hidden: a failed SQL query's
 * message carries its parameters (an end user's email), an upstream error may echo a token.
 */
function errSerializer(err: unknown): unknown {
  if (!isErrorLike(err)) return redactSecrets(err);
  const fields = pino.stdSerializers.err(err) as unknown as Record<string, unknown>;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, redactSecrets(v)]));
}

/** JSON logs (pino) for one service; `destination` lets tests capture output. */
export function createLogger(
  service: string,
  level = 'info',
  destination?: pino.DestinationStream,
): Logger {
  return pino(
    {
      name: service,
      level,
      base: { service },
      redact: { paths: REDACT, censor: '[redacted]' },
      serializers: { err: errSerializer, error: errSerializer },
      // Every other field and the message are checked by value shape too (see redaction.ts).
      formatters: { log: (obj) => redactSecrets(obj, { keepErrors: true }) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? redactText(a) : a)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
