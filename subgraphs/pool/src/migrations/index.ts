import type { MigrationEntry } from '@seatpool/kit';
import { Migration20261126000000Initial } from './20261126000000-initial';

/** Every pool migration, oldest first; names are stored in the migrations table and must never change. */
export const poolMigrations: MigrationEntry[] = [
  { name: 'Migration20261126000000Initial', class: Migration20261126000000Initial },
];
