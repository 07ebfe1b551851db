// `npm run check:domains`: fails when domain code imports another domain's code.
// Rules and exceptions: docs/architecture/BOUNDARIES.md and USERS_POOL_BOUNDARY_MATRIX.md.
import { join } from 'node:path';
import { checkDomains } from './domain-guard/check';
import { MATRIX_FILE } from './domain-guard/exceptions';

export { checkDomains } from './domain-guard/check';
export type { CheckDomainsOptions, CheckDomainsResult } from './domain-guard/check';

function main(): number {
  const { violations, warnings, filesScanned, importsChecked } = checkDomains({ root: join(__dirname, '..') });
  for (const w of warnings) console.warn(`warning: ${w}`);
  const scanned = `${filesScanned} files, ${importsChecked} imports`;
  if (violations.length === 0) {
    console.log(`check:domains OK: no cross-domain imports (${scanned}).`);
    return 0;
  }
  for (const v of violations) console.error(v);
  console.error(
    [
      `check:domains FAILED: ${violations.length} violation${violations.length === 1 ? '' : 's'} (${scanned}).`,
      'Each service imports only its own code and @seatpool/kit. Read across domains through federation @key',
      "references; write through pool's internal API (placeEmail / placement / abortPlacement) or outbox events.",
      `A temporary exception needs a row with a reason and a removal date in ${MATRIX_FILE} (## Exceptions).`,
    ].join('\n'),
  );
  return 1;
}

if (require.main === module) process.exit(main());
