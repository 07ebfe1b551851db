/**
 * Every failure a person meets says what happened, in their language, on a page that is never
 * blank: a wrong password, an ended session (back to the same page after logging in again), an
 * unknown code, a rate-limited redeem with its wait, a page that does not exist. No console error.
 */
import type { Browser } from 'playwright-core';
import { ADMIN_PASSWORD, graphqlClient, startStack, type Stack, STACK_BOOT_MS } from '../../../gateway/test/e2e/harness';
import { buildConsoleOnce, expectReadable, launchChromium, watchedPage, type WatchedPage } from './support';

jest.setTimeout(120_000);

let stack: Stack;
let browser: Browser;
let base: string;

beforeAll(async () => {
  buildConsoleOnce();
  // Two public calls per code (and per email) a minute: the third redeem of one code is refused.
  stack = await startStack({ GATEWAY_PUBLIC_SUBJECT_RATE_PER_MINUTE: '2' });
  base = stack.gateway.url.replace(/\/graphql$/, '');
  browser = await launchChromium();
}, STACK_BOOT_MS);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('clear messages for every failure', () => {
  let w: WatchedPage;
  afterEach(() => expect(w.problems).toEqual([]));

  it('a wrong password says so, and the right one then logs in', async () => {
    w = await watchedPage(browser, { prefix: 'errors' });
    await w.page.goto(`${base}/admin/`);
    await w.page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await w.page.getByRole('button', { name: 'Log in' }).click();
    await w.page.getByRole('alert').filter({ hasText: 'Wrong password.' }).waitFor();
    await expectReadable(w.page);
    await w.shot('01-wrong-password');
    // An empty password never reaches the server.
    await w.page.getByLabel('Password', { exact: true }).fill('');
    await w.page.getByRole('button', { name: 'Log in' }).click();
    await w.page.getByText('Required.').waitFor();
    await w.page.getByLabel('Password', { exact: true }).fill(ADMIN_PASSWORD);
    await w.page.getByRole('button', { name: 'Log in' }).click();
    await w.page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
  });

  it('an ended session returns to the login page and, after logging in, to the same page', async () => {
    w = await watchedPage(browser, { prefix: 'errors' });
    const { page } = w;
    await page.goto(`${base}/admin/jobs?status=SUCCEEDED`);
    await page.getByLabel('Password', { exact: true }).fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: 'Jobs', level: 1 }).waitFor();
    // The session ends on the server (as when another tab logs out or an operator revokes it).
    const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('seatpool.session')!).token as string);
    const ended = await graphqlClient(stack.gateway.url, token)('mutation { adminLogout }');
    expect(ended.data).toEqual({ adminLogout: true });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log', exact: true }).click();
    await page.getByText('Your session has ended. Log in again to go back where you were.').waitFor();
    await expectReadable(page);
    await w.shot('02-session-ended');
    await page.getByLabel('Password', { exact: true }).fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/audit');
  });

  it('an unknown code, a malformed one and bad input on the public page each get one plain sentence', async () => {
    w = await watchedPage(browser, { prefix: 'errors' });
    const { page } = w;
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: 'Redeem', exact: true }).click();
    await page.getByText('Required.').first().waitFor(); // checked in the page, nothing sent
    await page.getByLabel('Code', { exact: true }).fill('ABCD-EFGH-JKLM-NPQR');
    await page.getByLabel('Email', { exact: true }).fill('nobody@example.com');
    await page.getByRole('button', { name: 'Redeem', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'This code is unknown (or not bound to this email). Check it and try again.' }).waitFor();
    await expectReadable(page);
    await w.shot('03-unknown-code');
    await page.getByLabel('Code', { exact: true }).fill('not a code!');
    await page.getByLabel('Email', { exact: true }).fill('other@example.com');
    await page.getByRole('button', { name: 'Redeem', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: /^This code is unknown/ }).waitFor();
    await page.getByLabel('Email', { exact: true }).fill('not-an-email');
    await page.getByRole('button', { name: 'Redeem', exact: true }).click();
    await page.getByText('Enter a valid email address.').waitFor();
  });

  it('a rate-limited redeem shows how many seconds to wait', async () => {
    w = await watchedPage(browser, { prefix: 'errors' });
    const { page } = w;
    await page.goto(`${base}/`);
    await page.getByLabel('Code', { exact: true }).fill('WXYZ-WXYZ-WXYZ-WXYZ');
    await page.getByLabel('Email', { exact: true }).fill('hurry@example.com');
    for (let i = 0; i < 2; i++) {
      await page.getByRole('button', { name: 'Redeem', exact: true }).click();
      await page.getByRole('alert').filter({ hasText: /^This code is unknown/ }).waitFor();
    }
    await page.getByRole('button', { name: 'Redeem', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: /^Too many requests\. Wait \d+ seconds and try again\.$/ });
    await alert.waitFor();
    const seconds = Number(/Wait (\d+) seconds/.exec(await alert.innerText())![1]);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(60);
    await w.shot('04-rate-limited');
  });

  it('the public page follows a Chinese browser, and a missing console page says so', async () => {
    w = await watchedPage(browser, { prefix: 'errors', locale: 'zh-CN' });
    const { page } = w;
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: '兑换你的兑换码' }).waitFor();
    await page.getByLabel('兑换码', { exact: true }).fill('ABCD-EFGH-JKLM-NPQ2');
    await page.getByLabel('邮箱', { exact: true }).fill('zh@example.com');
    await page.getByRole('button', { name: '兑换', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: '兑换码不存在（或未绑定此邮箱），请检查后重试。' }).waitFor();
    await w.shot('05-public-zh');
    // English on request, from the switch.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Code', { exact: true }).waitFor();

    await page.goto(`${base}/admin/login`);
    await page.getByLabel('Password', { exact: true }).fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await page.goto(`${base}/admin/no-such-screen`);
    await page.getByText('There is no page here.').waitFor();
    await expectReadable(page);
    await w.shot('06-not-found');
  });
});
