import { codeOf, startStack, type Stack } from './harness';

describe('rate limits at the public door', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ GATEWAY_PUBLIC_RATE_PER_MINUTE: '3', GATEWAY_LOGIN_RATE_PER_5MIN: '2' });
  });
  afterAll(() => stack?.stop());

  it('answers the 4th redeem of a minute from one address with RATE_LIMITED and a retry hint', async () => {
    const redeem = () => stack.gql('mutation { redeem(input: { code: "ABCD-EFGH-JKMN-PQRS", email: "a@example.com" }) { status } }');
    for (let i = 0; i < 3; i++) expect(codeOf(await redeem())).toBe('CODE_INVALID');
    const limited = await redeem();
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    expect(limited.status).toBe(429);
    expect(limited.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('limits admin login attempts per address', async () => {
    const login = () => stack.gql('mutation { adminLogin(input: { password: "wrong-password-000" }) { token } }');
    expect(codeOf(await login())).toBe('UNAUTHENTICATED');
    expect(codeOf(await login())).toBe('UNAUTHENTICATED');
    expect(codeOf(await login())).toBe('RATE_LIMITED');
  });
});
