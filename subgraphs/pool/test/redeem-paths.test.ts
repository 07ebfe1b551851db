/**
 * Pool's internal redeem API, upstream faults and unknown outcomes: one file, so jest loads the service's modules once (1–2 CPU-seconds per
 * file), not once per suite. Each suite keeps its own harness; its hooks stay inside its describe block.
 */
describe('internal-api', () => { require('./internal-api.suite'); });
describe('faults', () => { require('./faults.suite'); });
describe('unknown-outcomes', () => { require('./unknown-outcomes.suite'); });
