import { sqlMigration } from '@seatpool/kit';

/**
 * Orphaned upstream invites: a placement records the invite POST it is about to send
 * (`pending_*`) so a crash or a timeout leaves a trace that pool resolves from the upstream's lists.
 */
export const Migration20261202140000PendingInvites = sqlMigration({
  sqlite: [
    'alter table `placement` add column `pending_mother_id` text null',
    'alter table `placement` add column `pending_team_id` text null',
    'alter table `placement` add column `pending_since` datetime null',
    'create index `placement_pending_since_index` on `placement` (`pending_since`)',
  ],
  postgresql: [
    'alter table "placement" add column "pending_mother_id" varchar(36) null, add column "pending_team_id" varchar(64) null, add column "pending_since" timestamptz null',
    'create index "placement_pending_since_index" on "placement" ("pending_since")',
  ],
});
