import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError, ERRORS, localizedMessage, pickLang } from '../src/errors';
import { GraphQLError } from 'graphql';
import { formatError, isClientRequestError } from '../src/error-plugin';

describe('the error taxonomy', () => {
  it('is documented code for code in docs/api/errors.md', () => {
    const doc = readFileSync(resolve(__dirname, '../../../docs/api/errors.md'), 'utf8');
    const documented = [...doc.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.keys(ERRORS).sort());
  });

  it('picks Chinese for zh callers and English otherwise', () => {
    expect(pickLang('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(pickLang('en-US,zh;q=0.5')).toBe('en');
    expect(pickLang('fr-FR')).toBe('en');
    expect(pickLang(undefined)).toBe('en');
    expect(localizedMessage('NO_CAPACITY', 'zh')).toBe('当前没有空闲席位。');
    expect(localizedMessage('BAD_USER_INPUT', 'en', 'email is empty')).toBe('The input is not valid. email is empty');
  });

  it('masks unexpected errors as INTERNAL and keeps business errors', () => {
    const masked = formatError({ message: 'db password is hunter2', extensions: { code: 'SOMETHING' } }, new Error('db password is hunter2'));
    expect(masked).toEqual({ message: ERRORS.INTERNAL.en, path: undefined, extensions: { code: 'INTERNAL' } });
    const err = new AppError('CODE_USED');
    const kept = formatError({ message: err.message, extensions: { ...err.extensions, stacktrace: ['x'] } }, err);
    expect(kept.extensions).toEqual({ code: 'CODE_USED' });
  });
});

describe('malformed requests Apollo refuses without a code', () => {
  it('answers BAD_REQUEST with Apollo\'s message instead of a masked INTERNAL', () => {
    const err = new GraphQLError('Unsupported persisted query version', { extensions: { http: { status: 400 } } });
    expect(isClientRequestError(err)).toBe(true);
    expect(formatError({ message: err.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, err)).toEqual({
      message: 'Unsupported persisted query version',
      extensions: { code: 'BAD_REQUEST' },
    });
    // A resolver failure with a 4xx status is still ours to mask.
    const fromResolver = new GraphQLError('boom', { extensions: { http: { status: 400 } }, originalError: new Error('db down') });
    expect(isClientRequestError(fromResolver)).toBe(false);
  });
});
