import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSupergraph, composeSupergraph } from '../../schema/compose';

process.env.APOLLO_TELEMETRY_DISABLED = '1';

const SCHEMA_DIR = join(__dirname, '..', '..', 'schema');

describe('supergraph composition', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'seatpool-compose-'));
    // Every subgraph's SDL and the committed supergraph (a new subgraph is picked up by itself).
    for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.graphql'))) cpSync(join(SCHEMA_DIR, file), join(dir, file));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('the real subgraph SDL composes and the committed supergraph is up to date', () => {
    const outcome = composeSupergraph(SCHEMA_DIR);
    expect(outcome.errors).toEqual([]);
    expect(outcome.supergraphSdl).toContain('@join__graph(name: "users", url: "http://127.0.0.1:4001/graphql")');
    expect(outcome.supergraphSdl).toContain('@join__graph(name: "pool", url: "http://127.0.0.1:4002/graphql")');
    expect(outcome.supergraphSdl).toContain('@join__graph(name: "stats", url: "http://127.0.0.1:4003/graphql")');
    expect(outcome.supergraphSdl).toContain('@join__graph(name: "notify", url: "http://127.0.0.1:4004/graphql")');
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

  it('an undescribed field, argument or enum value fails the check with its file, path and line', () => {
    expect(checkSupergraph(dir).errors).toEqual([]);
    appendFileSync(
      join(dir, 'pool.graphql'),
      '\n"""A probe."""\ntype DescribeProbe {\n  """Described."""\n  size(unit: String): Int!\n  bare: Int!\n}\n"""Probe values."""\nenum DescribeProbeKind {\n  """Described."""\n  ONE\n  TWO\n}\n',
    );
    // It still composes (descriptions are optional to composition): only the check refuses it.
    expect(composeSupergraph(dir).errors).toEqual([]);
    const errors = checkSupergraph(dir).errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^pool\.graphql: no description on DescribeProbe\.size\(unit\) \(line \d+\)$/),
        expect.stringMatching(/^pool\.graphql: no description on DescribeProbe\.bare \(line \d+\)$/),
        expect.stringMatching(/^pool\.graphql: no description on DescribeProbeKind\.TWO \(line \d+\)$/),
      ]),
    );
    expect(errors.filter((e) => e.includes('no description'))).toHaveLength(3);
  });

  it('an undescribed type fails the check; a field another subgraph owns (@external) needs none', () => {
    appendFileSync(join(dir, 'stats.graphql'), '\ntype UndescribedProbe {\n  """Described."""\n  id: ID!\n}\n');
    expect(checkSupergraph(dir).errors).toEqual([expect.stringMatching(/^stats\.graphql: no description on UndescribedProbe \(line \d+\)$/), expect.stringMatching(/is stale/)]);
    // stats.graphql's Dashboard declares `sellableSeats: Int! @external` without a description.
    expect(readFileSync(join(dir, 'stats.graphql'), 'utf8')).toMatch(/^  sellableSeats: Int! @external$/m);
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
