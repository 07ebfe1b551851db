// Typed documents for every operation in console/src (the .graphql files beside each screen),
// checked against the public API schema (src/gql/api-schema.graphql, made from the supergraph
// without @inaccessible parts). `persistedDocuments` writes the manifest the gateway loads.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';
import { createHash } from 'node:crypto';

// The check (scripts/codegen-check.mjs) regenerates into a temp folder from a fresh API schema.
const out = process.env.CODEGEN_OUT ?? './src/gql/';
const schema = process.env.CODEGEN_SCHEMA ?? './src/gql/api-schema.graphql';

const config: CodegenConfig = {
  schema,
  documents: ['./src/**/*.graphql', '!./src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        // Bare hex sha256 of the registered text: what the persisted-query protocol sends and the gateway indexes.
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: (text: string) => createHash('sha256').update(text).digest('hex') },
      },
      // The registered text already selects __typename, so the cache never needs to add it.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
        skipTypename: false,
      },
    },
  },
};
export default config;
