/**
 * Maintenance, dashboard, provider, notify feed, API keys, migrations, import, breaker events, config, seat signal: one file, so jest loads the service's modules once (1–2 CPU-seconds per
 * file), not once per suite. Each suite keeps its own harness; its hooks stay inside its describe block.
 */
describe('maintenance', () => { require('./maintenance.suite'); });
describe('dashboard', () => { require('./dashboard.suite'); });
describe('provider', () => { require('./provider.suite'); });
describe('notify-feed', () => { require('./notify-feed.suite'); });
describe('api-keys-ingest', () => { require('./api-keys-ingest.suite'); });
describe('migrations', () => { require('./migrations.suite'); });
describe('import', () => { require('./import.suite'); });
describe('breaker-events', () => { require('./breaker-events.suite'); });
describe('config', () => { require('./config.suite'); });
describe('seat-signal', () => { require('./seat-signal.suite'); });
