// Prints the public API schema (what clients see: the supergraph without federation machinery
// and @inaccessible parts) — the schema the console's typed documents are checked against.
import { Supergraph } from '@apollo/federation-internals';
import { printSchema, lexicographicSortSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const SUPERGRAPH = resolve(here, '../../schema/supergraph.graphql');
export const API_SCHEMA = resolve(here, '../src/gql/api-schema.graphql');

export function apiSchemaSdl() {
  const api = Supergraph.build(readFileSync(SUPERGRAPH, 'utf8')).apiSchema().toGraphQLJSSchema();
  return `# Generated from schema/supergraph.graphql by console/scripts/api-schema.mjs. Do not edit.\n${printSchema(lexicographicSortSchema(api))}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? API_SCHEMA;
  writeFileSync(out, apiSchemaSdl());
}
