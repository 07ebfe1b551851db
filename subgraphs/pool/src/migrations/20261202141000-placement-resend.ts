import { sqlMigration } from '@seatpool/kit';

/** Resend keys, so a repeated resend of one batch-job item reaches the upstream at most once. */
export const Migration20261202141000PlacementResend = sqlMigration({
  sqlite: [
    'create table `placement_resend` (`resend_key` text not null, `placement_key` text not null, `created_at` datetime not null, primary key (`resend_key`))',
  ],
  postgresql: [
    'create table "placement_resend" ("resend_key" varchar(100) not null, "placement_key" varchar(200) not null, "created_at" timestamptz not null, constraint "placement_resend_pkey" primary key ("resend_key"))',
  ],
});
