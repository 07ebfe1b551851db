import type { MigrationEntry } from '@seatpool/kit';
import { Migration20261126000000Initial } from './20261126000000-initial.migration';

/** Every users migration, oldest first. Names are stable: they are recorded in the database. */
export const USERS_MIGRATIONS: MigrationEntry[] = [{ name: 'Migration20261126000000Initial', class: Migration20261126000000Initial }];
