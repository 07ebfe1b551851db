// `npm run schema:breaking`: the composed supergraph against the last released one (schema/released/).
// `npm run schema:breaking -- --release <version>`: after a clean check, records the current
// supergraph as the released one (do this when a version ships; see docs/api/VERSIONING.md).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { apiSchemaOf, checkBreaking } from './breaking-check';
import { parseChangelog } from './changelog';

const ROOT = resolve(__dirname, '../../..');
const RELEASED_DIR = join(ROOT, 'schema/released');
const RELEASED = join(RELEASED_DIR, 'supergraph.graphql');
const CURRENT = join(ROOT, 'schema/supergraph.graphql');
const CHANGELOG = join(ROOT, 'docs/api/CHANGELOG.md');
const MIN_DAYS = 90;

async function main(argv: string[]): Promise<number> {
  const releaseAt = argv.indexOf('--release');
  const version = releaseAt >= 0 ? argv[releaseAt + 1] : undefined;
  if (releaseAt >= 0 && !/^\d+\.\d+\.\d+$/.test(version ?? '')) {
    console.error('usage: schema:breaking [--release <major.minor.patch>]');
    return 2;
  }
  const today = new Date().toISOString().slice(0, 10);
  const currentSdl = readFileSync(CURRENT, 'utf8');
  if (!existsSync(RELEASED)) {
    console.error(`schema:breaking FAILED: no released schema at schema/released/supergraph.graphql (run with --release <version> once).`);
    return 1;
  }
  const report = await checkBreaking({
    released: await apiSchemaOf(readFileSync(RELEASED, 'utf8')),
    current: await apiSchemaOf(currentSdl),
    changelog: parseChangelog(existsSync(CHANGELOG) ? readFileSync(CHANGELOG, 'utf8') : ''),
    today,
    minDeprecationDays: MIN_DAYS,
  });
  if (argv.includes('--verbose')) for (const c of report.safe) console.log(`  safe       ${c.message}`);
  for (const c of report.dangerous) console.warn(`  dangerous  ${c.message}`);
  for (const c of report.breaking) console.warn(`  breaking   ${c.message}`);
  if (report.problems.length) {
    console.error(`schema:breaking FAILED: ${report.problems.length} breaking change(s) not allowed by docs/api/VERSIONING.md:`);
    for (const p of report.problems) console.error(`  - ${p}`);
    return 1;
  }
  console.log(
    `schema:breaking OK: ${report.breaking.length} breaking (all recorded after deprecation), ` +
      `${report.dangerous.length} dangerous, ${report.safe.length} safe change(s) since the released schema.`,
  );
  if (version) {
    mkdirSync(RELEASED_DIR, { recursive: true });
    writeFileSync(RELEASED, currentSdl);
    writeFileSync(join(RELEASED_DIR, 'release.json'), `${JSON.stringify({ version, releasedAt: today }, null, 2)}\n`);
    console.log(`released ${version}: schema/released/supergraph.graphql updated; move "## Unreleased" to "## ${version} — ${today}" in the changelog.`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`schema:breaking FAILED: ${(err as Error).message}`);
    process.exit(1);
  },
);
