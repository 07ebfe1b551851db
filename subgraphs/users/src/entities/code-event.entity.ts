import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { RedeemCode } from './redeem-code.entity';

export const CODE_EVENT_TYPES = ['bind', 'switch', 'refresh', 'rebind', 'grant', 'expire'] as const;
export type CodeEventType = (typeof CODE_EVENT_TYPES)[number];

/** The history of a code: first bind, switches, refreshes, rebinds, after-sale grants, lifecycle end. */
export const CodeEvent = defineEntity({
  name: 'CodeEvent',
  tableName: 'code_event',
  properties: {
    id: p.string().length(36).primary().onCreate(() => randomUUID()),
    code: () => p.manyToOne(RedeemCode).ref().index(),
    type: p.string().length(16).$type<CodeEventType>(),
    /** The email that asked, `admin`, or `system`. */
    actor: p.string().length(254),
    /** JSON details (teams, emails, policy); never a secret. */
    detail: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type CodeEvent = InferEntity<typeof CodeEvent>;
