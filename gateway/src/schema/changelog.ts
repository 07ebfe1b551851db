/**
 * Reads docs/api/CHANGELOG.md the way the breaking-change check needs it: which coordinates the
 * `## Unreleased` section lists under `### Breaking`, and when each coordinate was first listed
 * under `### Deprecated` in a released (dated) section. Coordinates are written in backticks:
 * `Query.oldField`, `Mother.seats.status`, `CodeStatus.LEGACY`.
 */
export interface Changelog {
  unreleasedBreaking: Set<string>;
  /** Coordinate → date (YYYY-MM-DD) of the earliest release that announced its deprecation. */
  deprecatedSince: Map<string, string>;
}

const RELEASE = /^## +(\S+)\s+[—–-]+\s+(\d{4}-\d{2}-\d{2})\s*$/;

export function parseChangelog(text: string): Changelog {
  const unreleasedBreaking = new Set<string>();
  const deprecatedSince = new Map<string, string>();
  let release: { unreleased: boolean; date?: string } | undefined;
  let sub = '';
  for (const line of text.split(/\r?\n/)) {
    if (/^## /.test(line)) {
      const m = RELEASE.exec(line);
      release = /^## +Unreleased\b/i.test(line) ? { unreleased: true } : m ? { unreleased: false, date: m[2] } : undefined;
      sub = '';
      continue;
    }
    if (/^### /.test(line)) {
      sub = line.slice(4).trim().toLowerCase();
      continue;
    }
    if (!release) continue;
    for (const [, coordinate] of line.matchAll(/`([A-Za-z_][\w.]*)`/g)) {
      if (release.unreleased && sub === 'breaking') unreleasedBreaking.add(coordinate);
      if (!release.unreleased && sub === 'deprecated' && release.date) {
        const seen = deprecatedSince.get(coordinate);
        if (!seen || release.date < seen) deprecatedSince.set(coordinate, release.date);
      }
    }
  }
  return { unreleasedBreaking, deprecatedSince };
}

/** `Type.field.arg` → [`Type.field.arg`, `Type.field`, `Type`]: a record of a parent covers its parts. */
export const withAncestors = (coordinate: string) =>
  coordinate.split('.').map((_, i, parts) => parts.slice(0, parts.length - i).join('.'));
