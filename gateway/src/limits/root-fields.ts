import {
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export interface RootField {
  name: string;
  /** Argument values with variables substituted (raw, not yet coerced to their types). */
  args: Record<string, unknown>;
}

/**
 * Every root field an operation will run, once per occurrence: aliases count separately and
 * fragments (named or inline) are looked through, so `a: redeem … b: redeem …` or a redeem hidden
 * in a fragment on Mutation costs what it does. `@skip`/`@include` are ignored on purpose (a
 * limiter that trusted them could be dodged with a variable).
 */
export function rootFields(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): RootField[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const out: RootField[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const args: Record<string, unknown> = {};
        for (const arg of sel.arguments ?? []) args[arg.name.value] = valueFromASTUntyped(arg.value, variables);
        out.push({ name: sel.name.value, args });
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(sel.selectionSet);
      } else {
        // Each named fragment once: spreading it twice merges into the same fields (one
        // execution), and walking it again could blow up exponentially on nested spreads.
        const frag = fragments.get(sel.name.value);
        if (frag && !seen.has(frag.name.value)) {
          seen.add(frag.name.value);
          walk(frag.selectionSet);
        }
      }
    }
  };
  walk(operation.selectionSet);
  return out;
}
