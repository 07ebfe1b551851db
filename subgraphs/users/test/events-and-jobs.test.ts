/**
 * Users events, jobs, pool events, job items, the service, stats cache, migrations, lists and CSV: one file, so jest loads the service's modules once (1–2 CPU-seconds per
 * file), not once per suite. Each suite keeps its own harness; its hooks stay inside its describe block.
 */
describe('users-events', () => { require('./users-events.suite'); });
describe('jobs', () => { require('./jobs.suite'); });
describe('pool-events', () => { require('./pool-events.suite'); });
describe('job-items-loader', () => { require('./job-items-loader.suite'); });
describe('service', () => { require('./service.suite'); });
describe('stats-cache', () => { require('./stats-cache.suite'); });
describe('migrations', () => { require('./migrations.suite'); });
describe('list-and-csv', () => { require('./list-and-csv.suite'); });
