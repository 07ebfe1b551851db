/**
 * The runtime half of the domain boundary (the static half is `npm run check:domains`):
 * a service refuses to start when it can see another domain's database, or shares one.
 */
export interface GuardInput {
  domain: string;
  strict: boolean;
  /** The whole environment of the process. */
  env: NodeJS.ProcessEnv;
  /** Database URL variables per domain, e.g. { users: 'USERS_DATABASE_URL', pool: 'POOL_DATABASE_URL' }. */
  urlVars: Record<string, string>;
}

const normalize = (url: string) => {
  try {
    const u = new URL(url);
    return `${u.hostname.toLowerCase()}:${u.port || '5432'}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return url.trim();
  }
};

/** Returns the problems; empty when the configuration respects the boundary (or strict is off). */
export function domainGuardProblems(input: GuardInput): string[] {
  if (!input.strict) return [];
  const own = input.env[input.urlVars[input.domain] ?? ''];
  const problems: string[] = [];
  for (const [domain, variable] of Object.entries(input.urlVars)) {
    if (domain === input.domain) continue;
    const other = input.env[variable];
    if (!other) continue;
    problems.push(`${input.domain} must not be configured with ${variable} (the ${domain} database)`);
    if (own && normalize(own) === normalize(other)) {
      problems.push(`${input.domain} and ${domain} point at the same database`);
    }
  }
  return problems;
}

export class DomainGuardError extends Error {}

export function assertDomainGuard(input: GuardInput) {
  const problems = domainGuardProblems(input);
  if (problems.length) {
    throw new DomainGuardError(`STRICT_DOMAIN_GUARD refused to start ${input.domain}:\n  - ${problems.join('\n  - ')}`);
  }
}

/**
 * Records which domain owns a database (before any migration runs) and refuses a second domain:
 * catches two services configured with one database even when neither sees the other's URL.
 */
export async function claimDatabase(
  conn: { execute(sql: string, params?: unknown[]): Promise<any> },
  domain: string,
  strict: boolean,
) {
  await conn.execute('create table if not exists kit_db_owner (domain varchar(32) primary key)');
  const rows: { domain: string }[] = await conn.execute('select domain from kit_db_owner');
  const others = rows.map((r) => r.domain).filter((d) => d !== domain);
  if (others.length && strict) {
    throw new DomainGuardError(`STRICT_DOMAIN_GUARD refused to start ${domain}: its database belongs to ${others.join(', ')}`);
  }
  if (!rows.some((r) => r.domain === domain)) await conn.execute('insert into kit_db_owner (domain) values (?)', [domain]);
}
