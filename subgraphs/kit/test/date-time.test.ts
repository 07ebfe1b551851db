import { parseDateTimeInput } from '../src/date-time.scalar';

describe('DateTime input', () => {
  it.each(['yesterday', '2030-01-01', '0000-01-01T00:00:00Z', '+275760-09-13T00:00:00.001Z', '2030-13-01T00:00:00Z', '2030-02-31T00:00:00Z', '2023-02-29T00:00:00Z', '2026-01-01T24:00:00Z', 42])(
    'refuses %p (never reaches the database)',
    (value) => expect(() => parseDateTimeInput(value)).toThrow(/DateTime must be an ISO-8601 instant/),
  );

  it.each([
    ['2026-11-26T10:00:00.000Z', '2026-11-26T10:00:00.000Z'],
    ['2024-02-29T00:00Z', '2024-02-29T00:00:00.000Z'],
    ['2026-01-01T10:00:00+05:30', '2026-01-01T04:30:00.000Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
  ])('accepts %p', (value, iso) => expect(parseDateTimeInput(value).toISOString()).toBe(iso));
});
