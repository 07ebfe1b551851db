import type { MigrationEntry } from '@seatpool/kit';
import { Migration20261126000000Initial } from './20261126000000-initial';
import { Migration20261201000000GroupsChildrenApiKeys } from './20261201000000-groups-children-api-keys';
import { Migration20261126120000StatsIndexes } from './20261126120000-stats-indexes';
import { Migration20261202140000PendingInvites } from './20261202140000-pending-invites';
import { Migration20261202141000PlacementResend } from './20261202141000-placement-resend';
import { Migration20261203070000OutboxPublishedAt } from './20261203070000-outbox-published-at';

/** Every pool migration, oldest first; names are stored in the migrations table and must never change. */
export const poolMigrations: MigrationEntry[] = [
  { name: 'Migration20261126000000Initial', class: Migration20261126000000Initial },
  { name: 'Migration20261201000000Issue4', class: Migration20261201000000GroupsChildrenApiKeys },
  { name: 'Migration20261126120000StatsIndexes', class: Migration20261126120000StatsIndexes }, // listed after the groups/children/API-keys migration: it indexes its columns
  { name: 'Migration20261202140000PendingInvites', class: Migration20261202140000PendingInvites },
  { name: 'Migration20261202141000PlacementResend', class: Migration20261202141000PlacementResend },
  { name: 'Migration20261203070000OutboxPublishedAt', class: Migration20261203070000OutboxPublishedAt },
];
