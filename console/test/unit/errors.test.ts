import { errorMessage, problemOf } from '../../src/core/errors';
import { translate } from '../../src/core/i18n';
import { GraphQLRequestError } from '../../src/core/graphql-fetch';

const gqlError = (extensions: Record<string, unknown>, message = 'server text') => new GraphQLRequestError([{ message, extensions }], 200);
const text = (error: unknown, lang: 'en' | 'zh' = 'en', context?: 'login') => {
  const m = errorMessage(problemOf(error), context);
  return translate(lang, m.key, m.vars);
};

describe('error mapping (extensions.code → a sentence in the page language)', () => {
  it('names each redeem outcome plainly in English and Chinese', () => {
    expect(text(gqlError({ code: 'CODE_INVALID' }))).toBe('This code is unknown (or not bound to this email). Check it and try again.');
    expect(text(gqlError({ code: 'CODE_USED' }))).toBe('This code has already been used by another email.');
    expect(text(gqlError({ code: 'NO_CAPACITY' }))).toMatch(/^No free seat right now/);
    expect(text(gqlError({ code: 'CODE_INVALID' }), 'zh')).toBe('兑换码不存在（或未绑定此邮箱），请检查后重试。');
    expect(text(gqlError({ code: 'NO_CAPACITY' }), 'zh')).toMatch(/^暂时没有空闲席位/);
  });

  it('shows the wait time of RATE_LIMITED, rounded up, and a reason-specific text when there is one', () => {
    expect(text(gqlError({ code: 'RATE_LIMITED', retryAfterSeconds: 41.2 }))).toBe('Too many requests. Wait 42 seconds and try again.');
    expect(text(gqlError({ code: 'RATE_LIMITED', retryAfterSeconds: 30 }), 'zh')).toBe('请求过于频繁，请等待 30 秒后再试。');
    expect(text(gqlError({ code: 'RATE_LIMITED', reason: 'RESEND_COOLDOWN', retryAfterSeconds: 20 }))).toBe('The invite was resent recently. Wait 20 seconds and try again.');
    expect(text(gqlError({ code: 'RATE_LIMITED' }))).toBe('Too many requests. Wait a moment and try again.');
  });

  it('reads a 429 answer whose body carries the error (Apollo ServerError shape)', () => {
    const serverError = { name: 'ServerError', statusCode: 429, bodyText: JSON.stringify({ errors: [{ message: 'x', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 7 } }] }) };
    expect(text(serverError)).toBe('Too many requests. Wait 7 seconds and try again.');
    expect(text({ name: 'ServerError', statusCode: 429, bodyText: '<html>' })).toBe('Too many requests. Wait a moment and try again.');
  });

  it('reads Apollo CombinedGraphQLErrors (errors array) and the older graphQLErrors', () => {
    expect(problemOf({ errors: [{ message: 'm', extensions: { code: 'CONFLICT', reason: 'SWITCH_LIMIT_REACHED', requestId: 'r-1' } }] })).toEqual({
      code: 'CONFLICT', reason: 'SWITCH_LIMIT_REACHED', requestId: 'r-1', retryAfterSeconds: undefined, detail: undefined, serverMessage: 'm',
    });
    expect(text({ graphQLErrors: [{ extensions: { code: 'FORBIDDEN' } }] })).toBe('You are not allowed to do this.');
    expect(text(gqlError({ code: 'CONFLICT', reason: 'SWITCH_LIMIT_REACHED' }))).toBe('This code has no switches left.');
  });

  it('a wrong password reads as such on the login page, and as an ended session elsewhere', () => {
    expect(text(gqlError({ code: 'UNAUTHENTICATED' }), 'en', 'login')).toBe('Wrong password.');
    expect(text(gqlError({ code: 'UNAUTHENTICATED' }))).toBe('Your session has ended. Log in again.');
    expect(text(gqlError({ code: 'RATE_LIMITED', reason: 'LOGIN_LOCKED', retryAfterSeconds: 300 }), 'en', 'login')).toBe('Too many failed logins. Wait 300 seconds and try again.');
  });

  it('a malformed code is an unknown code to the person holding it', () => {
    expect(text(gqlError({ code: 'BAD_USER_INPUT', detail: 'The code is malformed.' }))).toMatch(/^This code is unknown/);
    expect(text(gqlError({ code: 'BAD_USER_INPUT', detail: 'email: invalid' }))).toBe('Some input is not valid. Check the fields and try again.');
  });

  it('network failures, unknown codes and junk never leak raw text', () => {
    expect(text(new TypeError('Failed to fetch'))).toBe('The server cannot be reached. Check the connection and try again.');
    expect(text({ name: 'Error', cause: new TypeError('fetch failed') })).toBe('The server cannot be reached. Check the connection and try again.');
    expect(text(gqlError({ code: 'SOMETHING_NEW' }))).toBe('Something went wrong. Try again.');
    expect(text('{"errors":[]}')).toBe('Something went wrong. Try again.');
    expect(text(null)).toBe('Something went wrong. Try again.');
    expect(text({ statusCode: 502 })).toBe('Something went wrong. Try again.');
  });
});
