import { SequenceService } from '../src/services/sequence.service';
import { CREATE_MOTHER, PLACE_EMAIL, seedMother, usePoolPerTest, type Harness } from './support/harness';

const G = 'id name description isActive teamTemplate childNameTemplate childEmailTemplate emailDomain autoInvite mothersCount';
const CREATE_PG = `mutation ($input: CreatePoolGroupInput!) { createPoolGroup(input: $input) { ${G} } }`;
const UPDATE_PG = `mutation ($input: UpdatePoolGroupInput!) { updatePoolGroup(input: $input) { ${G} } }`;
const DELETE_PG = `mutation ($id: ID!) { deletePoolGroup(input: { id: $id }) }`;
const PREVIEW = `query ($input: PoolGroupNamePreviewInput!) { poolGroupNamePreview(input: $input) { teamNames childNames childEmails } }`;
const SYNC_PG = `mutation ($input: SyncPoolGroupInput!) { syncPoolGroup(input: $input) { poolGroupId mothers { motherId renamed invited errors sync { discovered } } } }`;
const CREATE_MG = `mutation ($input: CreateMotherGroupInput!) { createMotherGroup(input: $input) { id name description teamNameTemplate } }`;
const DELETE_MG = `mutation ($id: ID!) { deleteMotherGroup(input: { id: $id }) }`;
const APPLY = `mutation ($id: ID!) { applyTeamNameTemplate(input: { motherId: $id }) { renamed mother { teams { name } } } }`;
const code = (r: any) => r.errors?.[0].extensions?.code;
const today = () => new Date().toISOString().slice(0, 10).replace(/-/g, '');

describe('mother groups, pool groups, naming and the pool sync', () => {
  let h: Harness;
  usePoolPerTest((_sandbox, harness) => {
    h = harness;
  });

  it('validates pool-group settings: unknown placeholders, stray braces, bad domains, duplicate names', async () => {
    const ok = await h.gql('admin', CREATE_PG, { input: { name: 'Pool A', teamTemplate: '{group}-{date}-{seq3}', emailDomain: 'Kids.Example.com' } });
    expect(ok.data.createPoolGroup).toMatchObject({ name: 'Pool A', isActive: true, autoInvite: false, emailDomain: 'kids.example.com', mothersCount: 0 });
    const unknown = await h.gql('admin', CREATE_PG, { input: { name: 'Pool B', teamTemplate: '{group}-{email_prefix}' } });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', detail: expect.stringContaining('{email_prefix}') });
    expect(code(await h.gql('admin', CREATE_PG, { input: { name: 'Pool C', childNameTemplate: '{group-{seq3}' } }))).toBe('BAD_USER_INPUT');
    expect(code(await h.gql('admin', CREATE_PG, { input: { name: 'Pool D', emailDomain: 'not a domain' } }))).toBe('BAD_USER_INPUT');
    expect(code(await h.gql('admin', CREATE_PG, { input: { name: 'Pool E', childEmailTemplate: '{group}-{seq3}' } }))).toBe('BAD_USER_INPUT');
    expect(code(await h.gql('admin', CREATE_PG, { input: { name: 'Pool A' } }))).toBe('CONFLICT');
    const cleared = await h.gql('admin', UPDATE_PG, { input: { id: ok.data.createPoolGroup.id, teamTemplate: null, autoInvite: true } });
    expect(cleared.data.updatePoolGroup).toMatchObject({ teamTemplate: null, autoInvite: true, emailDomain: 'kids.example.com' });
  });

  it('previews the next names without taking a sequence number', async () => {
    const g = (await h.gql('admin', CREATE_PG, { input: { name: 'My Group!', emailDomain: 'kids.test' } })).data.createPoolGroup;
    const preview = async (input: Record<string, unknown> = {}) => (await h.gql('admin', PREVIEW, { input: { poolGroupId: g.id, ...input } })).data.poolGroupNamePreview;
    const first = await preview();
    expect(first.teamNames).toEqual([`My-Group--${today()}-001`, `My-Group--${today()}-002`, `My-Group--${today()}-003`]);
    expect(first.childEmails[0]).toBe(`my-group--${today()}-001@kids.test`);
    expect(await preview()).toEqual(first);
    expect((await preview({ teamTemplate: 'T-{seq3}', count: 2 })).teamNames).toEqual(['T-001', 'T-002']);
    expect(code(await h.gql('admin', PREVIEW, { input: { poolGroupId: g.id, teamTemplate: '{nope}' } }))).toBe('BAD_USER_INPUT');
  });

  it('never places a customer on a pool-group mother; the sync names its teams and auto-invites children', async () => {
    const g = (await h.gql('admin', CREATE_PG, { input: { name: 'Kids', emailDomain: 'kids.test', autoInvite: true, teamTemplate: '{group}-{date}-{seq3}' } })).data.createPoolGroup;
    const acct = await h.account(3);
    const m = (await h.gql('admin', CREATE_MOTHER, { input: { name: 'PoolMom', accessToken: acct.accessToken, poolGroupId: g.id } })).data.createMother;
    const placed = await h.gql('service', PLACE_EMAIL, { input: { idempotencyKey: 'pg-1', email: 'customer@example.com' } });
    expect(placed.data.placeEmail).toMatchObject({ status: 'FAILED', errorCode: 'NO_CAPACITY' });
    const res = await h.gql('admin', SYNC_PG, { input: { poolGroupId: g.id } });
    expect(res.errors).toBeUndefined();
    expect(res.data.syncPoolGroup.mothers).toEqual([{ motherId: m.id, renamed: 1, invited: 3, errors: [], sync: { discovered: 0 } }]);
    const upstream = await h.control('GET', `/_sandbox/accounts/${acct.accountIds[0]}`);
    expect(upstream.name).toBe(`Kids-${today()}-001`);
    expect(upstream.invites.map((i: any) => i.email_address).sort()).toEqual([1, 2, 3].map((n) => `kids-${today()}-00${n}@kids.test`));
    const again = await h.gql('admin', SYNC_PG, { input: { poolGroupId: g.id, motherId: m.id } });
    expect(again.data.syncPoolGroup.mothers[0]).toMatchObject({ renamed: 0, invited: 0, errors: [] });
    expect(code(await h.gql('admin', DELETE_PG, { id: g.id }))).toBe('CONFLICT');
  });

  it('mother groups: codes restricted to a group land only on its mothers; the team-name template applies; delete needs an empty group', async () => {
    const mg = (await h.gql('admin', CREATE_MG, { input: { name: 'VIP', description: 'paying', teamNameTemplate: 'VIP-{seq3}' } })).data.createMotherGroup;
    expect(code(await h.gql('admin', CREATE_MG, { input: { name: 'x', teamNameTemplate: '{email}' } }))).toBe('BAD_USER_INPUT');
    const plain = await seedMother(h, 1, 'Plain');
    const acct = await h.account(1);
    const vip = (await h.gql('admin', CREATE_MOTHER, { input: { name: 'Vip', accessToken: acct.accessToken, motherGroupId: mg.id } })).data.createMother;
    const place = (key: string, motherGroupId?: string) => h.gql('service', PLACE_EMAIL, { input: { idempotencyKey: key, email: `${key}@example.com`, motherGroupId } });
    expect((await place('mg-1', mg.id)).data.placeEmail.motherId).toBe(vip.id);
    expect((await place('mg-2')).data.placeEmail.motherId).toBe(plain.id);
    expect((await place('mg-3', mg.id)).data.placeEmail.errorCode).toBe('NO_CAPACITY');
    const applied = await h.gql('admin', APPLY, { id: vip.id });
    expect(applied.data.applyTeamNameTemplate).toEqual({ renamed: 1, mother: { teams: [{ name: 'VIP-001' }] } });
    expect((await h.gql('admin', APPLY, { id: vip.id })).data.applyTeamNameTemplate.renamed).toBe(0);
    expect(code(await h.gql('admin', APPLY, { id: plain.id }))).toBe('BAD_USER_INPUT');
    expect(code(await h.gql('admin', DELETE_MG, { id: mg.id }))).toBe('CONFLICT');
    const list = await h.gql('admin', `{ motherGroups { total items { name } } }`);
    expect(list.data.motherGroups).toEqual({ total: 1, items: [{ name: 'VIP' }] });
  });

  it('daily sequences never hand out the same number twice under concurrency', async () => {
    const taken = await Promise.all(Array.from({ length: 60 }, () => new SequenceService(h.pool.orm.em.fork()).take('race:team', '20260101')));
    expect([...taken].sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    const block = await new SequenceService(h.pool.orm.em.fork()).take('race:team', '20260101', 5);
    expect(block).toBe(61);
    expect(await new SequenceService(h.pool.orm.em.fork()).peek('race:team', '20260101')).toBe(65);
  });
});
