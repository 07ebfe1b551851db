import { createHmac, randomBytes } from 'node:crypto';

const PREFIX = 'whsec_';

/** A new signing secret: `whsec_` + base64 of 32 random bytes (Standard Webhooks). */
export function newSecret(): string {
  return PREFIX + randomBytes(32).toString('base64');
}

/** The first four characters after `whsec_`, to tell secrets apart without revealing them. */
export const secretHint = (secret: string) => secret.slice(PREFIX.length, PREFIX.length + 4);

/**
 * The Standard Webhooks headers of one attempt: `webhook-signature` is `v1,` + base64
 * HMAC-SHA256 of `id.timestamp.body`, keyed by the base64-decoded bytes after `whsec_`.
 */
export function signedHeaders(secret: string, messageId: string, at: Date, body: string): Record<string, string> {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  const key = Buffer.from(secret.slice(PREFIX.length), 'base64');
  const signature = createHmac('sha256', key).update(`${messageId}.${timestamp}.${body}`).digest('base64');
  return { 'webhook-id': messageId, 'webhook-timestamp': timestamp, 'webhook-signature': `v1,${signature}` };
}

/** A delivery id: `msg_` + 26 random base32-ish characters (also the `webhook-id`). */
export const newMessageId = () => `msg_${randomBytes(16).toString('base64url').replace(/[-_]/g, '').slice(0, 22)}`;
