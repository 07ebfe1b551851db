import { Writable } from 'node:stream';
import { createLogger } from '../src/logger';
import { createOrm, type Orm } from '../src/orm';
import { redactSecrets, redactText } from '../src/redaction';

const CODE = 'ABCD-EF23-GH45-JK67';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtb3RoZXIifQ.c2lnbmF0dXJlLXBhcnQtMDEyMzQ1Njc4OQ';
const KEY = 'spk_Zm9vYmFyYmF6cXV4MDEyMzQ1Njc4OWFiY2RlZg';
const EMAIL = 'jane.doe+team@example.org';

function capture() {
  const lines: string[] = [];
  const sink = new Writable({ write(chunk, _enc, cb) { lines.push(String(chunk)); cb(); } });
  return { logger: createLogger('test', 'debug', sink), text: () => lines.join('') };
}

describe('redaction by value shape', () => {
  it('hides codes, tokens, keys and emails inside text; keeps ids, dates and words', () => {
    const text = `code ${CODE} lower ${CODE.toLowerCase().replace(/-/g, '')} token ${JWT} key ${KEY} for ${EMAIL} bearer Zm9vYmFyYmF6cXV4MDEyMzQ1Njc4OWFiY2RlZmdo`;
    const out = redactText(text);
    for (const secret of [CODE, CODE.toLowerCase().replace(/-/g, ''), JWT, KEY, EMAIL, 'Zm9vYmFyYmF6cXV4MDEyMzQ1Njc4OWFiY2RlZmdo']) expect(out).not.toContain(secret);
    const kept = 'mother 7f1e4c1a-33b2-4f6b-9a0e-1c2d3e4f5a6b at 2026-12-02T13:34:33.000Z: placementreleased via subgraphs/users/src/services/pool-events.service.ts';
    expect(redactText(kept)).toBe(kept);
  });

  it('hides values under secret keys only when asked (audit payloads), strings always', () => {
    expect(redactSecrets({ accessToken: 'short', note: `see ${EMAIL}` }, { byKey: true })).toEqual({ accessToken: '[redacted]', note: 'see [redacted-email]' });
    expect(redactSecrets({ idempotencyKey: 'k-1' })).toEqual({ idempotencyKey: 'k-1' });
  });

  it('keeps secrets out of log messages, fields and errors', () => {
    const { logger, text } = capture();
    logger.info({ filter: { search: CODE }, upstream: { body: `{"token":"${JWT}"}` } }, `redeem for ${EMAIL}`);
    logger.error({ err: new Error(`upstream refused ${KEY} for ${EMAIL}`) }, 'failed');
    const out = text();
    for (const secret of [CODE, JWT, KEY, EMAIL]) expect(out).not.toContain(secret);
    expect(out).toContain('upstream refused [redacted-key]');
    expect(out).toContain('"stack"');
  });

  it('costs linear time on hostile megabyte strings (no ReDoS: a log call must not stall the process)', () => {
    for (const unit of ['a', 'eyJ', 'x@', 'x.', 'spk_', '2222-', 'a@b.']) {
      const hostile = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const started = process.hrtime.bigint();
      const out = redactText(hostile);
      // A hang bound, not a speed check: quadratic patterns took 9 s on 40 KB, so hours on 1 MB; the
      // bounded scan takes milliseconds. (Synchronous code cannot be cut off by jest's timeout.)
      expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(20_000);
      expect(out.length).toBeLessThan(20_000);
    }
  });

  describe('a failing SQL query', () => {
    let orm: Orm;
    beforeAll(async () => {
      orm = await createOrm({ domain: 'kit', entities: [], migrations: [], dataDir: ':memory:' });
      await orm.em.getConnection().execute('create table invite (email text not null unique)');
    });
    afterAll(() => orm.close(true));

    it('logs the driver error without the end user email in its SQL text', async () => {
      const conn = orm.em.getConnection();
      await conn.execute('insert into invite (email) values (?)', [EMAIL]);
      const err = await conn.execute('insert into invite (email) values (?)', [EMAIL]).then(() => null, (e: Error) => e);
      expect(err?.message).toEqual(expect.any(String));
      expect(`${err!.message} ${JSON.stringify(err)}`).toContain(EMAIL); // the leak this guards against
      const { logger, text } = capture();
      logger.error({ err }, 'redeem failed');
      expect(text()).not.toContain(EMAIL);
      expect(text()).toContain('UNIQUE');
    });
  });
});

describe('UUIDs in text', () => {
  it('keeps an idempotency key whole even when its groups look like a code', () => {
    const { redactText } = require('../src/redaction') as typeof import('../src/redaction');
    const key = 'b988d087-7d24-4266-b8db-6686d7657a3f';
    expect(redactText(`placement ${key} did not settle`)).toBe(`placement ${key} did not settle`);
    expect(redactText(`code ABCD-2345-EFGH-6789 for ${key}`)).toBe(`code [redacted-code] for ${key}`);
  });
});
