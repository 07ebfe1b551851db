import { Kind, parse, print, type DefinitionNode, type DocumentNode } from 'graphql';

const FEDERATION_NAME = /^(_|link__|federation__)/;

/**
 * A subgraph's `_service { sdl }` is the file plus what federation adds (the `schema` block,
 * directive and `_Any`/`link__*` definitions, `_entities`/`_service`). Removing exactly those and
 * printing both sides definition by definition gives a comparison that fails on any real drift.
 */
export function servedDefinitions(sdl: string): string[] {
  return canonical(parse(sdl), (def) => {
    if (def.kind === Kind.SCHEMA_DEFINITION || def.kind === Kind.DIRECTIVE_DEFINITION) return null;
    if ('name' in def && def.name && FEDERATION_NAME.test(def.name.value)) return null;
    if (def.kind === Kind.OBJECT_TYPE_DEFINITION && def.name.value === 'Query') {
      return { ...def, fields: def.fields?.filter((f) => !FEDERATION_NAME.test(f.name.value)) };
    }
    return def;
  });
}

export function fileDefinitions(sdl: string): string[] {
  return canonical(parse(sdl), (def) => def);
}

function canonical(doc: DocumentNode, keep: (def: DefinitionNode) => DefinitionNode | null): string[] {
  return doc.definitions
    .map(keep)
    .filter((d): d is DefinitionNode => d !== null)
    .map((d) => print(d))
    .sort();
}
