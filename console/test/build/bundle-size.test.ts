/**
 * Size budgets of the built pages: the JavaScript a first visit loads (the entry script and
 * every module it preloads), gzipped. Screens load later, one chunk each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONSOLE_DIR, ensureConsoleBuilt } from '../../../scripts/start/console-build';

const DIST = join(CONSOLE_DIR, 'dist');

/** Gzipped bytes of the initial JavaScript of one built HTML page. */
export function initialJsGzip(htmlFile: string): { files: string[]; bytes: number } {
  const html = readFileSync(join(DIST, htmlFile), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
  return { files, bytes };
}

describe('bundle budgets', () => {
  beforeAll(() => ensureConsoleBuilt((line) => process.stdout.write(`${line}\n`)));

  it('the public page loads at most 100 KB of gzipped JavaScript, the console at most 300 KB', () => {
    const pub = initialJsGzip('index.html');
    const admin = initialJsGzip('admin/index.html');
    process.stdout.write(`initial JS (gzip): public page ${(pub.bytes / 1024).toFixed(1)} KB (${pub.files.length} files), console ${(admin.bytes / 1024).toFixed(1)} KB (${admin.files.length} files)\n`);
    expect(pub.files.length).toBeGreaterThan(0);
    expect(admin.files.length).toBeGreaterThan(0);
    expect(pub.bytes).toBeLessThanOrEqual(100 * 1024);
    expect(admin.bytes).toBeLessThanOrEqual(300 * 1024);
  });

  it('the public page does not load Apollo Client, and no page loads GraphiQL', () => {
    const pub = initialJsGzip('index.html').files.map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
    expect(pub).not.toContain('ApolloClient');
    expect(pub).not.toMatch(/InMemoryCache/);
    const admin = initialJsGzip('admin/index.html').files.map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
    expect(admin).not.toMatch(/graphiql-|GraphiQL/);
  });
});
