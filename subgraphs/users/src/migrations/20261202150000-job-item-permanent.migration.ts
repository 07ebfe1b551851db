import { sqlMigration } from '@seatpool/kit';

/** A batch job item that failed for good (NOT_FOUND, CONFLICT, …) is not retried automatically. */
export const Migration20261202150000JobItemPermanent = sqlMigration({
  sqlite: ['alter table `batch_job_item` add column `permanent` integer not null default false;'],
  postgresql: ['alter table "batch_job_item" add column "permanent" boolean not null default false;'],
});
