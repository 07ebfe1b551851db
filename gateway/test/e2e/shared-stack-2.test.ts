/**
 * Suites that need only a default stack, on one shared stack (see `sharedStack` in harness.ts):
 * each suite file keeps its own describe blocks and makes its own data.
 */
import { stopSharedStack } from './harness';
import './redeem-burst.suite';
import './persisted-queries.suite';
import './pool-admin.suite';
import './bad-input.suite';

afterAll(() => stopSharedStack());
