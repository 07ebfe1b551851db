import type { MigrationEntry } from '@seatpool/kit';
import { Migration20261203000000Initial } from './20261203000000-initial';
import { Migration20261203080000ProcessedEvents } from './20261203080000-processed-events';

/** Every notify migration, oldest first; names are stored in the migrations table and must never change. */
export const notifyMigrations: MigrationEntry[] = [
  { name: 'Migration20261203000000Initial', class: Migration20261203000000Initial },
  { name: 'Migration20261203080000ProcessedEvents', class: Migration20261203080000ProcessedEvents },
];
