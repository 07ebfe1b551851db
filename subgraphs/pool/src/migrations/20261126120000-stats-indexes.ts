import { sqlMigration } from '@seatpool/kit';

/**
 * Statistics indexes: for the mother series of trends (added by creation time, lost from
 * `mother.status_changed` outbox events by type and time) and for mothers by health. Listed (and
 * run) after the groups/children/API-keys migration, whose `health` column it indexes.
 */
export const Migration20261126120000StatsIndexes = sqlMigration({
  sqlite: [
    'create index `mother_created_at_index` on `mother` (`created_at`)',
    'create index `mother_health_index` on `mother` (`health`)',
    'create index `outbox_event_type_created_at_index` on `outbox_event` (`type`, `created_at`)',
  ],
  postgresql: [
    'create index "mother_created_at_index" on "mother" ("created_at")',
    'create index "mother_health_index" on "mother" ("health")',
    'create index "outbox_event_type_created_at_index" on "outbox_event" ("type", "created_at")',
  ],
});
