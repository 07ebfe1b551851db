/**
 * The users flows end to end (admin, switching, jobs, redeem), each suite on a stack of its own
 * settings, in one file: jest loads the stack's modules once per file (about 2 CPU-seconds), not
 * once per suite. Each suite's hooks stay inside its describe block.
 */
describe('users admin', () => { require('./users-admin.suite'); });
describe('users switch', () => { require('./users-switch.suite'); });
describe('users jobs', () => { require('./users-jobs.suite'); });
describe('users redeem', () => { require('./users-redeem.suite'); });
