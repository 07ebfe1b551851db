/**
 * Consistency and recovery end to end (reconciler, a subgraph down, metrics, the vertical slice, the
 * redeem race), each suite on a stack of its own (some count whole-stack totals), in one file: jest
 * loads the stack's modules once per file (about 2 CPU-seconds), not once per suite. Each suite's
 * hooks stay inside its describe block.
 */
describe('reconciler', () => { require('./reconciler.suite'); });
describe('subgraph down', () => { require('./subgraph-down.suite'); });
describe('stats metrics', () => { require('./stats-metrics.suite'); });
describe('slice', () => { require('./slice.suite'); });
describe('redeem race', () => { require('./redeem-race.suite'); });
