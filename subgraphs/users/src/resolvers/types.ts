import type { Resolvers } from '../generated/resolvers-types';

/** The users resolver map, typed from schema/users.graphql (src/generated/, `npm run codegen`). */
export type UsersResolvers = Resolvers;

/** A row a non-null foreign key points at (codes are never deleted): a miss is a bug, never a null answer. */
export async function referenced<T>(row: Promise<T | null>, what: string): Promise<T> {
  const found = await row;
  if (found === null) throw new Error(`${what} is missing`);
  return found;
}

/** What is left of a limit (null = unlimited), never below zero. */
export const left = (limit: number | null | undefined, used: number) => (limit === null || limit === undefined ? null : Math.max(0, limit - used));
