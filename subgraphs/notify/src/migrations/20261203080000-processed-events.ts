import { sqlMigration } from '@seatpool/kit';

/** Kit's processed events (`handleOnce`) for the durable NATS consumer `notify`. */
export const Migration20261203080000ProcessedEvents = sqlMigration({
  sqlite: [
    'create table `kit_processed_event` (`event_id` text not null, `consumer` text not null, `type` text not null, `processed_at` datetime not null, primary key (`event_id`, `consumer`))',
  ],
  postgresql: [
    'create table "kit_processed_event" ("event_id" varchar(80) not null, "consumer" varchar(40) not null, "type" varchar(128) not null, "processed_at" timestamptz not null, constraint "kit_processed_event_pkey" primary key ("event_id", "consumer"))',
  ],
});
