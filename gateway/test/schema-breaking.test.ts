import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { apiSchemaOf, checkBreaking } from '../src/schema/breaking-check';
import { parseChangelog } from '../src/schema/changelog';

const RELEASED = buildSchema(`
  type Query {
    mother(id: ID!): Mother
    legacyCount: Int @deprecated(reason: "Use dashboard.")
    codes(status: String): [String!]!
  }
  type Mother { id: ID! name: String! oldName: String @deprecated(reason: "Use name.") }
  enum Status { ACTIVE RETIRED @deprecated(reason: "Never set.") }
  type Extra { status: Status }
`);

const changelog = (text: string) =>
  parseChangelog(`# API changelog\n\n## Unreleased\n\n### Breaking\n${text}\n\n## 0.2.0 — 2026-06-01\n\n### Deprecated\n- \`Query.legacyCount\`, \`Mother.oldName\` and \`Status.RETIRED\`.\n\n## 0.3.0 — 2026-11-01\n\n### Deprecated\n- \`Mother.name\` (too recent).\n`);

const check = (sdl: string, log: string, today = '2026-11-26') =>
  checkBreaking({ released: RELEASED, current: buildSchema(sdl), changelog: changelog(log), today, minDeprecationDays: 90 });

const BASE = `
  type Query { mother(id: ID!): Mother legacyCount: Int @deprecated(reason: "Use dashboard.") codes(status: String): [String!]! }
  type Mother { id: ID! name: String! oldName: String @deprecated(reason: "Use name.") }
  enum Status { ACTIVE RETIRED @deprecated(reason: "Never set.") }
  type Extra { status: Status }
`;

describe('schema:breaking', () => {
  it('lets additive changes through without any record', async () => {
    const report = await check(BASE.replace('id: ID! name', 'id: ID! seats: Int name'), '');
    expect(report.problems).toEqual([]);
    expect(report.safe.length).toBeGreaterThan(0);
  });

  it('fails a removal that was never deprecated nor recorded', async () => {
    const report = await check(BASE.replace('codes(status: String): [String!]!', ''), '');
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatch(/Query\.codes.*not listed.*was not @deprecated.*no release/);
  });

  it('passes removals deprecated in a release 90+ days ago and recorded under Unreleased / Breaking', async () => {
    const sdl = BASE.replace(' legacyCount: Int @deprecated(reason: "Use dashboard.")', '')
      .replace(' oldName: String @deprecated(reason: "Use name.")', '')
      .replace(' RETIRED @deprecated(reason: "Never set.")', '');
    expect((await check(sdl, '- Removed `Query.legacyCount`, `Mother.oldName` and `Status.RETIRED`.')).problems).toEqual([]);
    // The same removals without the changelog record fail.
    expect((await check(sdl, '')).problems).toHaveLength(3);
  });

  it('fails while the deprecation period is still running', async () => {
    const sdl = BASE.replace(' oldName: String @deprecated(reason: "Use name.")', '');
    expect((await check(sdl, '- `Mother.oldName`', '2026-07-01')).problems[0]).toMatch(/deprecation period ends after 2026-07-01/);
  });

  it('treats a changed type or a new required argument as breaking the field: deprecate it first', async () => {
    const retyped = await check(BASE.replace('name: String!', 'name: Int!'), '- `Mother.name` becomes an Int.');
    expect(retyped.problems[0]).toMatch(/`Mother.name` was not @deprecated/);
    const newArg = await check(BASE.replace('mother(id: ID!)', 'mother(id: ID!, team: ID!)'), '- `Query.mother` needs a team.');
    expect(newArg.problems[0]).toMatch(/Query\.mother\.team.*`Query.mother` was not @deprecated/);
  });

  it('compares the API schema: @inaccessible internal operations are not part of the contract', async () => {
    const sdl = readFileSync(resolve(__dirname, '../../schema/supergraph.graphql'), 'utf8');
    const api = await apiSchemaOf(sdl);
    expect(sdl).toMatch(/verifyApiKey/);
    expect(api.getQueryType()!.getFields().verifyApiKey).toBeUndefined();
    expect(api.getQueryType()!.getFields().redeemStatus).toBeDefined();
  });

  it('passes for the committed supergraph against schema/released with docs/api/CHANGELOG.md', async () => {
    const root = resolve(__dirname, '../..');
    const read = (p: string) => readFileSync(resolve(root, p), 'utf8');
    const report = await checkBreaking({
      released: await apiSchemaOf(read('schema/released/supergraph.graphql')),
      current: await apiSchemaOf(read('schema/supergraph.graphql')),
      changelog: parseChangelog(read('docs/api/CHANGELOG.md')),
      today: new Date().toISOString().slice(0, 10),
      minDeprecationDays: 90,
    });
    expect(report.problems).toEqual([]);
  });
});
