import type { EntityManager } from '@mikro-orm/core';
import { sqlQuery, type SecretBox } from '@seatpool/kit';
import type { TeamAccess } from '../provider/provider';
import { ProviderError } from '../provider/provider-error';

/** The mother's token, unsealed. A token that no longer opens (key changed) behaves like a rejected one. */
export async function openToken(em: EntityManager, box: SecretBox, motherId: string): Promise<string> {
  // Hand-written (kit's direct-sql): every invite of a burst opens its mother's token.
  const [mother] = await sqlQuery<{ token_ciphertext: string }>(em, 'select token_ciphertext from mother where id = ?', [motherId]);
  if (!mother) throw new ProviderError('token_invalid', 'unseal', { upstreamCode: 'mother_gone' });
  try {
    return box.open(mother.token_ciphertext);
  } catch {
    throw new ProviderError('token_invalid', 'unseal', { upstreamCode: 'token_unreadable' });
  }
}

export async function teamAccess(em: EntityManager, box: SecretBox, motherId: string, teamId: string): Promise<TeamAccess> {
  return { token: await openToken(em, box, motherId), motherId, teamId };
}
