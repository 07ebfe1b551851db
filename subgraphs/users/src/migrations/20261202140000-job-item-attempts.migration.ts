import { sqlMigration } from '@seatpool/kit';

/** A batch job item records its attempt before the side effect, and a note with its result. */
export const Migration20261202140000JobItemAttempts = sqlMigration({
  sqlite: [
    'alter table `batch_job_item` add column `attempt_key` text null;',
    'alter table `batch_job_item` add column `attempt_started_at` datetime null;',
    'alter table `batch_job_item` add column `note` text null;',
  ],
  postgresql: [
    'alter table "batch_job_item" add column "attempt_key" varchar(100) null, add column "attempt_started_at" timestamptz null, add column "note" varchar(255) null;',
  ],
});
