// The one GraphQL Code Generator setup for a subgraph's resolver types (each subgraph's codegen.ts
// names its schema, context and parents). Output: src/generated/resolvers-types.ts.
import type { CodegenConfig } from '@graphql-codegen/cli';

type Output = Exclude<CodegenConfig['generates'][string], unknown[]>;

export interface ResolverTypesOptions {
  /** The subgraph's SDL, relative to its package. */
  schema: string;
  /** `module#Type` of the resolver context. */
  contextType: string;
  /** `module#Type` of each GraphQL type's parent (entities, service results). */
  mappers: Record<string, string>;
  /** Stored enum values per GraphQL enum (the resolvers' lower-case values). */
  enumValues?: Record<string, unknown>;
  /** Suffix of the imported mapper types, so they do not clash with the generated GraphQL types. */
  mapperTypeSuffix?: string;
}

export function resolverTypes(opts: ResolverTypesOptions): Output {
  return {
    schema: opts.schema,
    plugins: ['typescript', 'typescript-resolvers'],
    config: {
      federation: true,
      useTypeImports: true,
      enumsAsTypes: true,
      ...(opts.enumValues ? { enumValues: opts.enumValues } : {}),
      contextType: opts.contextType,
      scalars: { DateTime: 'Date' },
      ...(opts.mapperTypeSuffix ? { mapperTypeSuffix: opts.mapperTypeSuffix } : {}),
      mappers: opts.mappers,
    },
  };
}
