import type { MigrationEntry } from '@seatpool/kit';
import { Migration20261126000000Initial } from './20261126000000-initial.migration';
import { Migration20261201000000SkusSwitchesJobs } from './20261201000000-skus-switches-jobs.migration';
import { Migration20261126120000StatsIndexes } from './20261126120000-stats-indexes';
import { Migration20261202140000JobItemAttempts } from './20261202140000-job-item-attempts.migration';
import { Migration20261202150000JobItemPermanent } from './20261202150000-job-item-permanent.migration';
import { Migration20261203070000UsersOutbox } from './20261203070000-users-outbox.migration';
import { Migration20261203071000ProcessedEvents } from './20261203071000-processed-events.migration';

/** Every users migration, oldest first. Names are stable: they are recorded in the database. */
export const usersMigrations: MigrationEntry[] = [
  { name: 'Migration20261126000000Initial', class: Migration20261126000000Initial },
  { name: 'Migration20261201000000Issue5', class: Migration20261201000000SkusSwitchesJobs },
  { name: 'Migration20261126120000StatsIndexes', class: Migration20261126120000StatsIndexes }, // listed after the SKUs/switches/jobs migration: it indexes its columns
  { name: 'Migration20261202140000JobItemAttempts', class: Migration20261202140000JobItemAttempts },
  { name: 'Migration20261202150000JobItemPermanent', class: Migration20261202150000JobItemPermanent },
  { name: 'Migration20261203070000UsersOutbox', class: Migration20261203070000UsersOutbox },
  { name: 'Migration20261203071000ProcessedEvents', class: Migration20261203071000ProcessedEvents },
];
