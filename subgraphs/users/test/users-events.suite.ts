import { pollUntil } from '@seatpool/kit/testing';
import { randomUUID } from 'node:crypto';
import { validateEventData } from '../../../schema/events-check';
import { RedeemCode, UsersOutboxEvent } from '../src/entities';
import { ReservationService, factsOf, reservedOf } from '../src/services/reservation.service';
import { placed, type FakePool } from './support/fake-pool';
import { GENERATE, newCode, placeOnMothers, REDEEM, redeemedCode, rowOf } from './support/flows';
import { anonymous, codeOf, gateway, type Caller, type UsersHarness } from './support/harness';
import { captureStatements } from './support/statements';
import { withFakePool } from './support/with-fake-pool';

const notify: Caller = { kind: 'service', sub: 'notify', scopes: [] };
const EVENTS = `query($a: ID, $l: Int) { usersEvents(after: $a, limit: $l) { cursor events { id eventId type version occurredAt data } } }`;
const SWITCH = `mutation($c: String!, $e: String!) { requestSwitch(input: { code: $c, email: $e }) { status } }`;

describe('users events (outbox)', () => {
  let pool: FakePool;
  let h: UsersHarness;
  let admin: Caller;
  withFakePool({ USERS_SWITCH_DEDUP_MS: '0', USERS_JOB_BACKOFF_MS: '0' }, (s) => ({ pool, h, admin } = s));
  const em = () => h.users.orm.em.fork();

  /** The events written after `mark` (an outbox id), oldest first. */
  const since = async (mark: number) => (await em().find(UsersOutboxEvent, { id: { $gt: mark } }, { orderBy: { id: 'asc' } })).map((e) => ({ type: e.type, data: e.payload }));
  const mark = async () => (await em().find(UsersOutboxEvent, {}, { orderBy: { id: 'desc' }, limit: 1 }))[0]?.id ?? 0;

  it('a redeem writes users.code.redeemed once, with ids only', async () => {
    const gen = (await h.gql(GENERATE, { input: { count: 1, motherGroupId: 'group-a' } }, admin)).data.generateCodes;
    const m = await mark();
    expect((await h.gql(REDEEM, { c: gen.codes[0], e: 'buyer@example.com' })).data.redeem.status).toBe('INVITE_SENT');
    // Asked again by the same buyer: the same fact, no second event.
    expect((await h.gql(REDEEM, { c: gen.codes[0], e: 'buyer@example.com' })).data.redeem.status).toBe('ALREADY_IN_TEAM');
    const row = await rowOf(h, admin, gen.codes[0]);
    expect(await since(m)).toEqual([
      { type: 'users.code.redeemed', data: { codeId: row.id, batchId: gen.batchId, motherGroupId: 'group-a', motherId: 'mother-1', teamId: 'team-1', placementKey: row.seatKey } },
    ]);
    const text = JSON.stringify(await since(m));
    expect(text).not.toContain('buyer@example.com');
    expect(text).not.toContain(gen.codes[0]);
  });

  it('the redeem hot path pays one INSERT for its event and reads nothing more', async () => {
    const code = await newCode(h, admin, { motherGroupId: 'group-a' });
    const statements = await captureStatements(h, async () => {
      expect((await h.gql(REDEEM, { c: code, e: 'hot@example.com' })).data.redeem.status).toBe('INVITE_SENT');
    });
    const touching = (table: string) => statements.filter((q) => new RegExp(`\\b${table}\\b`).test(q));
    // One statement writes the event: its INSERT (SQLite), or the bind's single guarded statement (PostgreSQL).
    const writes = touching('users_outbox_event');
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(/^(with [\s\S]*)?insert into users_outbox_event/i);
    // An unused code is not read at all: reserving it by its hash answers what the saga needs, and
    // binding it and its event need no read either.
    expect(touching('redeem_code').filter((q) => /^select/i.test(q))).toHaveLength(0);
    console.info(`redeem: ${statements.length} statements, ${touching('users_outbox_event').length} for the event`);
  });

  it('a redeem without a free seat writes users.redeem.failed (NO_CAPACITY, the mother group); a buyer’s wrong input writes nothing', async () => {
    const code = await newCode(h, admin, { motherGroupId: 'group-b' });
    placeOnMothers(pool, { full: () => true });
    const m = await mark();
    expect(codeOf(await h.gql(REDEEM, { c: code, e: 'full@example.com' }))).toBe('NO_CAPACITY');
    expect(await since(m)).toEqual([{ type: 'users.redeem.failed', data: { reason: 'NO_CAPACITY', motherGroupId: 'group-b' } }]);

    const m2 = await mark();
    const unknown = code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A');
    expect(codeOf(await h.gql(REDEEM, { c: unknown, e: 'x@example.com' }))).toBe('CODE_INVALID');
    expect(codeOf(await h.gql(REDEEM, { c: code, e: 'not an email' }))).toBe('BAD_USER_INPUT');
    expect(await since(m2)).toEqual([]);
  });

  it('an unexpected error in a redeem writes users.redeem.failed (INTERNAL) in its own transaction', async () => {
    // A real database fault, injected for one email: binding the code fails inside the saga.
    const pg = Boolean(process.env.USERS_DATABASE_URL);
    const sql = (q: string) => em().getConnection().execute(q);
    if (pg) {
      await sql(`create function h2_fail_bind() returns trigger as $$ begin if new.actor = 'internal@example.com' then raise exception 'injected'; end if; return new; end $$ language plpgsql`);
      await sql('create trigger h2_fail_bind before insert on code_event for each row execute function h2_fail_bind()');
    } else {
      await sql(`create trigger h2_fail_bind before insert on code_event when new.actor = 'internal@example.com' begin select raise(abort, 'injected'); end`);
    }
    try {
      const code = await newCode(h, admin, { motherGroupId: 'group-c' });
      const m = await mark();
      expect(codeOf(await h.gql(REDEEM, { c: code, e: 'internal@example.com' }))).toBe('INTERNAL');
      expect(await since(m)).toEqual([{ type: 'users.redeem.failed', data: { reason: 'INTERNAL' } }]);
      // The bind rolled back with its event: the code is still reserved for the reconciler.
      expect((await rowOf(h, admin, code)).status).toBe('reserved');
    } finally {
      await sql('drop trigger h2_fail_bind' + (pg ? ' on code_event' : ''));
      if (pg) await sql('drop function h2_fail_bind()');
    }
  });

  it('pool’s accepted and released facts write users.invite.accepted and users.invite.cancelled once each, however often delivered', async () => {
    const accepted = await redeemedCode(h, admin, 'acc@example.com');
    const cancelled = await redeemedCode(h, admin, 'can@example.com');
    const a = await rowOf(h, admin, accepted);
    const c = await rowOf(h, admin, cancelled);
    const m = await mark();
    pool.emit({ type: 'placement.accepted', placementKey: a.seatKey, email: 'acc@example.com' });
    pool.emit({ type: 'placement.accepted', placementKey: a.seatKey, email: 'acc@example.com' }); // at-least-once
    pool.emit({ type: 'placement.released', placementKey: c.seatKey, payload: { reason: 'invite_cancelled', source: 'upstream' } });
    pool.emit({ type: 'placement.released', placementKey: c.seatKey, payload: { reason: 'invite_cancelled', source: 'upstream' } });
    await h.users.maintenance.runOnce();
    expect(await since(m)).toEqual([
      { type: 'users.invite.accepted', data: { codeId: a.id, placementKey: a.seatKey, motherId: 'mother-1' } },
      { type: 'users.invite.cancelled', data: { codeId: c.id, placementKey: c.seatKey, reason: 'INVITE_CANCELLED' } },
    ]);
  });

  it('an operator’s cancelInvite writes users.invite.cancelled once (pool’s own report of it adds nothing)', async () => {
    const code = await redeemedCode(h, admin, 'op-cancel@example.com');
    const row = await rowOf(h, admin, code);
    const invite = (await h.gql(`query($id: ID!) { inviteRequests(filter: { codeId: $id }) { items { id } } }`, { id: row.id }, admin)).data.inviteRequests.items[0];
    const m = await mark();
    expect((await h.gql(`mutation($id: ID!) { cancelInvite(input: { inviteRequestId: $id }) { status } }`, { id: invite.id }, admin)).data.cancelInvite.status).toBe('CANCELLED');
    pool.emit({ type: 'placement.released', placementKey: row.seatKey, payload: { reason: 'cancel', source: 'api' } });
    await h.users.maintenance.runOnce();
    expect(await since(m)).toEqual([{ type: 'users.invite.cancelled', data: { codeId: row.id, placementKey: row.seatKey, reason: 'CANCEL' } }]);
  });

  it('a switch writes users.switch.done (SUCCEEDED, from and to mother) and users.invite.cancelled for the old unaccepted invite', async () => {
    const code = await redeemedCode(h, admin, 'mover@example.com');
    const before = await rowOf(h, admin, code);
    const m = await mark();
    expect((await h.gql(SWITCH, { c: code, e: 'mover@example.com' })).data.requestSwitch.status).toBe('SWITCHED');
    expect(await since(m)).toEqual([
      { type: 'users.switch.done', data: { codeId: before.id, fromMotherId: 'mother-1', toMotherId: 'mother-2', status: 'SUCCEEDED' } },
      { type: 'users.invite.cancelled', data: { codeId: before.id, placementKey: before.seatKey, reason: 'SWITCH' } },
    ]);
  });

  it('a queued switch an operator cancels writes users.switch.done CANCELLED once', async () => {
    const code = await redeemedCode(h, admin, 'waiter@example.com');
    placeOnMothers(pool, { full: () => true });
    expect((await h.gql(SWITCH, { c: code, e: 'waiter@example.com' })).data.requestSwitch.status).toBe('QUEUED');
    const row = await rowOf(h, admin, code);
    const request = (await h.gql(`query($id: ID!) { switchRequests(filter: { codeId: $id }) { items { id } } }`, { id: row.id }, admin)).data.switchRequests.items[0];
    const m = await mark();
    const cancel = `mutation($id: ID!) { cancelSwitchRequest(input: { id: $id }) { status } }`;
    expect((await h.gql(cancel, { id: request.id }, admin)).data.cancelSwitchRequest.status).toBe('CANCELLED');
    expect((await h.gql(cancel, { id: request.id }, admin)).data.cancelSwitchRequest.status).toBe('CANCELLED');
    expect(await since(m)).toEqual([{ type: 'users.switch.done', data: { codeId: row.id, status: 'CANCELLED' } }]);
  });

  it('a finished batch job writes users.job.finished with its counts', async () => {
    const ok = await rowOf(h, admin, await newCode(h, admin));
    const m = await mark();
    const job = (await h.gql(`mutation($ids: [ID!]) { bulkDisableCodes(input: { ids: $ids }) { id } }`, { ids: [ok.id, 'missing-code'] }, admin)).data.bulkDisableCodes;
    // The job runs right after enqueue (job kicker); a maintenance round may find it held and skip it.
    await h.users.maintenance.runOnce();
    await pollUntil(async () => (await since(m)).length > 0, { what: 'users.job.finished written' });
    await h.users.maintenance.runOnce();
    expect(await since(m)).toEqual([
      { type: 'users.job.finished', data: { jobId: job.id, kind: 'DISABLE_CODES', status: 'PARTIALLY_FAILED', total: 2, succeeded: 1, failed: 1 } },
    ]);
  });

  it('a rolled-back change writes no event', async () => {
    const code = await rowOf(h, admin, await newCode(h, admin));
    const key = randomUUID();
    const reservations = new ReservationService(em(), () => new Date());
    expect(await reservations.reserve(code.id, 'rollback@example.com', key, 60_000)).not.toBeNull();
    const m = await mark();
    const outer = em();
    await expect(
      outer.transactional(async (tx) => {
        const settled = await new ReservationService(tx, () => new Date()).complete(key, placed(key, 'rollback@example.com'), reservedOf(factsOf(code), 'rollback@example.com'));
        expect(settled.kind).toBe('placed');
        throw new Error('the surrounding change failed');
      }),
    ).rejects.toThrow('the surrounding change failed');
    expect(await since(m)).toEqual([]);
    expect((await em().findOneOrFail(RedeemCode, { id: code.id })).status).toBe('reserved');
  });

  it('usersEvents pages by cursor for notify, in envelope shape', async () => {
    // The failed bind above left a gap in the ids (on PostgreSQL its event's INSERT drew an id before
    // the statement failed); a young gap holds readers back (kit's outbox-page), so age the rows.
    const aged = em();
    for (const e of await aged.find(UsersOutboxEvent, {})) e.createdAt = new Date(e.createdAt.getTime() - 60_000);
    await aged.flush();
    const all = await em().find(UsersOutboxEvent, {}, { orderBy: { id: 'asc' } });
    expect(all.length).toBeGreaterThan(3);
    const first = (await h.gql(EVENTS, { l: 2 }, notify)).data.usersEvents;
    expect(first.events.map((e: { id: string }) => e.id)).toEqual([String(all[0].id), String(all[1].id)]);
    expect(first.cursor).toBe(String(all[1].id));
    expect(first.events[0]).toEqual({
      id: String(all[0].id),
      eventId: `users-${all[0].id}`,
      type: all[0].type,
      version: 1,
      occurredAt: all[0].createdAt.toISOString(),
      data: JSON.stringify(all[0].payload),
    });
    const rest = (await h.gql(EVENTS, { a: first.cursor, l: 500 }, notify)).data.usersEvents;
    expect(rest.events.map((e: { id: string }) => Number(e.id))).toEqual(all.slice(2).map((e) => e.id));
    expect(rest.cursor).toBe(String(all[all.length - 1].id));
    const end = (await h.gql(EVENTS, { a: rest.cursor }, notify)).data.usersEvents;
    expect(end).toEqual({ events: [], cursor: null });
  });

  it('usersEvents refuses callers without notify’s signed identity and bad arguments', async () => {
    expect(codeOf(await h.gql(EVENTS, {}, null))).toBe('UNAUTHENTICATED');
    expect(codeOf(await h.gql(EVENTS, {}, anonymous))).toBe('UNAUTHENTICATED');
    expect(codeOf(await h.gql(EVENTS, {}, gateway))).toBe('FORBIDDEN');
    expect(codeOf(await h.gql(EVENTS, {}, admin))).toBe('FORBIDDEN');
    const limit = await h.gql(EVENTS, { l: 501 }, notify);
    expect(limit.errors?.[0]).toMatchObject({ message: expect.stringContaining('limit must be from 1 to 500'), extensions: { code: 'BAD_USER_INPUT' } });
    expect(codeOf(await h.gql(EVENTS, { a: 'users-1' }, notify))).toBe('BAD_USER_INPUT');
  });

  it('every event written above validates against its schema/events JSON schema', async () => {
    const all = await em().find(UsersOutboxEvent, {}, { orderBy: { id: 'asc' } });
    expect(new Set(all.map((e) => e.type))).toEqual(
      new Set(['users.code.redeemed', 'users.redeem.failed', 'users.invite.accepted', 'users.invite.cancelled', 'users.switch.done', 'users.job.finished']),
    );
    for (const e of all) expect({ type: e.type, problems: validateEventData(e.type, e.version, e.payload) }).toEqual({ type: e.type, problems: [] });
  });
});
