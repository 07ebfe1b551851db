/**
 * Console benchmark in Chromium against a local stack (the e2e harness, SQLite, sandbox
 * upstream) with 1,000 mothers and 1,000 codes: time from the login click to the rendered
 * overview, then from navigation to the overview, the mothers list and the codes list (a page of
 * rows from the server), with the assets cached. Prints one JSON line.
 *
 *   npm run bench -w @seatpool/console          # BENCH_MOTHERS=… BENCH_CODES=… for other sizes
 */
import { chromium, type Page } from 'playwright-core';
import { ADMIN_PASSWORD, startStack } from '../../gateway/test/e2e/harness';
import { ensureConsoleBuilt } from '../../scripts/start/console-build';

const MOTHERS = Number(process.env.BENCH_MOTHERS ?? 1000);
const CODES = Number(process.env.BENCH_CODES ?? 1000);

async function timed(page: Page, url: string, ready: (p: Page) => Promise<unknown>): Promise<number> {
  const started = Date.now();
  await page.goto(url);
  await ready(page);
  return Date.now() - started;
}

async function main() {
  ensureConsoleBuilt((line) => process.stderr.write(`${line}\n`));
  const stack = await startStack({ GATEWAY_MAX_BODY_BYTES: String(10 * 1024 * 1024) });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
  try {
    const admin = await stack.admin();
    const lines: string[] = [];
    for (let i = 0; i < MOTHERS; i++) {
      const { accessToken } = await stack.sandboxAccount(7);
      lines.push(`bench-mother-${i}@example.com---${accessToken}---bench`);
    }
    const imported = await admin('mutation($i: ImportMothersInput!) { importMothers(input: $i) { created failed } }', { i: { content: lines.join('\n') } });
    if (imported.errors) throw new Error(`import: ${JSON.stringify(imported.errors).slice(0, 300)}`);
    for (let left = CODES; left > 0; left -= 1000) {
      const gen = await admin('mutation($i: GenerateCodesInput!) { generateCodes(input: $i) { batchId } }', { i: { count: Math.min(1000, left) } });
      if (gen.errors) throw new Error(`generate: ${JSON.stringify(gen.errors).slice(0, 300)}`);
    }

    const base = stack.gateway.url.replace(/\/graphql$/, '');
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const loginStarted = Date.now();
    await page.goto(`${base}/admin/login`);
    await page.getByLabel('Password', { exact: true }).fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    const loginToOverviewMs = Date.now() - loginStarted;

    const overview = (p: Page) => p.getByRole('heading', { name: 'Overview', level: 1 }).waitFor().then(() => p.waitForLoadState('networkidle'));
    // The mothers screen is the pool domain's; until it lists rows, its heading is what renders.
    const mothers = (p: Page) => p.getByRole('heading', { name: 'Mothers', level: 1 }).waitFor().then(() => p.waitForLoadState('networkidle'));
    const codes = (p: Page) => p.getByRole('cell', { name: 'unused' }).nth(19).waitFor();
    const result = {
      bench: 'console in chromium',
      mothers: MOTHERS,
      codes: CODES,
      importedMothers: imported.data.importMothers.created,
      loginToOverviewMs,
      warm: {
        overviewMs: await timed(page, `${base}/admin/`, overview),
        mothersListMs: await timed(page, `${base}/admin/mothers`, mothers),
        codesListMs: await timed(page, `${base}/admin/codes`, codes),
      },
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await browser.close();
    await stack.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`${err?.stack ?? err}\n`);
  process.exit(1);
});
