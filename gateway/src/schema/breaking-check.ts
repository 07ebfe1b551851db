import { ApolloGateway } from '@apollo/gateway';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { withAncestors, type Changelog } from './changelog';

/** The schema clients see: the supergraph without federation machinery and @inaccessible parts. */
export async function apiSchemaOf(supergraphSdl: string): Promise<GraphQLSchema> {
  const gateway = new ApolloGateway({ supergraphSdl });
  try {
    return (await gateway.load()).schema;
  } finally {
    await gateway.stop();
  }
}

/** Whether the element at a coordinate exists in `schema` and can carry @deprecated, and whether it does. */
function deprecation(schema: GraphQLSchema, coordinate: string): { deprecatable: boolean; deprecated: boolean } {
  const [typeName, member, arg] = coordinate.split('.');
  const type = schema.getType(typeName);
  if (!type || member === undefined) return { deprecatable: false, deprecated: false };
  if (isObjectType(type) || isInterfaceType(type)) {
    const field = type.getFields()[member];
    if (!field) return { deprecatable: false, deprecated: false };
    const argument = arg === undefined ? undefined : field.args.find((a) => a.name === arg);
    if (arg !== undefined && !argument) return { deprecatable: false, deprecated: false }; // new argument: ask its field
    // An argument of a deprecated field goes with its field.
    return { deprecatable: true, deprecated: field.deprecationReason != null || argument?.deprecationReason != null };
  }
  if (isInputObjectType(type)) {
    const field = type.getFields()[member];
    return field ? { deprecatable: true, deprecated: field.deprecationReason != null } : { deprecatable: false, deprecated: false };
  }
  if (isEnumType(type)) {
    const value = type.getValue(member);
    return value ? { deprecatable: true, deprecated: value.deprecationReason != null } : { deprecatable: false, deprecated: false };
  }
  return { deprecatable: false, deprecated: false };
}

export interface BreakingReport {
  breaking: Change[];
  dangerous: Change[];
  safe: Change[];
  /** One line per breaking change that the policy does not allow (yet). */
  problems: string[];
}

/**
 * Compares the released API schema with the current one. A breaking change passes only when
 * (1) the `## Unreleased` section of the changelog lists it under `### Breaking`, and (2) if the
 * element could carry @deprecated, it did in the released schema and a release at least
 * `minDeprecationDays` ago announced the deprecation under `### Deprecated`.
 */
export async function checkBreaking(opts: {
  released: GraphQLSchema;
  current: GraphQLSchema;
  changelog: Changelog;
  today: string;
  minDeprecationDays: number;
}): Promise<BreakingReport> {
  const changes = await diff(opts.released, opts.current);
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  const problems: string[] = [];
  const cutoff = new Date(Date.parse(opts.today) - opts.minDeprecationDays * 86_400_000).toISOString().slice(0, 10);
  for (const change of breaking) {
    const coordinate = change.path ?? change.type;
    const family = withAncestors(coordinate);
    const why: string[] = [];
    if (!family.some((c) => opts.changelog.unreleasedBreaking.has(c))) {
      why.push('not listed under "## Unreleased / ### Breaking" in docs/api/CHANGELOG.md');
    }
    // The nearest element the released schema knows (e.g. the field of a new required argument).
    const known = family.map((c) => ({ c, ...deprecation(opts.released, c) })).find((d) => d.deprecatable);
    if (known) {
      if (!known.deprecated) why.push(`\`${known.c}\` was not @deprecated in the released schema`);
      const since = withAncestors(known.c).map((c) => opts.changelog.deprecatedSince.get(c)).filter(Boolean).sort()[0];
      if (!since) why.push(`no release in the changelog announced \`${known.c}\` under "### Deprecated"`);
      else if (since > cutoff) why.push(`deprecated on ${since}: the ${opts.minDeprecationDays}-day deprecation period ends after ${opts.today}`);
    }
    if (why.length) problems.push(`${change.message} [${coordinate}]: ${why.join('; ')}`);
  }
  return {
    breaking,
    dangerous: changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous),
    safe: changes.filter((c) => c.criticality.level === CriticalityLevel.NonBreaking),
    problems,
  };
}
