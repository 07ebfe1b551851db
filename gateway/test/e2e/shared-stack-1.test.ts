/**
 * Suites that need only a default stack, on one shared stack (see `sharedStack` in harness.ts):
 * each suite file keeps its own describe blocks and makes its own data.
 */
import { stopSharedStack } from './harness';
import './fuzz.suite';
import './admin-input.suite';
import './audit.suite';
import './scopes.suite';
import './pool-groups.suite';

afterAll(() => stopSharedStack());
