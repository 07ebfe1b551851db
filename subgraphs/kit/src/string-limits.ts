import type { ApolloServerPlugin } from '@apollo/server';
import { AppError } from './errors';
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  typeFromAST,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/**
 * The longest string any argument or input field may carry, in characters, unless listed in
 * `LONG_STRINGS`. Names, emails, codes, tokens, filters and notes fit with room to spare; a
 * longer value is refused (BAD_USER_INPUT), never truncated. docs/operations/SECURITY.md §3.
 */
export const MAX_STRING_LENGTH = 16_384;

/** The few inputs that carry documents, by schema coordinate (`Type.field` or `Type.field(arg:)`). */
export const LONG_STRINGS: Readonly<Record<string, number>> = {
  'ImportMothersInput.content': 1_000_000, // a bulk import (pool also caps it at 1,000,000)
  'IngestMotherInput.payload': 200_000, // a pasted session answer with its teams
};

const capOf = (coordinate: string) => LONG_STRINGS[coordinate] ?? MAX_STRING_LENGTH;

/** No cap is below this: shorter strings can never be refused. */
const SMALLEST_CAP = Math.min(MAX_STRING_LENGTH, ...Object.values(LONG_STRINGS));

/** True when some string in `value` (at any depth: a loop, so a hostile nesting cannot overflow the stack) is longer than `limit`. */
function hasLongString(value: unknown, limit: number): boolean {
  const pending: unknown[] = [value];
  while (pending.length) {
    const v = pending.pop();
    if (typeof v === 'string') {
      if (v.length > limit) return true;
    } else if (v && typeof v === 'object') {
      for (const item of Array.isArray(v) ? v : Object.values(v)) pending.push(item); // no spread: a huge list would overflow it
    }
  }
  return false;
}

/**
 * The first string argument (literal or variable, at any depth of an input object or list) that
 * is longer than its cap, as a BAD_USER_INPUT error; undefined when all fit. Runs before anything
 * is planned or resolved, so an oversized value costs one pass over the operation.
 */
export function overlongString(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): AppError | undefined {
  // The typed walk below costs a visit of the whole operation; it can only refuse a string longer
  // than the smallest cap, and a literal is never longer than the operation's text.
  const source = document.loc?.source.body.length ?? Infinity;
  const declared = (operation.variableDefinitions ?? []).map((v) => variables[v.variable.name.value]);
  if (source <= SMALLEST_CAP && !hasLongString(declared, SMALLEST_CAP)) return undefined;
  let found: AppError | undefined;
  const check = (value: unknown, type: GraphQLInputType | undefined, coordinate: string): void => {
    if (found || value === null || value === undefined) return;
    const inner = type ? getNullableType(type) : undefined;
    if (Array.isArray(value)) {
      for (const item of value) check(item, inner && isListType(inner) ? inner.ofType : inner, coordinate);
      return;
    }
    if (typeof value === 'string') {
      const cap = capOf(coordinate);
      if (value.length > cap) {
        found = new AppError('BAD_USER_INPUT', { detail: `${coordinate} must be at most ${cap} characters (got ${value.length}).` });
      }
      return;
    }
    if (typeof value === 'object') {
      const named = type ? getNamedType(type) : undefined;
      const fields = named && isInputObjectType(named) ? named.getFields() : undefined;
      for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
        check(v, fields?.[key]?.type, named ? `${named.name}.${key}` : `${coordinate}.${key}`);
      }
    }
  };
  const used = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  const fragments = new Set<OperationDefinitionNode | DocumentNode['definitions'][number]>([operation]);
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.add(def);
  for (const def of fragments) {
    visit(
      def,
      visitWithTypeInfo(typeInfo, {
        Argument(node) {
          const arg = typeInfo.getArgument();
          const field = typeInfo.getFieldDef();
          const parent = typeInfo.getParentType();
          const coordinate = `${parent?.name ?? '?'}.${field?.name ?? '?'}(${node.name.value}:)`;
          check(valueFromASTUntyped(node.value, variables), arg?.type, coordinate);
          visit(node.value, { Variable: (v) => void used.add(v.name.value) });
          return false; // the value was walked with its type
        },
      }),
    );
    if (found) return found;
  }
  // Variables no argument uses are not forwarded, but they were still sent: the same caps apply.
  for (const v of operation.variableDefinitions ?? []) {
    const name = v.variable.name.value;
    if (used.has(name)) continue;
    const type = typeFromAST(schema, v.type as never) as GraphQLInputType | undefined;
    check(variables[name], type, `$${name}`);
  }
  return found;
}

/** Refuses an operation whose string arguments exceed their caps (HTTP 400), before any resolver runs. */
export function stringLimitPlugin(): ApolloServerPlugin<any> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          if (!rc.operation) return;
          const error = overlongString(rc.schema, rc.document, rc.operation, rc.request.variables ?? {});
          if (error) {
            error.extensions.http = { status: 400 };
            throw error;
          }
        },
      };
    },
  };
}
