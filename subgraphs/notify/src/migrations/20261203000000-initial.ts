import { sqlMigration } from '@seatpool/kit';

/**
 * Webhook endpoints, deliveries, per-endpoint notification state, consumer cursors, the
 * redeem-failure window, and kit's lease table (SQL per dialect from MikroORM's schema generator).
 */
export const Migration20261203000000Initial = sqlMigration({
  sqlite: [
    'create table `consumer_cursor` (`name` text not null, `position` text not null, `updated_at` datetime not null, primary key (`name`))',
    'create table `kit_lease` (`name` text not null, `holder` text not null, `expires_at` datetime not null, primary key (`name`))',
    'create table `notify_state` (`endpoint_id` text not null, `key` text not null, `state` text not null, `seq` integer not null default 0, `updated_at` datetime not null, primary key (`endpoint_id`, `key`))',
    'create table `redeem_failure` (`event_id` text not null, `mother_group_id` text null, `occurred_at` datetime not null, primary key (`event_id`))',
    'create index `redeem_failure_occurred_at_index` on `redeem_failure` (`occurred_at`)',
    'create table `webhook_delivery` (`id` text not null, `endpoint_id` text not null, `source_key` text not null, `type` text not null, `payload` text not null, `status` text not null default \'PENDING\', `attempts` integer not null default 0, `next_attempt_at` datetime null, `last_attempt_at` datetime null, `last_status_code` integer null, `last_response` text null, `created_at` datetime not null, `delivered_at` datetime null, primary key (`id`))',
    'create index `webhook_delivery_status_next_attempt_at_index` on `webhook_delivery` (`status`, `next_attempt_at`)',
    'create index `webhook_delivery_endpoint_id_created_at_index` on `webhook_delivery` (`endpoint_id`, `created_at`)',
    'create index `webhook_delivery_created_at_index` on `webhook_delivery` (`created_at`)',
    'create unique index `webhook_delivery_endpoint_id_source_key_unique` on `webhook_delivery` (`endpoint_id`, `source_key`)',
    'create table `webhook_endpoint` (`id` text not null, `url` text not null, `description` text null, `event_types` json not null, `mother_group_id` text null, `pool_group_id` text null, `free_seats_below` integer not null default 10, `token_expiry_days` integer not null default 7, `redeem_failures_per_minute` integer not null default 20, `enabled` integer not null default true, `disabled_reason` text null, `secret_sealed` text not null, `secret_hint` text not null, `consecutive_failures` integer not null default 0, `last_success_at` datetime null, `created_at` datetime not null, `updated_at` datetime not null, primary key (`id`))',
    'create index `webhook_endpoint_created_at_index` on `webhook_endpoint` (`created_at`)',
  ],
  postgresql: [
    'create table "consumer_cursor" ("name" varchar(64) not null, "position" varchar(64) not null, "updated_at" timestamptz not null, constraint "consumer_cursor_pkey" primary key ("name"))',
    'create table "kit_lease" ("name" varchar(255) not null, "holder" varchar(255) not null, "expires_at" timestamptz not null, constraint "kit_lease_pkey" primary key ("name"))',
    'create table "notify_state" ("endpoint_id" varchar(36) not null, "key" varchar(120) not null, "state" varchar(16) not null, "seq" int not null default 0, "updated_at" timestamptz not null, constraint "notify_state_pkey" primary key ("endpoint_id", "key"))',
    'create table "redeem_failure" ("event_id" varchar(100) not null, "mother_group_id" varchar(64) null, "occurred_at" timestamptz not null, constraint "redeem_failure_pkey" primary key ("event_id"))',
    'create index "redeem_failure_occurred_at_index" on "redeem_failure" ("occurred_at")',
    'create table "webhook_delivery" ("id" varchar(40) not null, "endpoint_id" varchar(36) not null, "source_key" varchar(200) not null, "type" varchar(32) not null, "payload" text not null, "status" varchar(16) not null default \'PENDING\', "attempts" int not null default 0, "next_attempt_at" timestamptz null, "last_attempt_at" timestamptz null, "last_status_code" int null, "last_response" varchar(500) null, "created_at" timestamptz not null, "delivered_at" timestamptz null, constraint "webhook_delivery_pkey" primary key ("id"))',
    'create index "webhook_delivery_status_next_attempt_at_index" on "webhook_delivery" ("status", "next_attempt_at")',
    'create index "webhook_delivery_endpoint_id_created_at_index" on "webhook_delivery" ("endpoint_id", "created_at")',
    'create index "webhook_delivery_created_at_index" on "webhook_delivery" ("created_at")',
    'alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_source_key_unique" unique ("endpoint_id", "source_key")',
    'create table "webhook_endpoint" ("id" uuid not null, "url" varchar(2000) not null, "description" varchar(200) null, "event_types" jsonb not null, "mother_group_id" varchar(64) null, "pool_group_id" varchar(64) null, "free_seats_below" int not null default 10, "token_expiry_days" int not null default 7, "redeem_failures_per_minute" int not null default 20, "enabled" boolean not null default true, "disabled_reason" varchar(32) null, "secret_sealed" text not null, "secret_hint" varchar(8) not null, "consecutive_failures" int not null default 0, "last_success_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "webhook_endpoint_pkey" primary key ("id"))',
    'create index "webhook_endpoint_created_at_index" on "webhook_endpoint" ("created_at")',
  ],
});
