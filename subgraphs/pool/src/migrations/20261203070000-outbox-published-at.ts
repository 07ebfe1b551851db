import { sqlMigration } from '@seatpool/kit';

/** When the NATS relay had an outbox row acked by JetStream; null = not yet published (or no NATS). */
export const Migration20261203070000OutboxPublishedAt = sqlMigration({
  sqlite: [
    'alter table `outbox_event` add column `published_at` datetime null',
    'create index `outbox_event_published_at_id_index` on `outbox_event` (`published_at`, `id`)',
  ],
  postgresql: [
    'alter table "outbox_event" add column "published_at" timestamptz null',
    'create index "outbox_event_published_at_id_index" on "outbox_event" ("published_at", "id")',
  ],
});
