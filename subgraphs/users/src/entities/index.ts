import { AdminAccount } from './admin-account.entity';
import { AdminSession } from './admin-session.entity';
import { CodeBatch } from './code-batch.entity';
import { InviteRequest } from './invite-request.entity';
import { RedeemCode } from './redeem-code.entity';

export * from './admin-account.entity';
export * from './admin-session.entity';
export * from './code-batch.entity';
export * from './invite-request.entity';
export * from './redeem-code.entity';

/** Exactly the users domain's entities (the kit adds its lease). */
export const USERS_ENTITIES = [AdminAccount, AdminSession, CodeBatch, RedeemCode, InviteRequest];
