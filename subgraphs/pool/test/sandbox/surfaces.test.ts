/**
 * The sandbox upstream, one suite per surface (faults, accounts, members, latency, server, control, metrics): one file, so jest loads the service's modules once (1–2 CPU-seconds per
 * file), not once per suite. Each suite keeps its own harness; its hooks stay inside its describe block.
 */
describe('faults', () => { require('./faults.suite'); });
describe('accounts', () => { require('./accounts.suite'); });
describe('members', () => { require('./members.suite'); });
describe('latency', () => { require('./latency.suite'); });
describe('server', () => { require('./server.suite'); });
describe('control', () => { require('./control.suite'); });
describe('metrics', () => { require('./metrics.suite'); });
