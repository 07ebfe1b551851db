/** Shared steps of the users end-to-end tests (all through the gateway, against real pool and sandbox). */
import type { Stack } from './harness';

type Admin = Awaited<ReturnType<Stack['admin']>>;

export const REDEEM = `mutation($i: RedeemInput!) { redeem(input: $i) { status teamName inviteRequestId } }`;
export const SWITCH = `mutation($i: RequestSwitchInput!) { requestSwitch(input: $i) { status teamName switchesLeft } }`;
export const STATUS = `query($c: String!, $e: String!) { redeemStatus(code: $c, email: $e) { codeStatus teamName inviteStatus switchesLeft switchQueued } }`;
export const CODE = `query($c: String!) { redeemCode(code: $c) { id status boundEmail currentTeamId teamName switchCount switchesLeft mother { id } } }`;

let seq = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++seq}`;

function check<T extends { errors?: unknown; data?: any }>(res: T, what: string): T {
  if (res.errors) throw new Error(`${what}: ${JSON.stringify(res.errors)}`);
  return res;
}

/** A mother group, so each test places only on its own mothers. */
export async function motherGroup(admin: Admin): Promise<string> {
  const res = check(await admin(`mutation($i: CreateMotherGroupInput!) { createMotherGroup(input: $i) { id } }`, { i: { name: unique('group') } }), 'createMotherGroup');
  return res.data.createMotherGroup.id;
}

/** A sandbox workspace registered as a mother of the group; returns ids and the upstream team id. */
export async function mother(stack: Stack, admin: Admin, groupId: string, seats = 7) {
  const account = await stack.sandboxAccount(seats);
  const res = check(
    await admin(`mutation($i: CreateMotherInput!) { createMother(input: $i) { id name teams { teamId name } } }`, {
      i: { name: unique('mother'), accessToken: account.accessToken, seatLimit: seats, motherGroupId: groupId },
    }),
    'createMother',
  );
  const created = res.data.createMother;
  return { id: created.id as string, teamId: account.accountIds[0], teamName: created.teams[0].name as string | null };
}

export async function codes(admin: Admin, input: Record<string, unknown>): Promise<string[]> {
  return check(await admin(`mutation($i: GenerateCodesInput!) { generateCodes(input: $i) { codes } }`, { i: { count: 1, ...input } }), 'generateCodes').data.generateCodes.codes;
}

export async function redeemed(stack: Stack, admin: Admin, groupId: string, email: string): Promise<string> {
  const [code] = await codes(admin, { motherGroupId: groupId });
  check(await stack.gql(REDEEM, { i: { code, email } }), 'redeem');
  return code;
}

/** Emails with a pending invite or membership in the sandbox workspace. */
export async function seated(stack: Stack, teamId: string): Promise<string[]> {
  const state = await stack.sandboxState(teamId);
  return [...state.invites.map((i) => i.email_address), ...state.members.filter((m) => m.role !== 'account-owner').map((m) => m.email)].sort();
}

export async function fault(stack: Stack, body: object) {
  await fetch(`${stack.sandbox.url}/_sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

export async function clearFaults(stack: Stack) {
  await fetch(`${stack.sandbox.url}/_sandbox/faults`, { method: 'DELETE' });
}

/** Invite POSTs the sandbox received per workspace (first invites and resends). */
export async function invitePosts(stack: Stack, teamId: string): Promise<number> {
  const res = (await (await fetch(`${stack.sandbox.url}/_sandbox/requests`)).json()) as { invitePosts: Record<string, number> };
  return res.invitePosts[teamId] ?? 0;
}
