import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  checkEvents,
  checkRepositoryEvents,
  documentedTypes,
  EVENTS_DOC,
  loadContracts,
  EVENTS_DIR,
  RELEASED_EVENTS_DIR,
  validateEventData,
  type Contracts,
  type EventContract,
} from '../../schema/events-check';

const ROOT = resolve(__dirname, '../..');
const documented = documentedTypes(readFileSync(EVENTS_DOC, 'utf8'));
const released = loadContracts(RELEASED_EVENTS_DIR);
const copy = (c: Contracts): Contracts => new Map([...c].map(([t, v]) => [t, structuredClone(v)]));
const jobFinished = (c: Contracts) => c.get('users.job.finished') as EventContract;
const RECORDED = (coordinate: string) => `## Unreleased\n\n### Breaking\n- \`${coordinate}\` changed.\n`;

describe('event contracts (npm run events:check)', () => {
  it('pass on the repository: one contract per EVENTS.md type, none changed incompatibly', () => {
    expect(documented).toHaveLength(12);
    expect([...loadContracts(EVENTS_DIR).keys()].sort()).toEqual([...documented].sort());
    expect(checkRepositoryEvents().problems).toEqual([]);
    expect(execFileSync('npx', ['tsx', 'schema/events-cli.ts'], { cwd: ROOT, encoding: 'utf8' })).toMatch(/^events:check OK: 12 event contracts/);
  });

  it.each([
    ['a removed field', (c: Contracts) => void delete c.get('users.code.redeemed')!.properties!.batchId, 'users.code.redeemed.batchId: field removed'],
    ['a newly required field', (c: Contracts) => void (c.get('users.redeem.failed')!.required = ['reason', 'motherGroupId']), 'users.redeem.failed.motherGroupId: newly required'],
    ['a type change', (c: Contracts) => void (jobFinished(c).properties!.jobId.type = 'integer'), 'users.job.finished.jobId: type changed from "string" to "integer"'],
    ['a changed enum', (c: Contracts) => void jobFinished(c).properties!.status.enum!.push('TIMED_OUT'), 'users.job.finished.status: allowed values changed'],
    ['a removed type', (c: Contracts) => void c.delete('users.switch.done'), 'users.switch.done: event type removed'],
  ])('fail on %s unless it is recorded', (_, change, message) => {
    const current = copy(released);
    change(current);
    const unrecorded = checkEvents({ released, current, changes: '', documented });
    expect(unrecorded.problems).toEqual(expect.arrayContaining([expect.stringContaining(message)]));

    // Listed in CHANGES.md but the version not bumped: still refused (except a removed type, which has no version).
    const coordinate = unrecorded.breaking[0].coordinate;
    const listed = checkEvents({ released, current, changes: RECORDED(coordinate), documented: documented.filter((t) => current.has(t)) });
    const type = unrecorded.breaking[0].type;
    if (current.has(type)) {
      expect(listed.problems).toEqual([expect.stringContaining(`bump ${type}'s version above 1`)]);
      current.get(type)!.version = 2;
    }
    expect(checkEvents({ released, current, changes: RECORDED(coordinate), documented: documented.filter((t) => current.has(t)) }).problems).toEqual([]);
  });

  it('accept an optional field and a description change without a record, and refuse a version going down', () => {
    const current = copy(released);
    jobFinished(current).properties!.note = { type: 'string', description: 'A new optional field.' };
    jobFinished(current).description = 'Reworded: a batch job reached a final status.';
    expect(checkEvents({ released, current, changes: '', documented }).problems).toEqual([]);
    const older = copy(released);
    const bumped = copy(released);
    bumped.get('users.code.redeemed')!.version = 2;
    expect(checkEvents({ released: bumped, current: older, changes: '', documented }).problems).toEqual(['users.code.redeemed: version 1 is below the released 2']);
  });

  it('refuse contracts without metadata or missing from EVENTS.md', () => {
    const current = copy(released);
    const c = jobFinished(current) as Partial<EventContract>;
    delete c['x-consumers'];
    c['x-producer'] = 'pool';
    current.set('users.code.lost', { ...structuredClone(jobFinished(released)), title: 'users.code.lost', $id: 'x/users.code.lost.json' });
    current.delete('pool.team.lost');
    const problems = checkEvents({ released: new Map(), current, changes: '', documented }).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('users.job.finished.json: x-producer must be "users"'),
        expect.stringContaining('users.job.finished.json: x-consumers must list'),
        expect.stringContaining('users.code.lost is not in the event table'),
        expect.stringContaining('pool.team.lost (docs/architecture/EVENTS.md) has no schema/events/pool.team.lost.json'),
      ]),
    );
  });

  it('validate event data: a missing field, a stray email and a wrong version are named', () => {
    expect(validateEventData('users.invite.accepted', 1, { codeId: 'c1', placementKey: 'k1' })).toEqual([]);
    expect(validateEventData('users.invite.accepted', 1, { codeId: 'c1', placementKey: 'k1', email: 'a@example.com' })).toEqual(['(data) must NOT have additional properties: email']);
    expect(validateEventData('users.job.finished', 2, { jobId: 'j', kind: 'DISABLE_CODES', status: 'SUCCEEDED', total: 1, succeeded: 1 })).toEqual([
      "version 2 is not the contract's 1",
      "(data) must have required property 'failed'",
    ]);
    expect(validateEventData('users.nothing.here', 1, {})).toEqual(['no contract schema/events/users.nothing.here.json']);
  });
});
