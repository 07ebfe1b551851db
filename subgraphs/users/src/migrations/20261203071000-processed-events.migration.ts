import { sqlMigration } from '@seatpool/kit';

/** Pool events applied from NATS, by event id: a redelivery finds its row and changes nothing (kit's ProcessedEvent). */
export const Migration20261203071000ProcessedEvents = sqlMigration({
  sqlite: [
    'create table `kit_processed_event` (`event_id` text not null, `consumer` text not null, `type` text not null, `processed_at` datetime not null, primary key (`event_id`, `consumer`))',
  ],
  postgresql: [
    'create table "kit_processed_event" ("event_id" varchar(80) not null, "consumer" varchar(40) not null, "type" varchar(128) not null, "processed_at" timestamptz not null, constraint "kit_processed_event_pkey" primary key ("event_id", "consumer"))',
  ],
});
