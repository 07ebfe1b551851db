import type { ApolloServerOptions } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLFormattedError, type ValidationContext } from 'graphql';
import type { GatewayConfig } from '../config';

export type LimitName = 'depth' | 'aliases' | 'cost' | 'tokens' | 'directives' | 'body';

/** Armor reports through this: our own code, the limit's name and the English detail for localization. */
const reject = (limit: LimitName) => (ctx: ValidationContext | null, error: GraphQLError) => {
  ctx?.reportError(
    new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', limit, detail: error.message.replace(/^Syntax Error: /, '') } }),
  );
};

/**
 * Query limits checked before a document runs (graphql-armor validation rules): depth, aliases,
 * cost and directives. The token limit is enforced by graphql-js's own parser option with armor's
 * figure: armor's Apollo token plugin throws from a parsing hook, which Apollo answers as an
 * internal error (500) instead of a client error. Field suggestions ("did you mean …") are
 * blocked whenever introspection is off, or they would leak the schema piece by piece.
 */
export function queryLimits(config: GatewayConfig): Pick<ApolloServerOptions<any>, 'validationRules' | 'plugins' | 'parseOptions'> {
  const common = { exposeLimits: true, propagateOnRejection: false };
  const armor = new ApolloArmor({
    maxDepth: { ...common, n: config.GATEWAY_MAX_DEPTH, onReject: [reject('depth')] },
    maxAliases: { ...common, n: config.GATEWAY_MAX_ALIASES, onReject: [reject('aliases')] },
    costLimit: { ...common, maxCost: config.GATEWAY_MAX_COST, onReject: [reject('cost')] },
    maxDirectives: { ...common, n: config.GATEWAY_MAX_DIRECTIVES, onReject: [reject('directives')] },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !config.introspection },
  }).protect();
  return { validationRules: armor.validationRules, plugins: armor.plugins, parseOptions: { maxTokens: config.GATEWAY_MAX_TOKENS } };
}

const TOKENS = /^Syntax Error: Document contains more that (\d+) tokens/;

/**
 * Gives limit refusals one shape whatever produced them: `BAD_USER_INPUT` with `extensions.limit`
 * (Apollo re-labels validation-rule errors GRAPHQL_VALIDATION_FAILED and the parser's token stop
 * GRAPHQL_PARSE_FAILED; a client should not need to know which stage said no).
 */
export function labelLimitErrors(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const ext = formatted.extensions ?? {};
  if (typeof ext.limit === 'string') return { ...formatted, extensions: { ...ext, code: 'BAD_USER_INPUT' } };
  // A literal our scalar refused (e.g. DateTime "yesterday"): a bad value, like a bad variable.
  const cause = (error as { originalError?: { extensions?: { code?: unknown } } } | undefined)?.originalError;
  if (ext.code === 'GRAPHQL_VALIDATION_FAILED' && cause?.extensions?.code === 'BAD_USER_INPUT') {
    return { ...formatted, extensions: { ...ext, code: 'BAD_USER_INPUT' } };
  }
  const tokens = ext.code === 'GRAPHQL_PARSE_FAILED' ? TOKENS.exec(formatted.message) : null;
  if (tokens) {
    const detail = `Token limit of ${tokens[1]} exceeded.`;
    return { message: `Syntax Error: ${detail}`, extensions: { ...ext, code: 'BAD_USER_INPUT', limit: 'tokens', detail } };
  }
  return formatted;
}
