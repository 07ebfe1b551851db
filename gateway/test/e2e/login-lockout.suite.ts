import { ADMIN_PASSWORD, codeOf, startStack, type Stack, STACK_BOOT_MS } from './harness';

const LOGIN = `mutation($i: AdminLoginInput!) { adminLogin(input: $i) { token } }`;
const from = (ip: string) => ({ 'x-forwarded-for': ip });

/** docs/operations/SECURITY.md §3, login lockout policy: slow guessing everywhere, lock out nobody. */
describe('admin login under distributed guessing', () => {
  let stack: Stack;
  beforeAll(async () => {
    // The gateway's per-address rules stay out of the way: this is users' account-wide delay.
    stack = await startStack({ GATEWAY_TRUSTED_PROXIES: 'loopback' });
  }, STACK_BOOT_MS);
  afterAll(() => stack?.stop());

  it('delays guesses spread over many addresses, while the operator from a known address gets in at once', async () => {
    const login = (password: string, ip: string) => stack.gql(LOGIN, { i: { password } }, from(ip));
    expect((await login(ADMIN_PASSWORD, '10.9.0.1')).errors).toBeUndefined(); // the operator's usual address

    // Strangers, each from its own address, one wrong password each, until the account delay answers.
    let delayed: any;
    for (let n = 1; n <= 20 && !delayed; n++) {
      const res = await login(`wrong-password-${n}`, `10.9.1.${n}`);
      if (codeOf(res) === 'RATE_LIMITED') delayed = res.errors![0].extensions;
      else expect(codeOf(res)).toBe('UNAUTHENTICATED');
    }
    expect(delayed).toMatchObject({ code: 'RATE_LIMITED', reason: 'LOGIN_DELAYED', retryAfterSeconds: expect.any(Number) });
    expect(delayed.retryAfterSeconds).toBeLessThanOrEqual(60);

    // No lockout: the operator's known address is not delayed, and the right password works.
    const operator = await login(ADMIN_PASSWORD, '10.9.0.1');
    expect(operator.errors).toBeUndefined();
    expect(operator.data.adminLogin.token).toEqual(expect.any(String));
  });
});
