import type { MigrationEntry } from '@seatpool/kit';
import { Migration20261126000000Initial } from './20261126000000-initial';
import { Migration20261201000000Issue4 } from './20261201000000-issue4';
import { Migration20261126120000StatsIndexes } from './20261126120000-stats-indexes';
import { Migration20261202140000PlacementResend } from './20261202140000-placement-resend';

/** Every pool migration, oldest first; names are stored in the migrations table and must never change. */
export const poolMigrations: MigrationEntry[] = [
  { name: 'Migration20261126000000Initial', class: Migration20261126000000Initial },
  { name: 'Migration20261201000000Issue4', class: Migration20261201000000Issue4 },
  { name: 'Migration20261126120000StatsIndexes', class: Migration20261126120000StatsIndexes }, // after issue 4: indexes its columns
  { name: 'Migration20261202140000PlacementResend', class: Migration20261202140000PlacementResend },
];
