import type { Logger } from '@seatpool/kit';
import { loadManifest } from '../persisted/manifest';

/**
 * The console's operations (its codegen manifest), registered as persisted queries: the console
 * sends only hashes, and the gateway knows them even when no safelist is configured.
 */
export function consoleOperations(file: string | undefined, logger: Logger): Map<string, string> | undefined {
  if (!file) return undefined;
  try {
    return loadManifest(file);
  } catch (err) {
    logger.warn({ err, file }, 'console manifest unreadable; the console will not work until it is rebuilt');
    return undefined;
  }
}

/** The maps in one (a clash cannot differ: an entry's key is the hash of its text). */
export function mergeOperations(...maps: (Map<string, string> | undefined)[]): Map<string, string> | undefined {
  const present = maps.filter((m): m is Map<string, string> => !!m);
  if (!present.length) return undefined;
  return new Map(present.flatMap((m) => [...m]));
}
