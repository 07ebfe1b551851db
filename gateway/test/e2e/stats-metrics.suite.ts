/**
 * After an end-to-end run (mothers, redeems, an accepted invite, a switch, a reclaimed batch job,
 * refused calls, statistics), every service's /metrics carries each family ARCHITECTURE §11 asks
 * for, each with at least one sample, and the business gauges read the live database.
 */
import { BatchJob } from '@seatpool/users/src/entities';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { codeOf, startStack, type Stack, STACK_BOOT_MS } from './harness';
import { mother, motherGroup, REDEEM, redeemed, SWITCH } from './users-flows';

jest.setTimeout(120_000);

const EVERY_SERVICE = [
  'seatpool_process_cpu_user_seconds_total', 'seatpool_process_resident_memory_bytes', 'seatpool_nodejs_eventloop_lag_seconds',
  'seatpool_graphql_operations_total', 'seatpool_graphql_errors_total', 'seatpool_graphql_operation_duration_seconds',
];

/** The families each service must expose (docs/operations/grafana-dashboard.json and alerts.yml read them). */
const FAMILIES: Record<'gateway' | 'users' | 'pool' | 'stats', string[]> = {
  gateway: [...EVERY_SERVICE, 'seatpool_gateway_subgraph_fetch_duration_seconds'],
  users: [
    ...EVERY_SERVICE,
    'seatpool_users_codes', 'seatpool_users_invites', 'seatpool_users_switch_queue_length', 'seatpool_users_batch_jobs',
    'seatpool_users_redeems_total', 'seatpool_users_redeem_duration_seconds', 'seatpool_users_switches_total',
    'seatpool_users_invite_actions_total', 'seatpool_users_pool_events_total', 'seatpool_users_job_items_total',
    'seatpool_users_jobs_finished_total', 'seatpool_users_job_retries_total', 'seatpool_users_job_reclaims_total', 'seatpool_users_job_run_duration_seconds',
  ],
  pool: [
    ...EVERY_SERVICE,
    'seatpool_pool_mothers', 'seatpool_pool_seats', 'seatpool_pool_sellable_seats', 'seatpool_pool_child_accounts', 'seatpool_pool_mothers_token_expiring_7d',
    'seatpool_pool_mother_operation_duration_seconds', 'seatpool_pool_placements_total', 'seatpool_pool_placement_duration_seconds',
    'seatpool_pool_placement_releases_total', 'seatpool_pool_upstream_requests_total', 'seatpool_pool_upstream_request_duration_seconds',
    'seatpool_pool_upstream_circuits', 'seatpool_pool_upstream_circuit_transitions_total', 'seatpool_pool_sync_results_total',
    'seatpool_pool_child_syncs_total', 'seatpool_pool_child_sync_success_ratio', 'seatpool_pool_maintenance_steps_total',
  ],
  stats: EVERY_SERVICE,
};

/** family → its sample lines (histogram `_bucket`/`_sum`/`_count` lines count for their family). */
function parse(text: string): Map<string, string[]> {
  const families = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const typed = /^# TYPE (\S+) /.exec(line);
    if (typed) families.set(typed[1], []);
    if (!line || line.startsWith('#')) continue;
    const name = line.split(/[{ ]/)[0];
    const family = [name, name.replace(/_(bucket|sum|count)$/, '')].find((n) => families.has(n));
    if (family) families.get(family)!.push(line);
  }
  return families;
}

describe('metrics of every service after an end-to-end run', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      USERS_JOBS_RUN_ON_ENQUEUE: 'false', USERS_JOB_LEASE_MS: '1000', USERS_MAINTENANCE_INTERVAL_MS: '600000', POOL_MAINTENANCE_INTERVAL_MS: '600000',
    });
  }, STACK_BOOT_MS);
  afterAll(() => stack?.stop());

  it('exposes each business, GraphQL, upstream and gateway family with live samples', async () => {
    const admin = await stack.admin();
    const group = await motherGroup(admin);
    const a = await mother(stack, admin, group);
    await mother(stack, admin, group);
    await redeemed(stack, admin, group, 'first@example.com');
    const second = await redeemed(stack, admin, group, 'second@example.com');
    expect(codeOf(await stack.gql(REDEEM, { i: { code: 'ABCD-EFGH-JKLM', email: 'nobody@example.com' } }))).toMatch(/^(CODE_INVALID|BAD_USER_INPUT)$/);

    // An accepted invite travels pool (member sync, outbox) → users (event consumer).
    await fetch(`${stack.sandbox.url}/_sandbox/accounts/${a.teamId}/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'first@example.com' }) });
    await stack.pool.maintenance.runOnce();
    await stack.users.maintenance.runOnce();
    expect((await stack.gql(SWITCH, { i: { code: second, email: 'second@example.com' } })).errors).toBeUndefined();

    // A batch job whose worker died (its lease ran out a moment ago): reclaimed (a retry) and finished by the next round.
    const invites = (await admin(`{ inviteRequests(filter: { status: SENT }) { items { id } } }`)).data.inviteRequests.items.map((i: { id: string }) => i.id);
    const job = (await admin(`mutation($i: BulkInviteActionInput!) { bulkInviteAction(input: $i) { id } }`, { i: { action: 'RESEND', inviteRequestIds: invites } })).data.bulkInviteAction;
    await stack.users.orm.em.fork().nativeUpdate(BatchJob, { id: job.id }, { status: 'running', attempts: 1, leaseHolder: 'gone', leaseUntil: new Date(Date.now() - 1), startedAt: new Date() });
    await stack.users.maintenance.runOnce();
    expect((await admin(`query($id: ID!) { batchJob(id: $id) { status } }`, { id: job.id })).data.batchJob.status).toBe('SUCCEEDED');

    expect((await admin(`{ dashboard { codeQuota } trends(days: 7) { redeems { count } mothersAdded { count } } }`)).errors).toBeUndefined();
    expect(codeOf(await stack.gql('{ dashboard { codeQuota } }'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await stack.gql('{ mothers { total } }'))).toBe('UNAUTHENTICATED');

    const base = { gateway: stack.gateway.url, users: stack.users.url, pool: stack.pool.url, stats: stack.stats.url };
    const scraped: Record<string, Map<string, string[]>> = {};
    for (const [service, url] of Object.entries(base)) {
      const res = await fetch(url.replace(/graphql$/, 'metrics'));
      expect(res.status).toBe(200);
      scraped[service] = parse(await res.text());
    }
    const missing = Object.entries(FAMILIES).flatMap(([service, families]) =>
      families.filter((f) => !scraped[service].get(f)?.length).map((f) => `${service}: ${f}`));
    expect(missing).toEqual([]);

    // The operations dashboard and the alert rules only read families some service exposes.
    const exposed = new Set(Object.values(scraped).flatMap((m) => [...m.keys()]));
    const docs = ['grafana-dashboard.json', 'alerts.yml'].map((f) => readFileSync(resolve(__dirname, '../../../docs/operations', f), 'utf8')).join('\n');
    const referenced = new Set([...docs.matchAll(/seatpool_[a-z0-9_]+/g)].map(([n]) => n.replace(/_(bucket|sum|count)$/, '')));
    expect([...referenced].filter((n) => !exposed.has(n))).toEqual([]);

    // Gauges are read from the databases on scrape.
    const sample = (service: string, family: string, line: string, labels: string) =>
      scraped[service].get(family)!.find((l) => l.startsWith(line) && l.includes(labels))?.split(' ').pop();
    expect(sample('pool', 'seatpool_pool_mothers', 'seatpool_pool_mothers{', 'status="active"')).toBe('2');
    expect(sample('users', 'seatpool_users_codes', 'seatpool_users_codes{', 'status="used"')).toBe('2');
    expect(Number(sample('gateway', 'seatpool_gateway_subgraph_fetch_duration_seconds', 'seatpool_gateway_subgraph_fetch_duration_seconds_count', 'subgraph="stats"'))).toBeGreaterThan(0);
  });
});
