/**
 * Browser tests: Debian's Chromium driven by playwright-core against a real stack (the e2e
 * harness: sandbox upstream, three subgraphs, the gateway serving the built console).
 * Every page records console errors and page errors; `expectCleanConsole` fails the test on any.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { ensureConsoleBuilt } from '../../../scripts/start/console-build';

/**
 * Debian's old headless shell (package chromium-headless-shell) when installed, else the full
 * browser. Same engine and rendering; the full browser in headless mode also runs its browser UI
 * (WebUI pages, component services) and burns about a quarter of a core while a page sits idle,
 * the shell a fiftieth: the browser tests cost half the CPU with it.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium-headless-shell') ? '/usr/bin/chromium-headless-shell' : '/usr/bin/chromium');
/** Kept by CI (gitignored): one PNG per screen the tests visit. */
export const SCREENSHOTS = resolve(__dirname, '../../../artifacts/screenshots');

export function buildConsoleOnce() {
  ensureConsoleBuilt((line) => process.stdout.write(`${line}\n`));
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium-headless-shell (.ci/run does), or set CHROMIUM_PATH`);
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-background-networking', '--disable-dev-shm-usage'] });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  problems: string[];
  shot(name: string): Promise<void>;
}

/**
 * A page in its own context (own sessionStorage), in the given browser language. API answers
 * the page handles itself (401 of an ended session, 429 of a rate limit, 400 of bad input) are
 * logged by Chromium as "Failed to load resource"; those alone are not problems — the test
 * checks the page said something clear instead.
 */
export async function watchedPage(browser: Browser, opts: { locale?: string; prefix: string; acceptsDownloads?: boolean }): Promise<WatchedPage> {
  const context = await browser.newContext({ locale: opts.locale ?? 'en-US', acceptDownloads: opts.acceptsDownloads ?? true, viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const handledApiAnswer = /Failed to load resource: the server responded with a status of (400|401|403|429)/.test(msg.text()) && /\/graphql$/.test(msg.location().url);
    if (!handledApiAnswer) problems.push(`console error: ${msg.text()} (${msg.location().url})`);
  });
  page.on('requestfailed', (req) => {
    // A navigation cancels the previous page's in-flight fetches (net::ERR_ABORTED): not a failure
    // the person sees. Every other network failure is.
    const aborted = req.failure()?.errorText === 'net::ERR_ABORTED';
    if (!req.url().startsWith('blob:') && !aborted) problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`);
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    page,
    context,
    problems,
    async shot(name) {
      await page.screenshot({ path: join(SCREENSHOTS, `${opts.prefix}-${name}.png`), fullPage: true });
    },
  };
}

/**
 * Waits for `locator`; when it does not appear, the error says what the page showed instead and
 * the services' last warnings (a loaded CI machine's failure is otherwise a bare timeout).
 */
export async function waitOrExplain(locator: Locator, page: Page, logs: string[] = [], timeout?: number) {
  try {
    await locator.waitFor({ timeout });
  } catch (err) {
    const shown = (await page.locator('main').innerText().catch(() => '(no main element)')).slice(0, 2000);
    const warnings = logs.filter((l) => /"level":(40|50|60)/.test(l)).slice(-15).join('');
    throw new Error(`${(err as Error).message.split('\n')[0]}\nthe page (${page.url()}) showed:\n${shown}\nlast service warnings:\n${warnings || '(none)'}`);
  }
}

/** Nothing on screen may be raw JSON, and the page may not be blank. */
export async function expectReadable(page: Page) {
  const text = (await page.locator('body').innerText()).trim();
  expect(text.length).toBeGreaterThan(20);
  expect(text).not.toMatch(/\{\s*"(errors|data|message|extensions)"/);
  expect(text).not.toMatch(/\[object Object\]|undefined|NaN/);
}
