import { safeNext } from '../../src/domains/users/auth/LoginPage';
import { validateGenerate } from '../../src/domains/users/codes/generate-form';
import { validatePassword } from '../../src/domains/users/settings/password-form';
import { skuInput, validateSku, EMPTY_SKU } from '../../src/domains/users/skus/sku-form';
import { servicesOf } from '../../src/domains/users/health/readiness';
import { email, intBetween, required, validate } from '../../src/ui/validate';

const NOW = new Date('2026-06-01T12:00:00');

describe('form rules', () => {
  it('required, email and number checks answer message keys', () => {
    expect(required('  ')).toBe('common.required');
    expect(required('x')).toBeUndefined();
    expect(email('')).toBe('common.required');
    expect(email('not-an-email')).toBe('common.invalidEmail');
    expect(email('a b@c.de')).toBe('common.invalidEmail');
    expect(email(' user@example.com ')).toBeUndefined();
    expect(intBetween(1, 10)('0')).toBe('validate.intBetween');
    expect(intBetween(1, 10)('2.5')).toBe('validate.intBetween');
    expect(intBetween(1, 10)('10')).toBeUndefined();
    expect(validate({ code: '', email: 'x' }, { code: [required], email: [email] })).toEqual({ code: 'common.required', email: 'common.invalidEmail' });
  });

  it('generate codes: 1–10,000 codes, a prefix from the code alphabet, an expiry in the future', () => {
    const ok = { count: '10', skuId: '', prefix: 'VPX', expiresOn: '2026-06-02' };
    expect(validateGenerate(ok, NOW)).toEqual({});
    expect(validateGenerate({ ...ok, count: '0' }, NOW)).toEqual({ count: 'validate.intBetween' });
    expect(validateGenerate({ ...ok, count: '10001' }, NOW)).toEqual({ count: 'validate.intBetween' });
    expect(validateGenerate({ ...ok, prefix: 'BOO1' }, NOW)).toEqual({ prefix: 'codes.prefixInvalid' }); // O and 1 are not in the alphabet
    expect(validateGenerate({ ...ok, prefix: 'vpx' }, NOW)).toEqual({}); // typed lower case, sent as is; the service upper-cases
    expect(validateGenerate({ ...ok, prefix: 'ABCDEFGHJKLMN' }, NOW)).toEqual({ prefix: 'codes.prefixInvalid' });
    expect(validateGenerate({ ...ok, expiresOn: '2026-05-31' }, NOW)).toEqual({ expiresOn: 'codes.expiresPast' });
    expect(validateGenerate({ ...ok, expiresOn: '2026-06-01' }, NOW)).toEqual({}); // until the end of today
  });

  it('password change: 12–1024 characters, not the current one, confirmed', () => {
    expect(validatePassword({ current: '', next: '', confirm: '' })).toEqual({ current: 'common.required', next: 'common.required' });
    expect(validatePassword({ current: 'old-password-1', next: 'short', confirm: 'short' })).toEqual({ next: 'settings.passwordLength' });
    expect(validatePassword({ current: 'old-password-1', next: 'old-password-1', confirm: 'old-password-1' })).toEqual({ next: 'settings.passwordSame' });
    expect(validatePassword({ current: 'old-password-1', next: 'new-password-12', confirm: 'new-password-13' })).toEqual({ confirm: 'settings.passwordMismatch' });
    expect(validatePassword({ current: 'old-password-1', next: 'new-password-12', confirm: 'new-password-12' })).toEqual({});
  });

  it('SKU form: slug format, price in cents, empty limits are unlimited', () => {
    const form = { ...EMPTY_SKU, name: 'Team 30 days', slug: 'team-30d', price: '19.90', switchLimit: '3' };
    expect(validateSku(form)).toEqual({});
    expect(skuInput(form)).toEqual({ name: 'Team 30 days', slug: 'team-30d', description: null, lifecycleDays: 30, priceCents: 1990, switchLimit: 3, refreshLimit: null });
    expect(validateSku({ ...form, slug: 'Team 30' })).toEqual({ slug: 'skus.slugInvalid' });
    expect(validateSku({ ...form, price: '19.999' })).toEqual({ price: 'skus.priceInvalid' });
    expect(validateSku({ ...form, switchLimit: '-1', lifecycleDays: '0' })).toEqual({ switchLimit: 'skus.limitInvalid', lifecycleDays: 'validate.intBetween' });
    expect(validateSku({ ...EMPTY_SKU })).toEqual({ name: 'common.required', slug: 'common.required' });
  });

  it('after login, only a path inside the console is followed', () => {
    expect(safeNext('/codes?status=USED')).toBe('/codes?status=USED');
    expect(safeNext('//evil.example/')).toBe('/');
    expect(safeNext('https://evil.example/')).toBe('/');
    expect(safeNext('/login?next=/x')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });

  it('health lists the gateway, each subgraph and Redis from /readyz', () => {
    expect(servicesOf({ ok: false, subgraphs: { users: true, pool: false }, redis: true })).toEqual([
      { name: 'gateway', ready: true }, { name: 'users', ready: true }, { name: 'pool', ready: false }, { name: 'redis', ready: true },
    ]);
  });
});
