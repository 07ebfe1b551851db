// Which folder belongs to which domain, and which domain may import which.
// Every service may import its own code and the domain-free kit; nothing else. Cross-domain
// reads go through federation `@key` references, writes through pool's internal API or events.

/** A domain name: `users`, `pool`, `stats`, `kit`, `gateway` (or any further `subgraphs/<name>`). */
export type Domain = string;

export const KIT: Domain = 'kit';
export const PACKAGE_SCOPE = '@seatpool/';

/** The fake upstream: pool owns it, but pool's runtime code reaches it only over HTTP. */
export const SANDBOX_DIR = 'subgraphs/pool/src/provider/sandbox/';
const POOL_SRC_DIR = 'subgraphs/pool/src/';

/** Folders the guard scans, relative to the repository root (`*` = every subgraph). */
export const SCANNED_DIRS = ['subgraphs/*/src', 'subgraphs/*/test', 'gateway/src'];

/** The domain a repository-relative path (forward slashes) belongs to; undefined for shared tooling (schema/, scripts/, docs/). */
export function domainOfPath(relPath: string): Domain | undefined {
  const sub = /^subgraphs\/([^/]+)(\/|$)/.exec(relPath);
  if (sub) return sub[1];
  if (relPath === 'gateway' || relPath.startsWith('gateway/')) return 'gateway';
  return undefined;
}

/** The repository folder a `@seatpool/<name>` package lives in. */
export function packageDir(name: string): string {
  return name === 'gateway' ? 'gateway' : `subgraphs/${name}`;
}

/** Why importing `toPath` (domain `to`) from `fromPath` (domain `from`) is forbidden, or undefined when allowed. */
export function forbiddenReason(from: Domain, fromPath: string, to: Domain, toPath: string | undefined): string | undefined {
  if (to !== from && to !== KIT) return `${from} → ${to} is forbidden`;
  // STYLE: pool code never imports the sandbox; pool's tests may start it in-process.
  if (
    toPath?.startsWith(SANDBOX_DIR) &&
    fromPath.startsWith(POOL_SRC_DIR) &&
    !fromPath.startsWith(SANDBOX_DIR)
  ) {
    return 'pool → pool sandbox is forbidden: pool code reaches the sandbox upstream only over HTTP';
  }
  return undefined;
}
