import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSupergraph, composeSupergraph } from '../../schema/compose';

process.env.APOLLO_TELEMETRY_DISABLED = '1';

const SCHEMA_DIR = join(__dirname, '..', '..', 'schema');

describe('supergraph composition', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'seatpool-compose-'));
    for (const name of ['users', 'pool', 'stats', 'supergraph']) {
      cpSync(join(SCHEMA_DIR, `${name}.graphql`), join(dir, `${name}.graphql`));
    }
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('the real subgraph SDL composes and the committed supergraph is up to date', () => {
    const outcome = composeSupergraph(SCHEMA_DIR);
    expect(outcome.errors).toEqual([]);
    expect(outcome.supergraphSdl).toContain('@join__graph(name: "users", url: "http://127.0.0.1:4001/graphql")');
    expect(outcome.supergraphSdl).toContain('@join__graph(name: "pool", url: "http://127.0.0.1:4002/graphql")');
    expect(outcome.supergraphSdl).toContain('@join__graph(name: "stats", url: "http://127.0.0.1:4003/graphql")');
    expect(checkSupergraph(SCHEMA_DIR).errors).toEqual([]);
  });

  it('a shared type whose field has different types in two subgraphs does not compose', () => {
    appendFileSync(join(dir, 'users.graphql'), '\ntype ComposeProbe @shareable { size: Int! }\n');
    appendFileSync(join(dir, 'pool.graphql'), '\ntype ComposeProbe @shareable { size: String! }\n');

    const outcome = composeSupergraph(dir);
    expect(outcome.supergraphSdl).toBeUndefined();
    expect(outcome.errors.join('\n')).toMatch(/FIELD_TYPE_MISMATCH.*ComposeProbe\.size/);
    expect(checkSupergraph(dir).errors).toEqual(outcome.errors);
  });

  it('an SDL syntax error is reported with the file it is in', () => {
    appendFileSync(join(dir, 'stats.graphql'), '\ntype Broken {\n');
    expect(composeSupergraph(dir).errors).toEqual([expect.stringMatching(/^stats\.graphql: Syntax Error/)]);
  });

  it('an edited supergraph.graphql is reported as stale', () => {
    expect(checkSupergraph(dir).errors).toEqual([]);
    const file = join(dir, 'supergraph.graphql');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\ntype HandEdited {\n  id: ID\n}\n`);
    expect(checkSupergraph(dir).errors).toEqual([expect.stringMatching(/supergraph\.graphql is stale/)]);
  });

  it('a missing supergraph.graphql fails the check', () => {
    rmSync(join(dir, 'supergraph.graphql'));
    expect(checkSupergraph(dir).errors).toEqual([expect.stringMatching(/supergraph\.graphql is missing/)]);
  });
});
