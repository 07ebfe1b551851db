// Temporary exceptions live in the boundary matrix, not in the script (the old checker kept its
// whitelist in code), and each carries a reason and a removal date that the check enforces.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MATRIX_FILE = 'docs/architecture/USERS_POOL_BOUNDARY_MATRIX.md';

export interface BoundaryException {
  fromFile: string;
  imports: string;
  reason: string;
  removeBy: string;
  /** Line in the matrix file, for messages. */
  line: number;
}

export interface ParsedExceptions {
  exceptions: BoundaryException[];
  /** Rows that cannot be parsed at all (wrong column count). */
  problems: string[];
}

/** Reads the rows of the `## Exceptions` table; a missing file or section means no exceptions. */
export function readExceptions(root: string): ParsedExceptions {
  const file = join(root, MATRIX_FILE);
  if (!existsSync(file)) return { exceptions: [], problems: [] };

  const exceptions: BoundaryException[] = [];
  const problems: string[] = [];
  let inSection = false;
  let sawHeader = false;
  readFileSync(file, 'utf8').split(/\r?\n/).forEach((raw, i) => {
    const text = raw.trim();
    if (/^#{1,2}\s/.test(text)) {
      inSection = /^##\s+Exceptions\s*$/i.test(text);
      sawHeader = false;
      return;
    }
    if (!inSection || !text.startsWith('|')) return;
    const cells = text.replace(/^\|/, '').replace(/\|$/, '').split('|').map(unquote);
    if (!sawHeader) {
      sawHeader = true; // the first row of the table names the columns
      return;
    }
    if (cells.every((c) => /^:?-+:?$/.test(c))) return;
    if (cells.length !== 4) {
      problems.push(`${MATRIX_FILE}:${i + 1} exception row needs 4 columns (from file | imports | reason | remove by), found ${cells.length}`);
      return;
    }
    const [fromFile, imports, reason, removeBy] = cells;
    exceptions.push({ fromFile, imports, reason, removeBy, line: i + 1 });
  });
  return { exceptions, problems };
}

/** Problems that make an exception void: no reason, a malformed date, a date that has passed. */
export function exceptionProblems(e: BoundaryException, today: string): string[] {
  const where = `${MATRIX_FILE}:${e.line} exception ${e.fromFile} → ${e.imports}`;
  const problems: string[] = [];
  if (!e.fromFile || !e.imports) problems.push(`${where} must name both the importing file and the import`);
  if (!e.reason) problems.push(`${where} has no reason; every exception must say why it exists`);
  if (!isIsoDate(e.removeBy)) {
    problems.push(`${where} has no valid "remove by" date (YYYY-MM-DD), found "${e.removeBy}"`);
  } else if (e.removeBy < today) {
    problems.push(`${where} EXPIRED on ${e.removeBy}: remove the import, or agree a new date and reason`);
  }
  return problems;
}

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

function unquote(cell: string): string {
  return cell.trim().replace(/^`(.*)`$/, '$1').trim();
}
