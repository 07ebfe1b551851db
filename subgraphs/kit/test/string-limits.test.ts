/**
 * kit's `overlongString`: a string argument longer than its cap is refused (literal or variable,
 * at any depth), the long-document inputs keep their own caps, and hostile variables (deep
 * nesting, huge lists, undeclared extras) are answered without a stack overflow.
 */
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { MAX_STRING_LENGTH, overlongString } from '../src/string-limits';

const schema = buildSchema(`
  input ImportMothersInput { content: String! }
  input Filter { action: String, tags: [String!] }
  type Query { logs(filter: Filter): Int }
  type Mutation { importMothers(input: ImportMothersInput!): Int }
`);

function check(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  return overlongString(schema, document, document.definitions[0] as OperationDefinitionNode, variables);
}

const LONG = 'x'.repeat(MAX_STRING_LENGTH + 1);

describe('overlongString', () => {
  it('refuses a long variable at any depth, and a long literal', () => {
    expect(check('query($f: Filter) { logs(filter: $f) }', { f: { tags: ['ok', LONG] } })?.extensions.detail).toMatch(/Filter.tags must be at most/);
    expect(check(`{ logs(filter: { action: "${LONG}" }) }`)?.extensions.detail).toMatch(/Filter.action must be at most/);
    expect(check('query($unused: String) { logs }', { unused: LONG })?.extensions.detail).toMatch(/\$unused must be at most/);
  });

  it('lets short strings and the long-document inputs through', () => {
    expect(check('query($f: Filter) { logs(filter: $f) }', { f: { action: 'x'.repeat(MAX_STRING_LENGTH), tags: ['a'] } })).toBeUndefined();
    expect(check('mutation($i: ImportMothersInput!) { importMothers(input: $i) }', { i: { content: LONG } })).toBeUndefined();
  });

  it('answers hostile variables without a stack overflow', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 200_000; i++) deep = { d: deep };
    const huge = Array.from({ length: 300_000 }, () => 'short');
    expect(check('{ logs }', { extra: deep, more: huge })).toBeUndefined();
    expect(check('query($f: Filter) { logs(filter: $f) }', { f: { tags: huge } })).toBeUndefined();
  });
});
