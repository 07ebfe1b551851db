import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { UsersContext } from '../context';

/** The users resolver map: every resolver gets the users request context. */
export type UsersResolvers = GraphQLResolverMap<UsersContext>;

/** Arguments of a list query: an optional filter and the page. */
export type PageArgs<F> = { filter?: F | null; page?: number | null; pageSize?: number | null };
