/**
 * A flash sale of redeems (issue 12): `mothers × seatsPerMother` fresh sandbox seats in their own
 * mother group, `redeems` codes of that group, every redeem sent at once through the gateway, then
 * the invariant checked once the stack is quiet. Used by the small burst test (`npm test`) and by
 * `npm run bench:load`; the stack must raise the gateway's public rate limits.
 */
import { randomBytes } from 'node:crypto';

type Gql = (query: string, variables?: Record<string, unknown>) => Promise<{ data?: any; errors?: { message: string; extensions?: Record<string, any> }[] }>;

/** What the burst needs from a running stack (the e2e harness and the bench stack both fit). */
export interface BurstStack {
  /** Anonymous GraphQL through the gateway. */
  gql: Gql;
  /** A logged-in admin client through the gateway. */
  admin: () => Promise<Gql>;
  /** The sandbox upstream's base URL (its control surface creates the workspaces). */
  sandboxUrl: string;
}

export interface BurstOptions {
  redeems: number;
  mothers: number;
  seatsPerMother: number;
  /** How long to wait for reservations and holds to settle afterwards (default 60 s). */
  settleTimeoutMs?: number;
}

export interface BurstResult {
  redeems: number;
  seats: number;
  /** Answers by status or error code (INVITE_SENT, NO_CAPACITY, PROCESSING, UPSTREAM_UNAVAILABLE, ...). */
  answers: Record<string, number>;
  inviteSent: number;
  noCapacity: number;
  /** Every answer that is neither INVITE_SENT nor NO_CAPACITY. */
  other: number;
  durationMs: number;
  redeemsPerSecond: number;
  /** After the stack settled (whole stack). */
  codesReserved: number;
  seatsHeld: number;
  /** This burst's codes that ended USED, and its mothers' used seats. */
  codesUsed: number;
  seatsUsed: number;
  /** Emails the upstream shows more than once across this burst's workspaces (must be 0). */
  seatedTwice: number;
  /** Upstream occupants of this burst's workspaces (must equal codesUsed). */
  upstreamOccupants: number;
}

const REDEEM = 'mutation($i: RedeemInput!) { redeem(input: $i) { status } }';

export async function runRedeemBurst(stack: BurstStack, opts: BurstOptions): Promise<BurstResult> {
  const admin = await stack.admin();
  const tag = randomBytes(4).toString('hex');
  const must = async (query: string, variables: Record<string, unknown>) => {
    const res = await admin(query, variables);
    if (res.errors?.length) throw new Error(`${query.slice(0, 40)}…: ${res.errors[0].message}`);
    return res.data;
  };
  const group = (await must('mutation($i: CreateMotherGroupInput!) { createMotherGroup(input: $i) { id } }', { i: { name: `burst-${tag}` } })).createMotherGroup.id as string;
  const mothers: { id: string; teamId: string }[] = [];
  for (let i = 0; i < opts.mothers; i++) {
    const account = (await (await fetch(`${stack.sandboxUrl}/_sandbox/accounts`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ seats: opts.seatsPerMother }),
    })).json()) as { accessToken: string; accountIds: string[] };
    const input = { name: `burst-${tag}-${i}`, accessToken: account.accessToken, seatLimit: opts.seatsPerMother, motherGroupId: group };
    const created = await must('mutation($i: CreateMotherInput!) { createMother(input: $i) { id } }', { i: input });
    mothers.push({ id: created.createMother.id, teamId: account.accountIds[0] });
  }
  const codes: string[] = [];
  while (codes.length < opts.redeems) {
    const n = Math.min(10_000, opts.redeems - codes.length);
    codes.push(...(await must('mutation($i: GenerateCodesInput!) { generateCodes(input: $i) { codes } }', { i: { count: n, motherGroupId: group } })).generateCodes.codes);
  }

  const started = performance.now();
  const replies = await Promise.all(codes.map((code, i) =>
    stack.gql(REDEEM, { i: { code, email: `b${i}-${tag}@burst.example.com` } }).then(
      (r) => (r.data?.redeem?.status as string | undefined) ?? (r.errors?.[0]?.extensions?.code as string | undefined) ?? 'NO_ANSWER',
      () => 'NETWORK_ERROR',
    )));
  const durationMs = performance.now() - started;
  const answers: Record<string, number> = {};
  for (const a of replies) answers[a] = (answers[a] ?? 0) + 1;

  // Quiet: nothing reserved or held any more (PROCESSING answers are finished by the reconciler).
  const deadline = Date.now() + (opts.settleTimeoutMs ?? 60_000);
  let dash: { codes: { reserved: number }; seats: { held: number } };
  for (;;) {
    dash = (await must('{ dashboard { codes { reserved } seats { held } } }', {})).dashboard;
    if ((dash.codes.reserved === 0 && dash.seats.held === 0) || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  let seatsUsed = 0;
  const seen = new Map<string, number>();
  for (const m of mothers) {
    seatsUsed += (await must('query($id: ID!) { mother(id: $id) { seatsUsed } }', { id: m.id })).mother.seatsUsed as number;
    const ws = (await (await fetch(`${stack.sandboxUrl}/_sandbox/accounts/${m.teamId}`)).json()) as {
      invites: { email_address: string }[]; members: { email: string; role: string }[];
    };
    for (const e of [...ws.invites.map((i) => i.email_address), ...ws.members.filter((x) => x.role !== 'account-owner').map((x) => x.email)]) seen.set(e, (seen.get(e) ?? 0) + 1);
  }
  let codesUsed = 0;
  for (let i = 0; i < codes.length; i += 50) {
    const batch = await Promise.all(codes.slice(i, i + 50).map((c) => must('query($c: String!) { redeemCode(code: $c) { status } }', { c })));
    codesUsed += batch.filter((d) => d.redeemCode.status === 'USED').length;
  }
  const inviteSent = answers.INVITE_SENT ?? 0;
  const noCapacity = answers.NO_CAPACITY ?? 0;
  return {
    redeems: opts.redeems,
    seats: opts.mothers * opts.seatsPerMother,
    answers,
    inviteSent,
    noCapacity,
    other: opts.redeems - inviteSent - noCapacity,
    durationMs: Math.round(durationMs),
    redeemsPerSecond: Math.round((opts.redeems / durationMs) * 1000),
    codesReserved: dash.codes.reserved,
    seatsHeld: dash.seats.held,
    codesUsed,
    seatsUsed,
    seatedTwice: [...seen.values()].filter((n) => n > 1).length,
    upstreamOccupants: [...seen.values()].reduce((a, b) => a + b, 0),
  };
}
