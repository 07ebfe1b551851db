import { Kind, parse, print, type DefinitionNode } from 'graphql';

const GENERATED_TYPES = new Set(['_Service', '_Entity', '_Any', 'FieldSet']);
const GENERATED_PREFIX = /^(link__|federation__|join__)/;
const GENERATED_FIELDS = new Set(['_entities', '_service']);

/**
 * The definitions a subgraph author wrote, printed canonically and sorted: drops what
 * federation adds (`_service`, `_entities`, link/federation types, directive definitions), so
 * a served `_service { sdl }` can be compared with the SDL file it was built from.
 */
export function authoredDefinitions(sdl: string): string[] {
  const out: string[] = [];
  for (const def of parse(sdl).definitions as DefinitionNode[]) {
    if (def.kind === Kind.DIRECTIVE_DEFINITION || def.kind === Kind.SCHEMA_DEFINITION || def.kind === Kind.SCHEMA_EXTENSION) continue;
    if (!('name' in def) || !def.name) continue;
    const name = def.name.value;
    if (GENERATED_TYPES.has(name) || GENERATED_PREFIX.test(name)) continue;
    if (def.kind === Kind.OBJECT_TYPE_DEFINITION && def.fields) {
      const fields = def.fields.filter((f) => !GENERATED_FIELDS.has(f.name.value));
      out.push(print({ ...def, fields }));
    } else {
      out.push(print(def));
    }
  }
  return out.sort();
}
