/**
 * Redeem, switch and invites: one file, so jest loads the service's modules once (1–2 CPU-seconds per
 * file), not once per suite. Each suite keeps its own harness; its hooks stay inside its describe block.
 */
describe('redeem', () => { require('./redeem.suite'); });
describe('switch', () => { require('./switch.suite'); });
describe('invites', () => { require('./invites.suite'); });
