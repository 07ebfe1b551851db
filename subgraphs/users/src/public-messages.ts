import type { ApolloServerPlugin } from '@apollo/server';
import { AppError, isErrorCode, localizedMessage, type BaseContext, type ErrorCode } from '@seatpool/kit';

/**
 * Users-specific reasons behind a generic code (`CONFLICT`, `RATE_LIMITED`, …), each with an
 * English and a Simplified Chinese message. The error keeps its stable `extensions.code`; the
 * reason is in `extensions.reason` and the message follows `Accept-Language`.
 */
export const REASONS = {
  SWITCH_LIMIT_REACHED: { en: 'No switches are left for this code.', zh: '该兑换码的换车次数已用完。' },
  REFRESH_LIMIT_REACHED: { en: 'No refreshes are left for this code.', zh: '该兑换码的刷新次数已用完。' },
  REFRESH_COOLDOWN: { en: 'This code was refreshed recently; try again later.', zh: '刷新冷却中，请稍后再试。' },
  SWITCH_IN_PROGRESS: { en: 'Another change of seat for this code is in progress.', zh: '该兑换码已有换车请求在处理中。' },
  NO_SEAT: { en: 'This code holds no seat right now; ask for a switch instead.', zh: '该兑换码当前没有席位，请申请换车。' },
  INVITE_ALREADY_ACCEPTED: { en: 'The invite was already accepted.', zh: '邀请已被接受。' },
  RESEND_COOLDOWN: { en: 'The invite was resent moments ago; try again later.', zh: '邀请刚刚重发过，请稍后再试。' },
  SAME_EMAIL: { en: 'The new email is the one the code is bound to.', zh: '新邮箱与当前绑定的邮箱相同。' },
  LOGIN_DELAYED: { en: 'Too many failed logins for this account; try again in a moment.', zh: '该账户登录失败次数过多，请稍后再试。' },
  LOGIN_LOCKED: { en: 'Too many failed logins from this address; try again later.', zh: '该地址登录失败次数过多，请稍后再试。' },
  CURRENT_PASSWORD_WRONG: { en: 'The current password is wrong.', zh: '当前密码错误。' },
  WEAK_PASSWORD: { en: 'The new password must be 12 to 1024 characters and differ from the current one.', zh: '新密码须为 12 到 1024 个字符，且不能与当前密码相同。' },
} as const;
export type Reason = keyof typeof REASONS;

/** An AppError with a localized reason; `extensions` adds e.g. `retryAfterSeconds`. */
export function reasonError(code: ErrorCode, reason: Reason, extensions: Record<string, unknown> = {}): AppError {
  return new AppError(code, { detail: REASONS[reason].en, extensions: { ...extensions, reason } });
}

/**
 * Errors that carry a known reason get the reason as their detail in the caller's language, and the
 * message the kit builds from code + detail (`基础消息（原因）`). The gateway, which localizes again
 * from code + detail, therefore arrives at the same text.
 */
export function publicMessagesPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(rc) {
          const body = rc.response.body;
          if (body.kind !== 'single' || !body.singleResult.errors) return;
          const lang = rc.contextValue?.lang ?? 'en';
          body.singleResult.errors = body.singleResult.errors.map((e) => {
            const reason = e.extensions?.reason;
            const code = e.extensions?.code;
            if (typeof reason !== 'string' || !(reason in REASONS) || !isErrorCode(code)) return e;
            const detail = REASONS[reason as Reason][lang];
            return { ...e, message: localizedMessage(code, lang, detail), extensions: { ...e.extensions, detail } };
          });
        },
      };
    },
  };
}
