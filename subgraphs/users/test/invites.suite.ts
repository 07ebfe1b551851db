import { pollUntil } from '@seatpool/kit/testing';
import { InviteRequest } from '../src/entities';
import { placed, type FakePool } from './support/fake-pool';
import { redeemedCode, rowOf } from './support/flows';
import { codeOf, type Caller, type UsersHarness } from './support/harness';
import { withFakePool } from './support/with-fake-pool';

const LIST = `query($f: InviteRequestFilter) { inviteRequests(filter: $f) { total items { id email status purpose teamName resendCount code { id boundEmail } mother { id } } } }`;
const ACTION = (op: string) => `mutation($id: ID!) { ${op}(input: { inviteRequestId: $id }) { id status releaseReason resendCount } }`;
const RESEND_PUBLIC = `mutation($c: String!, $e: String!) { resendRedeemInvite(input: { code: $c, email: $e }) { teamName inviteStatus } }`;

describe('invite administration', () => {
  let pool: FakePool;
  let h: UsersHarness;
  let admin: Caller;
  withFakePool({}, (s) => ({ pool, h, admin } = s));

  const inviteOf = async (code: string) => h.users.orm.em.fork().findOneOrFail(InviteRequest, { placementKey: (await rowOf(h, admin, code)).seatKey! });

  it('lists invite requests with filters and their code and mother', async () => {
    const code = await redeemedCode(h, admin, 'List@Example.com');
    const res = await h.gql(LIST, { f: { email: 'list@example.com', status: 'SENT', purpose: 'REDEEM' } }, admin);
    expect(res.data.inviteRequests).toMatchObject({ total: 1, items: [{ email: 'list@example.com', status: 'SENT', teamName: 'Team 1', mother: { id: 'mother-1' }, code: { boundEmail: 'list@example.com' } }] });
    expect((await h.gql(LIST, { f: { codeId: (await rowOf(h, admin, code)).id } }, admin)).data.inviteRequests.total).toBe(1);
    expect((await h.gql(LIST, { f: { teamId: 'team-9' } }, admin)).data.inviteRequests.total).toBe(0);
  });

  it('resends, cancels and removes through pool, and the code loses its seat', async () => {
    const code = await redeemedCode(h, admin, 'ops@example.com');
    const invite = await inviteOf(code);
    expect((await h.gql(ACTION('resendInvite'), { id: invite.id }, admin)).data.resendInvite).toMatchObject({ status: 'SENT', resendCount: 1 });
    expect(pool.calls.filter((c) => c.op === 'resendPlacementInvite').map((c) => c.variables.key)).toEqual([invite.placementKey]);

    expect((await h.gql(ACTION('cancelInvite'), { id: invite.id }, admin)).data.cancelInvite).toMatchObject({ status: 'CANCELLED', releaseReason: 'CANCEL' });
    expect(pool.calls.filter((c) => c.op === 'releasePlacement').map((c) => c.variables.input)).toEqual([{ idempotencyKey: invite.placementKey, reason: 'CANCEL' }]);
    expect(await rowOf(h, admin, code)).toMatchObject({ status: 'used', seatKey: null, currentTeamId: null });
    expect(codeOf(await h.gql(ACTION('resendInvite'), { id: invite.id }, admin))).toBe('CONFLICT');

    const member = await redeemedCode(h, admin, 'member@example.com');
    const accepted = await inviteOf(member);
    await h.users.orm.em.fork().nativeUpdate(InviteRequest, { id: accepted.id }, { status: 'accepted' });
    expect(codeOf(await h.gql(ACTION('cancelInvite'), { id: accepted.id }, admin))).toBe('CONFLICT');
    expect((await h.gql(ACTION('removeMember'), { id: accepted.id }, admin)).data.removeMember).toMatchObject({ status: 'REMOVED', releaseReason: 'REMOVE' });
    expect(codeOf(await h.gql(ACTION('removeMember'), { id: 'missing' }, admin))).toBe('NOT_FOUND');
  });

  it('answers UPSTREAM_UNAVAILABLE and changes nothing when pool fails', async () => {
    const code = await redeemedCode(h, admin, 'down@example.com');
    const invite = await inviteOf(code);
    pool.script.releasePlacement = () => ({ error: 'INTERNAL' });
    expect(codeOf(await h.gql(ACTION('cancelInvite'), { id: invite.id }, admin))).toBe('UPSTREAM_UNAVAILABLE');
    expect((await inviteOf(code)).status).toBe('sent');
  });

  it('lets the owner resend with code + email, at most once a minute', async () => {
    const code = await redeemedCode(h, admin, 'own@example.com');
    expect(codeOf(await h.gql(RESEND_PUBLIC, { c: code, e: 'thief@example.com' }))).toBe('CODE_INVALID');
    expect((await h.gql(RESEND_PUBLIC, { c: code, e: 'own@example.com' })).data.resendRedeemInvite).toEqual({ teamName: 'Team 1', inviteStatus: 'SENT' });
    const again = await h.gql(RESEND_PUBLIC, { c: code, e: 'own@example.com' }, undefined, { 'accept-language': 'zh-CN' });
    expect(again.errors![0]).toMatchObject({ message: '请求过于频繁，请稍后再试。（邀请刚刚重发过，请稍后再试。）', extensions: { code: 'RATE_LIMITED', reason: 'RESEND_COOLDOWN' } });
    pool.script.resendPlacementInvite = (key) => placed(key, 'own@example.com', { inviteState: 'ACCEPTED' });
    await h.users.orm.em.fork().nativeUpdate(InviteRequest, { placementKey: (await rowOf(h, admin, code)).seatKey! }, { resentAt: null });
    expect((await h.gql(RESEND_PUBLIC, { c: code, e: 'own@example.com' })).data.resendRedeemInvite.inviteStatus).toBe('ACCEPTED');
    expect((await h.gql(RESEND_PUBLIC, { c: code, e: 'own@example.com' })).errors![0].extensions.reason).toBe('INVITE_ALREADY_ACCEPTED');
  });

  it('runs a bulk action as a job right after it is enqueued', async () => {
    const ids = [];
    for (const e of ['b1@example.com', 'b2@example.com']) ids.push((await inviteOf(await redeemedCode(h, admin, e))).id);
    const job = (await h.gql(`mutation($ids: [ID!]!) { bulkInviteAction(input: { action: CANCEL, inviteRequestIds: $ids }) { id } }`, { ids }, admin)).data.bulkInviteAction;
    const status = await pollUntil(async () => {
      const now = (await h.gql(`query($id: ID!) { batchJob(id: $id) { status done total } }`, { id: job.id }, admin)).data.batchJob.status;
      return !['PENDING', 'RUNNING'].includes(now) && now;
    }, { what: 'the job finished' });
    expect(status).toBe('SUCCEEDED');
    expect((await h.users.orm.em.fork().find(InviteRequest, { id: { $in: ids } })).map((i) => i.status)).toEqual(['cancelled', 'cancelled']);
  });
});
