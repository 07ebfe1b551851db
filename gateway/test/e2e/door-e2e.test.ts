/**
 * The gateway's door end to end (identity, login lockout, query limits, browser safety, web pages,
 * session cache, shared limits), each suite on a stack of its own settings, in one file: jest loads
 * the stack's modules once per file (about 2 CPU-seconds), not once per suite. Each suite's hooks
 * stay inside its describe block.
 */
describe('identity', () => { require('./identity.suite'); });
describe('login lockout', () => { require('./login-lockout.suite'); });
describe('query limits', () => { require('./query-limits.suite'); });
describe('browser safety', () => { require('./browser-safety.suite'); });
describe('web pages', () => { require('./web-pages.suite'); });
describe('session cache', () => { require('./session-cache.suite'); });
describe('shared limits', () => { require('./shared-limits.suite'); });
