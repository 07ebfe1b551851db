/**
 * The pool and stats screens as an operator uses them, in Debian's Chromium against the whole
 * stack (sandbox upstream, real subgraphs, the gateway serving the built console): empty states,
 * create a mother with a sandbox token, bulk import through a dry run, rename a team, a pool group
 * with its live name preview, an API key shown once then revoked, and the overview figures
 * following along — in English and 中文. Any console error or page error fails the test.
 * Screenshots of every screen go to artifacts/screenshots/ (kept by CI).
 */
import { pollUntil } from '@seatpool/kit/testing';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ADMIN_PASSWORD, startStack, type Stack, STACK_BOOT_MS } from '../../../gateway/test/e2e/harness';
import { ensureConsoleBuilt } from '../../../scripts/start/console-build';
import { launchChromium } from './support';

const SHOTS = resolve(__dirname, '../../../artifacts/screenshots');

let stack: Stack;
let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  ensureConsoleBuilt(() => undefined);
  mkdirSync(SHOTS, { recursive: true });
  stack = await startStack();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
}, STACK_BOOT_MS);

const origin = () => stack.gateway.url.replace(/\/graphql$/, '');

async function newPage(locale: 'en-US' | 'zh-CN'): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ locale, viewport: { width: 1360, height: 900 } });
  const page = await ctx.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return { ctx, page };
}

async function login(page: Page, label = 'Password', submit = 'Log in') {
  await page.goto(`${origin()}/admin/login`);
  await page.getByLabel(label).fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: submit }).click();
  await page.waitForURL((u) => !u.pathname.includes('/login'));
}

/** Opens a console screen by its navigation link (the names the contract fixes) and waits for its data. */
async function openNav(page: Page, name: string) {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.waitForLoadState('networkidle');
}

/** Polls until `read` returns `want` (or fails with the last value after the deadline). */
async function until(read: () => Promise<string>, want: string) {
  let last = '';
  await pollUntil(async () => (last = await read()) === want, { intervalMs: 200 }).catch(() => undefined);
  expect(last).toBe(want);
}

const shot = (page: Page, name: string) => page.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage: true });

/** The big number of one overview figure group (a region named after it). */
async function figure(page: Page, name: string): Promise<string> {
  return (await page.getByRole('region', { name, exact: true }).locator('.fig-main').textContent())?.trim() ?? '';
}

test('operator manages mothers, import, teams, pool groups and API keys; the overview follows', async () => {
  const { ctx, page } = await newPage('en-US');
  await login(page);

  // Empty states first: every screen says something friendly, nothing is blank.
  await page.getByRole('region', { name: 'Mothers', exact: true }).waitFor();
  expect(await figure(page, 'Mothers')).toBe('0');
  await shot(page, 'pool-overview-empty-en');
  await openNav(page, 'Mothers');
  await page.getByText('No mothers yet.', { exact: false }).waitFor();
  await shot(page, 'pool-mothers-empty-en');
  for (const [nav, text, file] of [
    ['Mother groups', 'No mother groups yet.', 'groups'],
    ['Pool groups', 'No pool groups yet.', 'pool-groups'],
    ['Child accounts', 'No child accounts yet.', 'child-accounts'],
    ['API keys', 'No API keys yet.', 'api-keys'],
  ]) {
    await openNav(page, nav);
    await page.getByText(text, { exact: false }).waitFor();
    await shot(page, `pool-${file}-empty-en`);
  }

  // Create a mother with a sandbox token; a bad seat limit is refused in the form first.
  const first = await stack.sandboxAccount(4, 2);
  await openNav(page, 'Mothers');
  await page.getByRole('button', { name: 'Add mother' }).first().click();
  const create = page.getByRole('dialog', { name: 'Add a mother' });
  await create.getByLabel('Name', { exact: true }).fill('browser-mother-1');
  await create.getByLabel('Access token').fill(first.accessToken);
  await create.getByLabel('Seat limit').fill('0');
  await create.getByRole('button', { name: 'Check token and add' }).click();
  await create.getByText('Enter a whole number in the allowed range.').waitFor();
  await shot(page, 'pool-mother-create-invalid-en');
  await create.getByLabel('Seat limit').fill('4');
  await create.getByRole('button', { name: 'Check token and add' }).click();
  await page.getByRole('link', { name: 'browser-mother-1' }).waitFor();
  await page.waitForLoadState('networkidle');
  await shot(page, 'pool-mothers-en');

  // Bulk import: dry run shows a per-line table and writes nothing; then the import creates them.
  const [a, b] = [await stack.sandboxAccount(3), await stack.sandboxAccount(3)];
  await openNav(page, 'Bulk import');
  await page.getByLabel('Mothers to import').fill(`imported-a---${a.accessToken}---from the browser test\nimported-b---${b.accessToken}\nbroken-line---`);
  await page.getByRole('button', { name: 'Check (dry run)' }).click();
  await page.getByRole('heading', { name: 'Dry run: what would happen' }).waitFor();
  const dryRows = page.getByRole('table', { name: 'Dry run: what would happen' }).locator('tbody tr');
  expect(await dryRows.count()).toBe(3);
  expect(await dryRows.filter({ hasText: 'Would import' }).count()).toBe(2);
  expect(await dryRows.filter({ hasText: 'Failed' }).count()).toBe(1);
  await shot(page, 'pool-import-dry-run-en');
  const listed = await stack.admin().then((c) => c('{ mothers { total } }'));
  expect(listed.data.mothers.total).toBe(1); // the dry run wrote nothing
  await page.getByRole('button', { name: 'Import 2 mothers' }).click();
  await page.getByRole('heading', { name: 'Import result' }).waitFor();
  expect(await page.locator('tbody tr', { hasText: 'Created' }).count()).toBe(2);
  await shot(page, 'pool-import-result-en');

  // Mother detail: rename a team, make the other one the default.
  await openNav(page, 'Mothers');
  await page.getByRole('link', { name: 'browser-mother-1' }).click();
  await page.getByRole('heading', { level: 1, name: 'browser-mother-1' }).waitFor();
  await page.waitForLoadState('networkidle');
  const teams = page.getByRole('table', { name: 'Teams' }).locator('tbody tr');
  expect(await teams.count()).toBe(2);
  await teams.first().getByRole('button', { name: 'Rename' }).click();
  const rename = page.getByRole('dialog', { name: /^Rename / });
  await rename.getByLabel('Team name').fill('Renamed in browser');
  await rename.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('table', { name: 'Teams' }).getByText('Renamed in browser').waitFor();
  const other = teams.filter({ has: page.getByRole('button', { name: 'Make default' }) }).first();
  await other.getByRole('button', { name: 'Make default' }).click();
  await page.getByText(/is now the default team/).waitFor();
  await page.waitForLoadState('networkidle');
  await shot(page, 'pool-mother-detail-en');

  // Pool group: create, then the live preview follows the unsaved template.
  await openNav(page, 'Pool groups');
  await page.getByRole('button', { name: 'Add pool group' }).first().click();
  const pg = page.getByRole('dialog', { name: 'New pool group' });
  await pg.getByLabel('Name', { exact: true }).fill('bpg');
  await pg.getByLabel('Email domain').fill('example.com');
  await pg.getByRole('button', { name: 'Create and preview' }).click();
  const edit = page.getByRole('dialog', { name: 'Pool group bpg' });
  await edit.getByRole('region', { name: 'Preview of the next names' }).getByText(/^bpg-/).first().waitFor();
  await edit.getByLabel('Team name template', { exact: true }).fill('{group}-T{seq3}');
  await edit.getByText('bpg-T001').waitFor();
  await shot(page, 'pool-pool-group-preview-en');
  await edit.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('cell', { name: '{group}-T{seq3}' }).waitFor();
  await shot(page, 'pool-pool-groups-en');

  // API key: the key is shown once with a copy button; revoking hides it from the default list.
  await openNav(page, 'API keys');
  await page.getByRole('button', { name: 'Create API key' }).first().click();
  const keyDialog = page.getByRole('dialog', { name: 'New API key' });
  await keyDialog.getByLabel('Name', { exact: true }).fill('browser key');
  await keyDialog.getByLabel(/^stats:read/).check();
  await keyDialog.getByRole('button', { name: 'Create key' }).click();
  const secret = (await keyDialog.getByTestId('secret').textContent()) ?? '';
  expect(secret.length).toBeGreaterThan(20);
  await keyDialog.getByRole('button', { name: 'Copy' }).waitFor();
  await shot(page, 'pool-api-key-created-en');
  await keyDialog.getByRole('button', { name: 'I have copied it' }).click();
  const keyRow = page.locator('tbody tr', { hasText: 'browser key' });
  await keyRow.waitFor();
  expect(await page.content()).not.toContain(secret); // only the prefix stays on screen
  await keyRow.getByRole('button', { name: 'Revoke' }).click();
  await page.getByRole('dialog', { name: 'Revoke API key' }).getByRole('button', { name: 'Revoke' }).click();
  await page.getByText('browser key revoked.').waitFor();
  await page.getByText('No API keys yet.').waitFor();
  await page.getByLabel('Show revoked keys').check();
  await page.locator('tbody tr', { hasText: 'browser key' }).getByText(/^Revoked /).waitFor();
  await shot(page, 'pool-api-keys-en');

  // The overview now counts the three mothers and their seats; the audit shows the operator's actions.
  await openNav(page, 'Overview');
  await until(() => figure(page, 'Mothers'), '3');
  await page.getByRole('table', { name: 'Recent audit entries' }).getByText('admin.login').first().waitFor();
  await page.getByRole('button', { name: '48 hours' }).click();
  await page.getByRole('img', { name: 'Trends over 48 hours' }).waitFor();
  await shot(page, 'pool-overview-en');

  // The same screens in Chinese, through the language switch.
  await page.getByRole('button', { name: '中文' }).click();
  await page.getByRole('heading', { level: 1, name: '概览' }).waitFor();
  await page.waitForLoadState('networkidle');
  await shot(page, 'pool-overview-zh');
  for (const [nav, file] of [['母号', 'mothers'], ['批量导入', 'import'], ['母号分组', 'groups'], ['号池分组', 'pool-groups'], ['子账号', 'child-accounts'], ['API 密钥', 'api-keys']]) {
    await openNav(page, nav);
    await shot(page, `pool-${file}-zh`);
  }
  await openNav(page, '母号');
  await page.getByRole('link', { name: 'browser-mother-1' }).click();
  await page.getByRole('heading', { level: 2, name: '团队' }).waitFor();
  await page.waitForLoadState('networkidle');
  await shot(page, 'pool-mother-detail-zh');

  await ctx.close();
  expect(problems).toEqual([]);
}, 240_000);

test('a refused action shows a clear message in the operator\'s language, never raw JSON', async () => {
  const { ctx, page } = await newPage('zh-CN');
  await login(page, '密码', '登录');
  // A token the sandbox does not know: createMother answers with a typed error, shown in Chinese.
  await page.goto(`${origin()}/admin/mothers`);
  await page.getByRole('heading', { level: 1, name: '母号' }).waitFor();
  await page.getByRole('button', { name: '添加母号' }).first().click();
  const create = page.getByRole('dialog', { name: '添加母号' });
  await create.getByLabel('名称').fill('bad-token');
  await create.getByLabel('访问令牌').fill('not-a-real-token');
  await create.getByRole('button', { name: '校验令牌并添加' }).click();
  const alert = create.getByRole('alert');
  await alert.waitFor();
  const text = (await alert.textContent()) ?? '';
  expect(text).not.toMatch(/[{}]|extensions|BAD_USER_INPUT/);
  expect(text).toMatch(/[\u4e00-\u9fff]/);
  await shot(page, 'pool-mother-create-error-zh');
  await create.getByRole('button', { name: '取消' }).click();
  // A taken group name: the sentence in Chinese plus the API's precise cause.
  await (await stack.admin())('mutation { createMotherGroup(input: { name: "Taken" }) { id } }');
  await page.getByRole('navigation').getByRole('link', { name: '母号分组' }).click();
  await page.getByRole('button', { name: '添加母号分组' }).first().click();
  const group = page.getByRole('dialog', { name: '新建母号分组' });
  await group.getByRole('button', { name: '创建' }).click();
  await group.getByText('必填。').waitFor(); // checked before any request
  await group.getByLabel('名称', { exact: true }).fill('Taken');
  await group.getByRole('button', { name: '创建' }).click();
  await group.getByRole('alert').getByText('already exists', { exact: false }).waitFor();
  expect(await group.getByRole('alert').textContent()).toMatch(/[\u4e00-\u9fff]/);
  await shot(page, 'pool-group-conflict-zh');
  await group.getByRole('button', { name: '取消' }).click();
  // An unknown mother id: a friendly page, not a blank one.
  await page.goto(`${origin()}/admin/mothers/00000000-0000-0000-0000-000000000000`);
  await page.getByText(/此母号不存在|对象不存在/).first().waitFor();
  await shot(page, 'pool-mother-missing-zh');
  await ctx.close();
  expect(problems).toEqual([]);
}, 120_000);
