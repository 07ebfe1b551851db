import type { PlaceEmailInput } from '../../src/clients/pool.client';
import { RedeemCode } from '../../src/entities';
import { placed, type FakePool } from './fake-pool';
import type { Caller, UsersHarness } from './harness';

export const GENERATE = `mutation($input: GenerateCodesInput!) { generateCodes(input: $input) { batchId codes } }`;
export const REDEEM = `mutation($c: String!, $e: String!) { redeem(input: { code: $c, email: $e }) { status teamName inviteRequestId } }`;

/**
 * A fake pool with mothers `mother-1`, `mother-2`, … each holding one team: `placeEmail` seats the
 * email on the first mother not excluded (or answers NO_CAPACITY when `full` says so).
 */
export function placeOnMothers(pool: FakePool, opts: { mothers?: number; full?: (motherId: string) => boolean } = {}) {
  const mothers = Array.from({ length: opts.mothers ?? 3 }, (_, i) => `mother-${i + 1}`);
  pool.script.placeEmail = (input: PlaceEmailInput) => {
    const free = mothers.find((m) => !(input.excludeMotherIds ?? []).includes(m) && !opts.full?.(m));
    if (!free) return { ...placed(input.idempotencyKey, input.email), status: 'FAILED', motherId: null, teamId: null, teamName: null, errorCode: 'NO_CAPACITY' };
    const n = free.split('-')[1];
    return placed(input.idempotencyKey, input.email, { motherId: free, teamId: `team-${n}`, teamName: `Team ${n}` });
  };
}

/** Generates one code (admin) and returns its plain text. */
export async function newCode(h: UsersHarness, admin: Caller, input: Record<string, unknown> = {}): Promise<string> {
  const res = await h.gql(GENERATE, { input: { count: 1, ...input } }, admin);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.generateCodes.codes[0];
}

/** Generates and redeems a code for `email`; returns the plain code. */
export async function redeemedCode(h: UsersHarness, admin: Caller, email: string, input: Record<string, unknown> = {}): Promise<string> {
  const code = await newCode(h, admin, input);
  const res = await h.gql(REDEEM, { c: code, e: email });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return code;
}

export async function rowOf(h: UsersHarness, admin: Caller, code: string): Promise<RedeemCode> {
  const id = (await h.gql(`query($c: String!) { redeemCode(code: $c) { id } }`, { c: code }, admin)).data.redeemCode.id;
  return h.users.orm.em.fork().findOneOrFail(RedeemCode, { id });
}
