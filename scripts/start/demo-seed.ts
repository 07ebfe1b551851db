import { signIdentity } from '@seatpool/kit';

type Gql = (url: string, query: string, variables?: Record<string, unknown>) => Promise<any>;

/** GraphQL straight to a subgraph as the operator (the start script holds the signing secret). */
function operatorClient(secret: string, seedUrls: { poolUrl: string }): Gql {
  return async (url, query, variables = {}) => {
    const rid = `seed-${Date.now()}`;
    const body = JSON.stringify({ query, variables });
    // The signature is bound to the receiving subgraph and this body.
    const audience = url === seedUrls.poolUrl ? 'pool' : 'users';
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signIdentity(secret, { kind: 'admin', sub: 'npm-start', scopes: [], rid }, { audience, body }) },
      body,
    });
    const answer: any = await res.json();
    if (answer.errors?.length) throw new Error(`${answer.errors[0].extensions?.code}: ${answer.errors[0].message}`);
    return answer.data;
  };
}

const COUNT = (fields: string) =>
  `{ _entities(representations: [{ __typename: "Dashboard", id: "global" }]) { ... on Dashboard { ${fields} } } }`;

/**
 * Seeds two sandbox mothers and a few codes into EMPTY databases only, so a first `npm start`
 * shows a living dashboard; a second start leaves existing data alone.
 */
export async function seedDemo(opts: { secret: string; poolUrl: string; usersUrl: string; sandboxUrl: string }) {
  const gql = operatorClient(opts.secret, opts);
  const pool = await gql(opts.poolUrl, COUNT('mothers { total }'));
  const users = await gql(opts.usersUrl, COUNT('codes { total }'));
  if (pool._entities[0].mothers.total > 0 || users._entities[0].codes.total > 0) return null;
  for (const [i, seats] of [[1, 7], [2, 5]]) {
    const res = await fetch(`${opts.sandboxUrl}/_sandbox/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ seats, teams: 1, name: `Demo Team ${i}` }),
    });
    const account: any = await res.json();
    await gql(opts.poolUrl, 'mutation($i: CreateMotherInput!) { createMother(input: $i) { id } }', {
      i: { name: `Demo mother ${i}`, accessToken: account.accessToken, seatLimit: seats, notes: 'seeded by npm start (SEATPOOL_DEMO=1)' },
    });
  }
  const codes = await gql(opts.usersUrl, 'mutation($i: GenerateCodesInput!) { generateCodes(input: $i) { codes } }', {
    i: { count: 5, prefix: 'TRY' },
  });
  return codes.generateCodes.codes as string[];
}
