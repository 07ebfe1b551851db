import type { EntityManager } from '@mikro-orm/core';
import type { SecretBox } from '@seatpool/kit';
import { Mother } from '../entities';
import type { TeamAccess } from '../provider/provider';
import { ProviderError } from '../provider/provider-error';

/** The mother's token, unsealed. A token that no longer opens (key changed) behaves like a rejected one. */
export async function openToken(em: EntityManager, box: SecretBox, motherId: string): Promise<string> {
  const mother = await em.findOne(Mother, { id: motherId }, { fields: ['id', 'tokenCiphertext'], disableIdentityMap: true });
  if (!mother) throw new ProviderError('token_invalid', 'unseal', { upstreamCode: 'mother_gone' });
  try {
    return box.open(mother.tokenCiphertext);
  } catch {
    throw new ProviderError('token_invalid', 'unseal', { upstreamCode: 'token_unreadable' });
  }
}

export async function teamAccess(em: EntityManager, box: SecretBox, motherId: string, teamId: string): Promise<TeamAccess> {
  return { token: await openToken(em, box, motherId), motherId, teamId };
}
