import { ConfigError } from '@seatpool/kit';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Reads the registered operations: an Apollo persisted-query manifest
 * (`{ format: "apollo-persisted-query-manifest", operations: [{ id, body, … }] }`) or a plain
 * `{ "<sha256>": "<document>" }` map. Operations are indexed by the SHA-256 of their text (what
 * APQ clients send) and by the manifest id; an id that is not the text's hash is only an alias.
 */
export function loadManifest(file: string): Map<string, string> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ConfigError([`GATEWAY_SAFELIST_FILE: cannot read ${file} as JSON (${(err as Error).message})`]);
  }
  const entries: [string | undefined, unknown][] =
    raw && typeof raw === 'object' && Array.isArray((raw as { operations?: unknown }).operations)
      ? (raw as { operations: { id?: string; body?: unknown }[] }).operations.map((op) => [op.id, op.body])
      : raw && typeof raw === 'object' && !Array.isArray(raw)
        ? Object.entries(raw as Record<string, unknown>)
        : [];
  const ops = new Map<string, string>();
  for (const [id, body] of entries) {
    if (typeof body !== 'string' || !body.trim()) {
      throw new ConfigError([`GATEWAY_SAFELIST_FILE: operation ${id ?? '?'} has no document text`]);
    }
    ops.set(sha256(body), body);
    if (id) ops.set(id, body);
  }
  if (!ops.size) throw new ConfigError([`GATEWAY_SAFELIST_FILE: ${file} lists no operations`]);
  return ops;
}
