import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { UsersContext } from '../context';

/** The users resolver map: every resolver gets the users request context. */
export type UsersResolvers = GraphQLResolverMap<UsersContext>;
