import type { Resolvers } from '../generated/resolvers-types';

/** The users resolver map, typed from schema/users.graphql (src/generated/, `npm run codegen`). */
export type UsersResolvers = Resolvers;

/** A row a non-null foreign key points at (codes are never deleted): a miss is a bug, never a null answer. */
export async function referenced<T>(row: Promise<T | null>, what: string): Promise<T> {
  const found = await row;
  if (found === null) throw new Error(`${what} is missing`);
  return found;
}
