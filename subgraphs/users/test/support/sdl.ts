import { Kind, parse, print, type DefinitionNode, type DocumentNode } from 'graphql';

const FEDERATION_TYPES = /^(link__|federation__|_Any$|_Service$|_Entity$|join__)/;
const FEDERATION_FIELDS = new Set(['_entities', '_service']);

/**
 * The definitions an SDL author wrote, printed in name order: drops what `buildSubgraphSchema`
 * adds to `_service { sdl }` (directive definitions, link/federation types, `_entities`, `_service`,
 * the schema definition), so the served SDL can be compared with `schema/users.graphql`.
 */
export function authoredDefinitions(sdl: string): string {
  const doc: DocumentNode = parse(sdl);
  const kept = doc.definitions.flatMap((def): DefinitionNode[] => {
    if (def.kind === Kind.DIRECTIVE_DEFINITION || def.kind === Kind.SCHEMA_DEFINITION) return [];
    if (!('name' in def) || !def.name) return [def];
    if (FEDERATION_TYPES.test(def.name.value)) return [];
    if (def.kind === Kind.OBJECT_TYPE_DEFINITION && def.fields) {
      return [{ ...def, fields: def.fields.filter((f) => !FEDERATION_FIELDS.has(f.name.value)) }];
    }
    return [def];
  });
  const key = (d: DefinitionNode) => ('name' in d && d.name ? d.name.value : print(d));
  return kept
    .sort((a, b) => key(a).localeCompare(key(b)))
    .map((d) => print(d))
    .join('\n\n');
}
