import { csvCell, csvRow, pageWindow } from '@seatpool/kit';
import { redact } from '../src/services/redaction';

describe('list windows, CSV cells and audit redaction', () => {
  it('validates pages instead of clamping them', () => {
    expect(pageWindow({})).toEqual({ page: 1, pageSize: 50, offset: 0, limit: 50 });
    expect(pageWindow({ page: 3, pageSize: 20 })).toEqual({ page: 3, pageSize: 20, offset: 40, limit: 20 });
    expect(() => pageWindow({ page: 0 })).toThrow('page must be 1 or more');
    expect(() => pageWindow({ pageSize: 201 })).toThrow('pageSize must be between 1 and 200');
    expect(() => pageWindow({ pageSize: 1.5 })).toThrow();
  });

  it('quotes CSV cells that need it and defuses spreadsheet formulas', () => {
    expect(csvRow(['ABCD-EFGH', null, 3, new Date('2026-01-02T03:04:05.000Z')])).toBe('ABCD-EFGH,,3,2026-01-02T03:04:05.000Z\r\n');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=cmd()')).toBe("'=cmd()");
    expect(csvCell('+1@example.com')).toBe("'+1@example.com");
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
  });

  it('redacts secrets in audit payloads, however deep', () => {
    const out = redact({ password: 'p', input: { newPassword: 'n', codes: ['A'], token: 't', count: 2 }, email: 'a@example.com', when: new Date(0) });
    expect(out).toEqual({ password: '[redacted]', input: { newPassword: '[redacted]', codes: '[redacted]', token: '[redacted]', count: 2 }, email: 'a@example.com', when: '1970-01-01T00:00:00.000Z' });
    expect((redact({ list: Array.from({ length: 60 }, (_, i) => i) }) as { list: unknown[] }).list).toHaveLength(51);
  });
});
