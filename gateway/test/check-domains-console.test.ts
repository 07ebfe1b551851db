import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkDomains } from '../../scripts/check-domains';

// The console's front-end domains in a small tree of the real layout.
const CLEAN: Record<string, string> = {
  'subgraphs/kit/src/index.ts': 'export const kit = 1;\n',
  'console/src/ui/Page.tsx': "import { useI18n } from '../core/i18n';\nexport const Page = useI18n;\n",
  'console/src/core/i18n.tsx': 'export const useI18n = () => 1;\n',
  'console/src/gql/graphql.ts': 'export const MothersDocument = {};\nexport const CodesDocument = {};\n',
  'console/src/domains/users/codes/CodesPage.tsx':
    "import { Page } from '../../../ui/Page';\nimport { CodesDocument } from '../../../gql/graphql';\nimport { usersMessages } from '../messages';\nexport default [Page, CodesDocument, usersMessages];\n",
  'console/src/domains/users/messages.ts': 'export const usersMessages = {};\n',
  'console/src/domains/pool/mothers/MothersPage.tsx': "import { MothersDocument } from '../../../gql/graphql';\nexport default MothersDocument;\n",
  'console/src/app/domains.ts': "import '../domains/users/messages';\nimport '../domains/pool/mothers/MothersPage';\n",
};

describe('check:domains on the console', () => {
  let root: string;
  const check = (extra: Record<string, string> = {}) => {
    for (const [file, text] of Object.entries({ ...CLEAN, ...extra })) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    }
    return checkDomains({ root, today: '2026-06-01' });
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'seatpool-console-domains-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('domains using shared ui/core/gql and the shell composing every domain pass', () => {
    const r = check();
    expect(r.violations).toEqual([]);
    expect(r.filesScanned).toBe(Object.keys(CLEAN).length); // console/src is scanned beside the back end
  });

  it('a users screen importing from the pool folder fails, and the reverse too', () => {
    const r = check({
      'console/src/domains/users/invites/InvitesPage.tsx': "import MothersPage from '../../pool/mothers/MothersPage';\nexport default MothersPage;\n",
      'console/src/domains/pool/mothers/MotherDetail.tsx': "export { usersMessages } from '../../users/messages';\n",
    });
    expect(r.violations).toEqual([
      expect.stringMatching(/^console\/src\/domains\/pool\/mothers\/MotherDetail\.tsx:1 imports \.\.\/\.\.\/users\/messages \(console\/pool → console\/users is forbidden/),
      expect.stringMatching(/^console\/src\/domains\/users\/invites\/InvitesPage\.tsx:1 imports \.\.\/\.\.\/pool\/mothers\/MothersPage \(console\/users → console\/pool is forbidden/),
    ]);
  });

  it('a lazy import() across console domains fails like a static one', () => {
    const r = check({ 'console/src/domains/stats/routes.tsx': "export const r = () => import('../pool/mothers/MothersPage');\n" });
    expect(r.violations).toEqual([expect.stringContaining('console/stats → console/pool is forbidden')]);
  });

  it('shared ui importing a domain fails (shared code must stay domain-free)', () => {
    const r = check({ 'console/src/ui/Nav.tsx': "import '../domains/users/messages';\n" });
    expect(r.violations).toEqual([expect.stringContaining('console/shared → console/users is forbidden')]);
  });

  it('console code importing back-end code fails, and back-end code importing the console fails', () => {
    const r = check({
      'console/src/domains/users/x.ts': "import { kit } from '@seatpool/kit';\nexport const k = kit;\n",
      'subgraphs/kit/src/y.ts': "import '../../../console/src/ui/Page';\n",
    });
    expect(r.violations).toEqual([
      expect.stringContaining('console/users → kit is forbidden: the console reaches the back end only through the public GraphQL API'),
      expect.stringContaining('kit → console/shared is forbidden: the back end never imports the console'),
    ]);
  });

  it('the real console passes', () => {
    const r = checkDomains({ root: join(__dirname, '../..') });
    expect(r.violations).toEqual([]);
  });
});
