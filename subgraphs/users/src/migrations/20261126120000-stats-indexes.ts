import { sqlMigration } from '@seatpool/kit';

/**
 * Statistics indexes: they let every dashboard figure and trend series be one aggregate
 * over an index range — redeems by first-redeem time, invites by time/purpose/status and by mother,
 * codes by mother group, finished switches. Listed (and run) after the SKUs/switches/jobs migration,
 * whose columns it indexes.
 */
export const Migration20261126120000StatsIndexes = sqlMigration({
  sqlite: [
    'create index `redeem_code_used_at_index` on `redeem_code` (`used_at`)',
    'create index `redeem_code_mother_group_id_status_used_at_index` on `redeem_code` (`mother_group_id`, `status`, `used_at`)',
    'create index `invite_request_created_at_purpose_status_index` on `invite_request` (`created_at`, `purpose`, `status`)',
    'create index `invite_request_mother_id_status_accepted_at_index` on `invite_request` (`mother_id`, `status`, `accepted_at`)',
    'create index `switch_request_status_finished_at_index` on `switch_request` (`status`, `finished_at`)',
  ],
  postgresql: [
    'create index "redeem_code_used_at_index" on "redeem_code" ("used_at")',
    'create index "redeem_code_mother_group_id_status_used_at_index" on "redeem_code" ("mother_group_id", "status", "used_at")',
    'create index "invite_request_created_at_purpose_status_index" on "invite_request" ("created_at", "purpose", "status")',
    'create index "invite_request_mother_id_status_accepted_at_index" on "invite_request" ("mother_id", "status", "accepted_at")',
    'create index "switch_request_status_finished_at_index" on "switch_request" ("status", "finished_at")',
  ],
});
