/**
 * The end user's page in Chromium: redeem, then everything else one can do with the code —
 * status, resend, switch team, refresh, rebind — each answered by one plain sentence.
 */
import type { Browser } from 'playwright-core';
import { startStack, type AdminClient, type Stack, STACK_BOOT_MS } from '../../../gateway/test/e2e/harness';
import { buildConsoleOnce, expectReadable, launchChromium, watchedPage, type WatchedPage } from './support';

jest.setTimeout(120_000);

let stack: Stack;
let browser: Browser;
let base: string;
let api: AdminClient;

beforeAll(async () => {
  buildConsoleOnce();
  stack = await startStack();
  base = stack.gateway.url.replace(/\/graphql$/, '');
  api = await stack.admin();
  for (const name of ['m-one', 'm-two', 'm-three']) {
    const account = await stack.sandboxAccount(4);
    const res = await api('mutation($i: CreateMotherInput!) { createMother(input: $i) { id } }', { i: { name, accessToken: account.accessToken, seatLimit: 4 } });
    expect(res.errors).toBeUndefined();
  }
  browser = await launchChromium();
}, STACK_BOOT_MS);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('public redeem page', () => {
  let w: WatchedPage;
  afterEach(() => expect(w.problems).toEqual([]));

  it('redeems, shows the status, resends, switches, refreshes and rebinds with clear answers', async () => {
    const sku = await api('mutation($i: CreateCodeSkuInput!) { createCodeSku(input: $i) { id } }', { i: { name: 'Flexible', slug: 'flexible', lifecycleDays: 30, switchLimit: 5, refreshLimit: 5 } });
    expect(sku.errors).toBeUndefined();
    const gen = await api('mutation($i: GenerateCodesInput!) { generateCodes(input: $i) { codes } }', { i: { count: 1, skuId: sku.data.createCodeSku.id } });
    const [code] = gen.data.generateCodes.codes as string[];

    w = await watchedPage(browser, { prefix: 'public' });
    const { page } = w;
    await page.goto(`${base}/`);
    await page.getByLabel('Code', { exact: true }).fill(code);
    await page.getByLabel('Email', { exact: true }).fill('member@example.com');
    await page.getByRole('button', { name: 'Redeem', exact: true }).click();
    await page.getByText(/^Invite sent to member@example\.com\. Open the email and accept it to join .+\.$/).waitFor();
    await w.shot('01-redeemed');

    // Redeeming again with the same email: already in.
    await page.getByRole('button', { name: 'Redeem', exact: true }).click();
    await page.getByText(/^member@example\.com is already in .+ with this code\. Nothing else to do\.$/).waitFor();

    await page.getByRole('tab', { name: 'Check status' }).click();
    await page.getByRole('button', { name: 'Check status' }).click();
    await page.getByText(/^Code redeemed\. Invite: sent, waiting for you to accept\. Team: .+\. Valid until .+\. Switches left: 5\. Refreshes left: 5\.$/).waitFor();
    await w.shot('02-status');

    await page.getByRole('tab', { name: 'Resend invite' }).click();
    await page.getByRole('button', { name: 'Resend invite' }).click();
    // Either it went again, or the minute since the first invite has not passed: both say so plainly.
    await page.getByText(/^(The invite to .+ was sent again\. Check your inbox \(and spam folder\)\.|The invite was resent recently\. Wait \d+ seconds and try again\.|The invite was resent less than a minute ago\.)$/).waitFor();
    await w.shot('03-resend');

    await page.getByRole('tab', { name: 'Switch team' }).click();
    await page.getByRole('button', { name: 'Switch team' }).click();
    await page.getByText(/^Done: you were invited into .+\. Accept the new invite; your old seat is being given up\. Switches left: 4\. Refreshes left: 5\.$/).waitFor();
    await w.shot('04-switched');

    await page.getByRole('tab', { name: 'Refresh or rebind' }).click();
    await page.getByRole('button', { name: 'Refresh seat' }).click();
    // A refresh right after a switch may wait for the cooldown; either answer is a sentence.
    await page.getByText(/^(Done: you were invited into .+\. Switches left: \d+\. Refreshes left: 4\.|A refresh started recently\. Wait \d+ seconds and try again\.|A switch or refresh of this code is already under way\.)/).waitFor();
    await w.shot('05-refresh');

    await page.getByLabel(/^New email/).fill('not-an-email');
    await page.getByRole('button', { name: 'Move to new email' }).click();
    await page.getByText('Enter a valid email address.').waitFor();
    await expectReadable(page);
  });
});
