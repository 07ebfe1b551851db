import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkDomains } from '../../scripts/check-domains';

const TODAY = '2026-06-01';
const MATRIX = 'docs/architecture/USERS_POOL_BOUNDARY_MATRIX.md';

// A small repository in the real layout; each test adds the files that make its point.
const CLEAN: Record<string, string> = {
  'subgraphs/kit/src/index.ts': "export * from './errors';\n",
  'subgraphs/kit/src/errors.ts': 'export class AppError extends Error {}\n',
  'subgraphs/users/src/main.ts': "import { AppError } from '@seatpool/kit';\nimport { redeem } from './services/redeem.service';\nexport { AppError, redeem };\n",
  'subgraphs/users/src/services/redeem.service.ts': "// the old checker would flag this comment: import { Seat } from '@seatpool/pool'\nexport const redeem = () => 'calls pool through src/clients, never its code';\n",
  'subgraphs/users/test/redeem.test.ts': "import { redeem } from '../src/services/redeem.service';\nimport '@seatpool/kit';\nexport const t = redeem;\n",
  'subgraphs/pool/src/main.ts': "import { AppError } from '../../kit/src/errors';\nexport const e = AppError;\n",
  'subgraphs/pool/src/provider/sandbox/main.ts': "import express from 'express';\nexport const app = express;\n",
  'subgraphs/pool/test/provider.test.ts': "import { app } from '../src/provider/sandbox/main';\nexport const a = app;\n",
  'subgraphs/stats/src/main.ts': "import { AppError } from '@seatpool/kit/src/errors';\nexport const e = AppError;\n",
  'gateway/src/main.ts': "import { AppError } from '@seatpool/kit';\nimport { readFileSync } from 'node:fs';\nexport const e = [AppError, readFileSync];\n",
  'gateway/test/e2e/harness.ts': "// gateway/test is not scanned: the e2e harness boots every service\nimport '@seatpool/users';\nimport '@seatpool/pool';\n",
};

function exceptionsTable(rows: string[]): string {
  return [
    '# Boundary matrix',
    '',
    '## Exceptions',
    '',
    '| from file | imports | reason | remove by (YYYY-MM-DD) |',
    '|---|---|---|---|',
    ...rows,
    '',
    '## Notes',
    '',
    '| from file | imports | reason | remove by (YYYY-MM-DD) |',
    '|---|---|---|---|',
    '| subgraphs/users/src/elsewhere.ts | @seatpool/pool | a table outside ## Exceptions grants nothing | 2099-01-01 |',
    '',
  ].join('\n');
}

describe('check:domains', () => {
  let root: string;

  function tree(extra: Record<string, string> = {}): string {
    for (const [file, text] of Object.entries({ ...CLEAN, ...extra })) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    }
    return root;
  }
  const check = (extra: Record<string, string> = {}) => checkDomains({ root: tree(extra), today: TODAY });

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'seatpool-domains-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('a clean tree passes, and imports mentioned in comments do not count', () => {
    const result = check();
    expect(result.violations).toEqual([]);
    expect(result.filesScanned).toBe(Object.keys(CLEAN).filter((f) => !f.startsWith('gateway/test/')).length);
  });

  it('users importing the pool package fails with file, line and rule', () => {
    const { violations } = check({
      'subgraphs/users/src/services/invite.service.ts': "import { x } from './x';\nimport { Seat } from '@seatpool/pool';\n",
    });
    expect(violations).toEqual(['subgraphs/users/src/services/invite.service.ts:2 imports @seatpool/pool (users → pool is forbidden)']);
  });

  it('users reaching pool through a relative path, a package sub-path, require() or import() fails', () => {
    const { violations } = check({
      'subgraphs/users/src/a.ts': "import type { Seat } from '../../pool/src/entities/seat.entity';\n",
      'subgraphs/users/src/b.ts': "export * from '@seatpool/pool/src/services/seat-ledger.service';\n",
      'subgraphs/users/src/c.ts': "const m = require('../../pool/src/main');\nexport = m;\n",
      'subgraphs/users/test/d.test.ts': "it('x', async () => { await import('../../pool/src/provider/sandbox/main'); });\n",
      'subgraphs/users/src/e.ts': "import x from 'subgraphs/pool/src/main';\nexport default x;\n",
    });
    expect(violations).toEqual([
      'subgraphs/users/src/a.ts:1 imports ../../pool/src/entities/seat.entity (users → pool is forbidden)',
      'subgraphs/users/src/b.ts:1 imports @seatpool/pool/src/services/seat-ledger.service (users → pool is forbidden)',
      'subgraphs/users/src/c.ts:1 imports ../../pool/src/main (users → pool is forbidden)',
      'subgraphs/users/src/e.ts:1 imports subgraphs/pool/src/main (users → pool is forbidden)',
      'subgraphs/users/test/d.test.ts:1 imports ../../pool/src/provider/sandbox/main (users → pool is forbidden)',
    ]);
  });

  it('pool importing users fails', () => {
    const { violations } = check({ 'subgraphs/pool/src/events.ts': "import '@seatpool/users';\n" });
    expect(violations).toEqual(['subgraphs/pool/src/events.ts:1 imports @seatpool/users (pool → users is forbidden)']);
  });

  it('the kit importing any domain fails', () => {
    const { violations } = check({
      'subgraphs/kit/src/server.ts': "import '@seatpool/users';\nimport { x } from '../../stats/src/main';\njest.mock('@seatpool/gateway');\n",
    });
    expect(violations).toEqual([
      'subgraphs/kit/src/server.ts:1 imports @seatpool/users (kit → users is forbidden)',
      'subgraphs/kit/src/server.ts:2 imports ../../stats/src/main (kit → stats is forbidden)',
      'subgraphs/kit/src/server.ts:3 imports @seatpool/gateway (kit → gateway is forbidden)',
    ]);
  });

  it('stats importing pool or users code fails', () => {
    const { violations } = check({
      'subgraphs/stats/src/services/dashboard.service.ts': "import { Mother } from '@seatpool/pool/src/entities/mother.entity';\nimport { RedeemCode } from '../../../users/src/entities/redeem-code.entity';\n",
    });
    expect(violations).toEqual([
      'subgraphs/stats/src/services/dashboard.service.ts:1 imports @seatpool/pool/src/entities/mother.entity (stats → pool is forbidden)',
      'subgraphs/stats/src/services/dashboard.service.ts:2 imports ../../../users/src/entities/redeem-code.entity (stats → users is forbidden)',
    ]);
  });

  it('notify importing pool or users code fails, and nothing imports notify', () => {
    const { violations } = check({
      'subgraphs/notify/src/services/intake.service.ts': "import { OutboxEvent } from '@seatpool/pool/src/entities';\nimport { BatchJob } from '../../../users/src/entities';\n",
      'subgraphs/users/src/services/jobs.ts': "import { WebhookEndpoint } from '@seatpool/notify/src/entities';\n",
    });
    expect(violations).toEqual([
      'subgraphs/notify/src/services/intake.service.ts:1 imports @seatpool/pool/src/entities (notify → pool is forbidden)',
      'subgraphs/notify/src/services/intake.service.ts:2 imports ../../../users/src/entities (notify → users is forbidden)',
      'subgraphs/users/src/services/jobs.ts:1 imports @seatpool/notify/src/entities (users → notify is forbidden)',
    ]);
  });

  it('gateway code importing a subgraph fails', () => {
    const { violations } = check({ 'gateway/src/auth/session.ts': "import { x } from '../../../subgraphs/users/src/services/session.service';\n" });
    expect(violations).toEqual(['gateway/src/auth/session.ts:1 imports ../../../subgraphs/users/src/services/session.service (gateway → users is forbidden)']);
  });

  it('pool runtime code importing the sandbox upstream fails', () => {
    const { violations } = check({ 'subgraphs/pool/src/provider/http.provider.ts': "import { app } from './sandbox/main';\n" });
    expect(violations).toEqual([expect.stringMatching(/^subgraphs\/pool\/src\/provider\/http\.provider\.ts:1 imports \.\/sandbox\/main \(pool → pool sandbox is forbidden/)]);
  });

  it('a computed require() cannot be checked and fails', () => {
    const { violations } = check({ 'subgraphs/users/src/plugin.ts': "const name = '@seatpool/pool';\nexport const m = require(name);\n" });
    expect(violations).toEqual(['subgraphs/users/src/plugin.ts:2 imports require(name) (a computed module specifier cannot be checked; use a string literal)']);
  });

  it('a matrix exception with a reason and a future date lets the import pass', () => {
    const { violations, warnings } = check({
      'subgraphs/users/src/legacy.ts': "import { Seat } from '@seatpool/pool';\nimport { Mother } from '../../pool/src/entities/mother.entity';\n",
      [MATRIX]: exceptionsTable([
        '| `subgraphs/users/src/legacy.ts` | `@seatpool/pool` | quota view until the pool internal API serves it | 2026-06-01 |',
        '| subgraphs/users/src/legacy.ts | subgraphs/pool/src/entities/mother.entity.ts | same | 2026-12-31 |',
      ]),
    });
    expect(violations).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('an expired exception fails, both for its row and for the import it covered', () => {
    const { violations } = check({
      'subgraphs/users/src/legacy.ts': "import { Seat } from '@seatpool/pool';\n",
      [MATRIX]: exceptionsTable(['| subgraphs/users/src/legacy.ts | @seatpool/pool | quota view | 2026-05-31 |']),
    });
    expect(violations).toEqual([
      'subgraphs/users/src/legacy.ts:1 imports @seatpool/pool (users → pool is forbidden; its matrix exception (line 7) is void)',
      `${MATRIX}:7 exception subgraphs/users/src/legacy.ts → @seatpool/pool EXPIRED on 2026-05-31: remove the import, or agree a new date and reason`,
    ]);
  });

  it('an expired exception fails even when the import it covered is gone', () => {
    const { violations } = check({ [MATRIX]: exceptionsTable(['| subgraphs/users/src/gone.ts | @seatpool/pool | quota view | 2025-01-01 |']) });
    expect(violations).toEqual([expect.stringMatching(/USERS_POOL_BOUNDARY_MATRIX\.md:7 .* EXPIRED on 2025-01-01/)]);
  });

  it('an exception without a reason or with a malformed date fails', () => {
    const { violations } = check({
      'subgraphs/users/src/legacy.ts': "import { Seat } from '@seatpool/pool';\n",
      [MATRIX]: exceptionsTable([
        '| subgraphs/users/src/legacy.ts | @seatpool/pool |  | 2099-01-01 |',
        '| subgraphs/users/src/other.ts | @seatpool/pool | why | soon |',
      ]),
    });
    expect(violations).toEqual([
      expect.stringMatching(/^subgraphs\/users\/src\/legacy\.ts:1 imports @seatpool\/pool .*is void/),
      expect.stringMatching(/:7 exception .* has no reason/),
      expect.stringMatching(/:8 exception .* has no valid "remove by" date .*"soon"/),
    ]);
  });

  it('an exception that no longer matches any import is only a warning', () => {
    const { violations, warnings } = check({ [MATRIX]: exceptionsTable(['| subgraphs/users/src/gone.ts | @seatpool/pool | quota view | 2099-01-01 |']) });
    expect(violations).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/matches no import any more/)]);
  });

  it('the real repository passes', () => {
    const result = checkDomains({ root: join(__dirname, '..', '..') });
    expect(result.violations).toEqual([]);
  });
});
