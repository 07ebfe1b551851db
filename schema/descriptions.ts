// The SDL is the admin UI's documentation: every type, field, argument, input field and enum value
// carries a description. `npm run compose:check` fails on one that does not.
import { Kind, parse, type ASTNode, type DirectiveNode, type NameNode, type StringValueNode } from 'graphql';

type Described = ASTNode & { name: NameNode; description?: StringValueNode; directives?: readonly DirectiveNode[] };

const TYPE_KINDS = new Set<string>([
  Kind.OBJECT_TYPE_DEFINITION,
  Kind.INTERFACE_TYPE_DEFINITION,
  Kind.INPUT_OBJECT_TYPE_DEFINITION,
  Kind.ENUM_TYPE_DEFINITION,
  Kind.SCALAR_TYPE_DEFINITION,
  Kind.UNION_TYPE_DEFINITION,
]);
const TYPE_EXTENSION_KINDS = new Set<string>([Kind.OBJECT_TYPE_EXTENSION, Kind.INTERFACE_TYPE_EXTENSION, Kind.INPUT_OBJECT_TYPE_EXTENSION, Kind.ENUM_TYPE_EXTENSION]);

const hasText = (node: Described) => (node.description?.value.trim() ?? '') !== '';
/** A field another subgraph owns (`@external`) is described where it is defined. */
const isExternal = (node: Described) => node.directives?.some((d) => d.name.value === 'external') ?? false;

/**
 * The undescribed elements of one subgraph SDL, as `Type`, `Type.field`, `Type.field(arg)` or
 * `Enum.VALUE` with their line. Type extensions (`extend type Query`) cannot carry a description;
 * their fields are checked like any other.
 */
export function undescribed(sdl: string): string[] {
  const missing: string[] = [];
  const report = (path: string, node: ASTNode) => missing.push(`${path} (line ${node.loc?.startToken.line ?? '?'})`);
  const doc = parse(sdl);
  for (const def of doc.definitions) {
    if (!TYPE_KINDS.has(def.kind) && !TYPE_EXTENSION_KINDS.has(def.kind)) continue;
    const type = def as Described & { fields?: readonly Described[]; values?: readonly Described[] };
    const typeName = type.name.value;
    if (TYPE_KINDS.has(def.kind) && !hasText(type)) report(typeName, type);
    for (const field of type.fields ?? []) {
      if (isExternal(field)) continue;
      const fieldPath = `${typeName}.${field.name.value}`;
      if (!hasText(field)) report(fieldPath, field);
      for (const arg of (field as { arguments?: readonly Described[] }).arguments ?? []) {
        if (!hasText(arg)) report(`${fieldPath}(${arg.name.value})`, arg);
      }
    }
    for (const value of type.values ?? []) if (!hasText(value)) report(`${typeName}.${value.name.value}`, value);
  }
  return missing;
}
