// `npm run events:check`: the event contracts (schema/events/*.json) against EVENTS.md and against
// their released copies (schema/events/released/). `npm run events:check -- --release`: after a
// clean check, records the current contracts as released (when a version ships) — then move the
// "## Unreleased" entries of schema/events/CHANGES.md under a dated heading.
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkRepositoryEvents, EVENTS_DIR, RELEASED_EVENTS_DIR } from './events-check';

function main(argv: string[]): number {
  const report = checkRepositoryEvents();
  for (const c of report.breaking) console.warn(`  breaking   ${c.message}`);
  if (report.problems.length) {
    console.error(`events:check FAILED: ${report.problems.length} problem(s):`);
    for (const p of report.problems) console.error(`  - ${p}`);
    return 1;
  }
  const count = readdirSync(EVENTS_DIR).filter((f) => f.endsWith('.json')).length;
  console.log(`events:check OK: ${count} event contracts, ${report.breaking.length} breaking change(s) since the released copies (all recorded).`);
  if (argv.includes('--release')) {
    rmSync(RELEASED_EVENTS_DIR, { recursive: true, force: true });
    mkdirSync(RELEASED_EVENTS_DIR, { recursive: true });
    for (const f of readdirSync(EVENTS_DIR).filter((f) => f.endsWith('.json'))) copyFileSync(join(EVENTS_DIR, f), join(RELEASED_EVENTS_DIR, f));
    console.log('released: schema/events/released/ updated; move "## Unreleased" in schema/events/CHANGES.md under a dated release heading.');
  }
  return 0;
}

process.exit(main(process.argv.slice(2)));
