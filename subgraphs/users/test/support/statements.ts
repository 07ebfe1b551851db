import { captureStatements as capture } from '@seatpool/kit/testing';
import type { UsersHarness } from './harness';

/** The SQL statements `work` sends through the users service's connection (kit's `captureStatements`). */
export function captureStatements(h: UsersHarness, work: () => Promise<unknown>): Promise<string[]> {
  return capture(h.users.orm.em, work);
}
