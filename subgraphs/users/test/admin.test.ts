/**
 * Admin identity and login, codes and their administration: one file, so jest loads the service's modules once (1–2 CPU-seconds per
 * file), not once per suite. Each suite keeps its own harness; its hooks stay inside its describe block.
 */
describe('admin-identity', () => { require('./admin-identity.suite'); });
describe('admin-auth', () => { require('./admin-auth.suite'); });
describe('codes', () => { require('./codes.suite'); });
describe('codes-admin', () => { require('./codes-admin.suite'); });
