// Which folder belongs to which domain, and which domain may import which.
// Every service may import its own code and the domain-free kit; nothing else. Cross-domain
// reads go through federation `@key` references, writes through pool's internal API or events.

/** A domain name: `users`, `pool`, `stats`, `notify`, `kit`, `gateway` (or any further `subgraphs/<name>`). */
export type Domain = string;

export const KIT: Domain = 'kit';
export const PACKAGE_SCOPE = '@seatpool/';

/** The fake upstream: pool owns it, but pool's runtime code reaches it only over HTTP. */
export const SANDBOX_DIR = 'subgraphs/pool/src/provider/sandbox/';
const POOL_SRC_DIR = 'subgraphs/pool/src/';

/** Folders the guard scans, relative to the repository root (`*` = every subgraph). */
export const SCANNED_DIRS = ['subgraphs/*/src', 'subgraphs/*/test', 'gateway/src', 'console/src'];

// The console splits the same way (docs/architecture/FRONTEND_SPLIT_PLAN.md): each
// `console/src/domains/<name>` is a front-end domain `console/<name>`; `ui`, `core` and the
// generated `gql` are `console/shared`, which every console domain may use and which may use no
// domain; the shell (`app`, `entries`) composes the domains and is not checked.
const CONSOLE_SHARED: Domain = 'console/shared';
const CONSOLE_SHARED_DIRS = /^console\/src\/(ui|core|gql)(\/|$)/;

/** The domain a repository-relative path (forward slashes) belongs to; undefined for shared tooling (schema/, scripts/, docs/). */
export function domainOfPath(relPath: string): Domain | undefined {
  const front = /^console\/src\/domains\/([^/]+)(\/|$)/.exec(relPath);
  if (front) return `console/${front[1]}`;
  if (CONSOLE_SHARED_DIRS.test(relPath)) return CONSOLE_SHARED;
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
  if (from.startsWith('console/') || to.startsWith('console/')) {
    if (to === from || (to === CONSOLE_SHARED && from.startsWith('console/'))) return undefined;
    if (!from.startsWith('console/')) return `${from} → ${to} is forbidden: the back end never imports the console`;
    if (!to.startsWith('console/')) return `${from} → ${to} is forbidden: the console reaches the back end only through the public GraphQL API`;
    return `${from} → ${to} is forbidden: a console domain imports only its own folder and console/src/{ui,core,gql}`;
  }
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
