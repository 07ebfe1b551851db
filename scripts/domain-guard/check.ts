// The static half of the domain guard: every module reference in domain code is resolved to the
// folder it reaches and checked against the import rules, minus live matrix exceptions.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { domainOfPath, forbiddenReason, SCANNED_DIRS } from './domains';
import { exceptionProblems, readExceptions, type BoundaryException } from './exceptions';
import { findImports } from './imports';
import { resolveTarget } from './resolve';

export interface CheckDomainsOptions {
  /** Repository root (absolute). */
  root: string;
  /** The day exceptions are judged against (UTC); defaults to now. */
  today?: Date | string;
}

export interface CheckDomainsResult {
  /** One line per problem; any entry fails the check. */
  violations: string[];
  /** Worth a look but not failing, e.g. an exception nothing needs any more. */
  warnings: string[];
  filesScanned: number;
  importsChecked: number;
}

interface Offence {
  file: string;
  line: number;
  specifier: string;
  target?: string;
  reason: string;
}

const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'coverage']);

export function checkDomains({ root, today = new Date() }: CheckDomainsOptions): CheckDomainsResult {
  const day = typeof today === 'string' ? today : today.toISOString().slice(0, 10);
  const files = scannedFiles(root);
  const offences: Offence[] = [];
  let importsChecked = 0;

  for (const file of files) {
    const from = domainOfPath(file);
    if (!from) continue;
    for (const ref of findImports(file, readFileSync(join(root, file), 'utf8'))) {
      importsChecked++;
      if (ref.computed) {
        offences.push({ file, line: ref.line, specifier: ref.specifier, reason: 'a computed module specifier cannot be checked; use a string literal' });
        continue;
      }
      const target = resolveTarget(root, file, ref.specifier);
      const to = target === undefined ? undefined : domainOfPath(target);
      const reason = to === undefined ? undefined : forbiddenReason(from, file, to, target);
      if (reason) offences.push({ file, line: ref.line, specifier: ref.specifier, target, reason });
    }
  }

  const { exceptions, problems } = readExceptions(root);
  const voidExceptions = new Map<BoundaryException, string[]>();
  for (const e of exceptions) {
    const p = exceptionProblems(e, day);
    if (p.length > 0) voidExceptions.set(e, p);
  }
  const used = new Set<BoundaryException>();
  const violations: string[] = [];
  for (const o of offences) {
    const matching = exceptions.filter((e) => covers(e, o));
    const live = matching.find((e) => !voidExceptions.has(e));
    if (live) {
      used.add(live);
      continue;
    }
    const note = matching.length > 0 ? `; its matrix exception (line ${matching[0].line}) is void` : '';
    violations.push(`${o.file}:${o.line} imports ${o.specifier} (${o.reason}${note})`);
  }
  violations.push(...problems, ...[...voidExceptions.values()].flat());

  const warnings = exceptions
    .filter((e) => !used.has(e) && !voidExceptions.has(e))
    .map((e) => `exception ${e.fromFile} → ${e.imports} (matrix line ${e.line}) matches no import any more; delete the row`);
  return { violations, warnings, filesScanned: files.length, importsChecked };
}

function covers(e: BoundaryException, o: Offence): boolean {
  if (normalise(e.fromFile) !== o.file) return false;
  const wanted = normalise(e.imports);
  return wanted === o.specifier || (o.target !== undefined && stripExtension(wanted) === stripExtension(o.target));
}

function normalise(p: string): string {
  return p.replace(/\\/g, '/').replace(/^\.\//, '');
}

function stripExtension(p: string): string {
  return p.replace(/\/index(\.[cm]?[jt]sx?)?$/, '').replace(/\.[cm]?[jt]sx?$/, '');
}

/** Repository-relative paths (forward slashes) of every source file in the scanned folders, sorted. */
function scannedFiles(root: string): string[] {
  const dirs = SCANNED_DIRS.flatMap((pattern) => {
    const [head, star, ...tail] = pattern.split('/');
    if (star !== '*') return [pattern];
    return subdirs(join(root, head)).map((name) => [head, name, ...tail].join('/'));
  });
  return dirs.flatMap((dir) => walk(root, join(root, dir))).sort();
}

function walk(root: string, dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []; // a package without a test/ folder yet
    throw err;
  }
  return entries.flatMap((name) => {
    if (name.startsWith('.') || SKIPPED_DIRS.has(name)) return [];
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) return walk(root, abs);
    return SOURCE.test(name) ? [relative(root, abs).split(sep).join('/')] : [];
  });
}

function subdirs(dir: string): string[] {
  try {
    return readdirSync(dir).filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isDirectory());
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []; // no such folder: nothing to check there
    throw err;
  }
}
