import { sqlMigration } from '@seatpool/kit';

/**
 * Issue 6 (statistics): indexes for the mother series of trends (added by creation time, lost from
 * `mother.status_changed` outbox events by type and time) and for mothers by health. Runs after the
 * issue 4 migration (it indexes its `health` column).
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
