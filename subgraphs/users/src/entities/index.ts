import { ProcessedEvent } from '@seatpool/kit';
import { AdminAccount } from './admin-account.entity';
import { AdminSession } from './admin-session.entity';
import { AuditLog } from './audit-log.entity';
import { BatchJobItem } from './batch-job-item.entity';
import { BatchJob } from './batch-job.entity';
import { BulkOperation } from './bulk-operation.entity';
import { CodeBatch } from './code-batch.entity';
import { CodeEvent } from './code-event.entity';
import { CodeSku } from './code-sku.entity';
import { ConsumerCursor } from './consumer-cursor.entity';
import { InviteRequest } from './invite-request.entity';
import { LoginAttempt } from './login-attempt.entity';
import { RedeemCode } from './redeem-code.entity';
import { SeatRelease } from './seat-release.entity';
import { SwitchRequest } from './switch-request.entity';
import { UsersOutboxEvent } from './users-outbox-event.entity';

export * from './admin-account.entity';
export * from './admin-session.entity';
export * from './audit-log.entity';
export * from './batch-job-item.entity';
export * from './batch-job.entity';
export * from './bulk-operation.entity';
export * from './code-batch.entity';
export * from './code-event.entity';
export * from './code-sku.entity';
export * from './consumer-cursor.entity';
export * from './invite-request.entity';
export * from './login-attempt.entity';
export * from './redeem-code.entity';
export * from './seat-release.entity';
export * from './switch-request.entity';
export * from './users-outbox-event.entity';

/** Exactly the users domain's entities (the kit adds its lease). */
export const usersEntities = [
  AdminAccount,
  AdminSession,
  CodeBatch,
  RedeemCode,
  InviteRequest,
  CodeSku,
  CodeEvent,
  SwitchRequest,
  SeatRelease,
  BatchJob,
  BatchJobItem,
  AuditLog,
  BulkOperation,
  LoginAttempt,
  ConsumerCursor,
  UsersOutboxEvent,
  // kit's: the pool events this service applied from NATS (deduplication by event id).
  ProcessedEvent,
];
