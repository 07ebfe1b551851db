// The event contracts (schema/events/<type>.json, one JSON Schema of `data` per event type) and the
// check `npm run events:check` runs on them: every type of docs/architecture/EVENTS.md has a valid
// contract, and no contract changed incompatibly since its released copy (schema/events/released/)
// unless the change is recorded: the type's `version` bumped and the coordinate listed under
// `## Unreleased` / `### Breaking` in schema/events/CHANGES.md (the same format as the API
// changelog that `schema:breaking` reads).
import Ajv, { type ValidateFunction } from 'ajv';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseChangelog, withAncestors } from '../gateway/src/schema/changelog';

export const ROOT = resolve(__dirname, '..');
export const EVENTS_DIR = join(ROOT, 'schema/events');
export const RELEASED_EVENTS_DIR = join(EVENTS_DIR, 'released');
export const EVENTS_CHANGES = join(EVENTS_DIR, 'CHANGES.md');
export const EVENTS_DOC = join(ROOT, 'docs/architecture/EVENTS.md');

/** A JSON Schema node as the check reads it (the parts that make a change breaking). */
export interface SchemaNode {
  type?: string | string[];
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  description?: string;
  [key: string]: unknown;
}

/** One contract file: the schema of an event type's `data` plus its metadata. */
export interface EventContract extends SchemaNode {
  $id: string;
  title: string;
  version: number;
  description: string;
  'x-producer': string;
  'x-consumers': string[];
}

export type Contracts = Map<string, EventContract>;

/** Every `<type>.json` of a directory, by type (the file name). */
export function loadContracts(dir: string): Contracts {
  const out: Contracts = new Map();
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    out.set(file.slice(0, -'.json'.length), JSON.parse(readFileSync(join(dir, file), 'utf8')) as EventContract);
  }
  return out;
}

/** The event types EVENTS.md lists in its tables (rows starting "| `<source>.<entity>.<fact>` |"), each once. */
export function documentedTypes(doc: string): string[] {
  return [...new Set([...doc.matchAll(/^\| `([a-z_]+(?:\.[a-z_]+){2,})` \|/gm)].map((m) => m[1]))];
}

function newAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true });
  // The contract's metadata keywords: annotations, not validation.
  ajv.addVocabulary(['version', 'x-producer', 'x-consumers']);
  return ajv;
}

/** What is wrong with the contracts themselves (shape, metadata, coverage of EVENTS.md). */
export function contractProblems(contracts: Contracts, documented: string[]): string[] {
  const problems: string[] = [];
  const ajv = newAjv();
  for (const [type, c] of contracts) {
    const at = `schema/events/${type}.json`;
    if (c.title !== type) problems.push(`${at}: title must be "${type}"`);
    if (typeof c.$id !== 'string' || !c.$id.endsWith(`/${type}.json`)) problems.push(`${at}: $id must end with /${type}.json`);
    if (!Number.isInteger(c.version) || c.version < 1) problems.push(`${at}: version must be an integer ≥ 1`);
    if (typeof c.description !== 'string' || c.description.length < 10) problems.push(`${at}: description must say what the event means`);
    if (c['x-producer'] !== type.split('.')[0]) problems.push(`${at}: x-producer must be "${type.split('.')[0]}" (the type's source)`);
    if (!Array.isArray(c['x-consumers']) || !c['x-consumers'].length) problems.push(`${at}: x-consumers must list who consumes it`);
    if (c.type !== 'object' || !c.properties) problems.push(`${at}: data must be an object schema with properties`);
    for (const name of c.required ?? []) if (!c.properties?.[name]) problems.push(`${at}: required field ${name} has no property schema`);
    for (const [name, p] of Object.entries(c.properties ?? {})) if (!p.description) problems.push(`${at}: property ${name} has no description`);
    try {
      ajv.compile(c);
    } catch (err) {
      problems.push(`${at}: not a valid JSON Schema: ${(err as Error).message}`);
    }
    if (!documented.includes(type)) problems.push(`${at}: ${type} is not in the event table of docs/architecture/EVENTS.md`);
  }
  for (const type of documented) if (!contracts.has(type)) problems.push(`${type} (docs/architecture/EVENTS.md) has no schema/events/${type}.json`);
  return problems;
}

export interface EventChange {
  /** `<type>` or `<type>.<field>[.<field>…]`. */
  coordinate: string;
  type: string;
  message: string;
}

const typesOf = (node: SchemaNode | undefined) => new Set(node?.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type]);
const sameSet = <T>(a: Set<T>, b: Set<T>) => a.size === b.size && [...a].every((x) => b.has(x));

/** Incompatible changes of one schema node against its released copy, recursing into object properties and array items. */
function compareNode(type: string, path: string, before: SchemaNode, after: SchemaNode, out: EventChange[]): void {
  const at = path ? `${type}.${path}` : type;
  const push = (coordinate: string, message: string) => out.push({ coordinate, type, message });
  if (!sameSet(typesOf(before), typesOf(after))) push(at, `${at}: type changed from ${JSON.stringify(before.type ?? 'any')} to ${JSON.stringify(after.type ?? 'any')}`);
  if (before.enum || after.enum) {
    const was = new Set((before.enum ?? []).map((v) => JSON.stringify(v)));
    const now = new Set((after.enum ?? []).map((v) => JSON.stringify(v)));
    // A consumer may not know a new value, and a producer may still send a removed one.
    if (!sameSet(was, now)) push(at, `${at}: allowed values changed from ${[...was].join(', ') || 'any'} to ${[...now].join(', ') || 'any'}`);
  }
  const required = new Set(before.required ?? []);
  for (const name of after.required ?? []) if (!required.has(name)) push(`${at}.${name}`, `${at}.${name}: newly required`);
  for (const [name, prop] of Object.entries(before.properties ?? {})) {
    const child = path ? `${path}.${name}` : name;
    const next = after.properties?.[name];
    if (!next) push(`${type}.${child}`, `${type}.${child}: field removed`);
    else compareNode(type, child, prop, next, out);
  }
  if (before.items && after.items) compareNode(type, path ? `${path}[]` : '[]', before.items, after.items, out);
}

/** Every incompatible change of the current contracts against the released ones. */
export function breakingChanges(released: Contracts, current: Contracts): EventChange[] {
  const out: EventChange[] = [];
  for (const [type, before] of released) {
    const after = current.get(type);
    if (!after) out.push({ coordinate: type, type, message: `${type}: event type removed` });
    else compareNode(type, '', before, after, out);
  }
  return out;
}

export interface EventsReport {
  breaking: EventChange[];
  /** Why the check fails (empty: it passes). */
  problems: string[];
}

/**
 * The whole check. A breaking change passes only when its coordinate (or an ancestor, e.g. the
 * type) is listed under `## Unreleased` / `### Breaking` in CHANGES.md and, for a type that still
 * exists, its `version` is above the released one. A version never goes down.
 */
export function checkEvents(input: { released: Contracts; current: Contracts; changes: string; documented: string[] }): EventsReport {
  const problems = contractProblems(input.current, input.documented);
  const recorded = parseChangelog(input.changes).unreleasedBreaking;
  const breaking = breakingChanges(input.released, input.current);
  for (const change of breaking) {
    const listed = withAncestors(change.coordinate).some((c) => recorded.has(c));
    const before = input.released.get(change.type)!;
    const after = input.current.get(change.type);
    const bumped = !after || after.version > before.version;
    if (!listed || !bumped) {
      const missing = [!listed && `list \`${change.coordinate}\` under "### Breaking" in schema/events/CHANGES.md`, !bumped && `bump ${change.type}'s version above ${before.version}`].filter(Boolean).join(' and ');
      problems.push(`${change.message} (breaking: ${missing})`);
    }
  }
  for (const [type, before] of input.released) {
    const after = input.current.get(type);
    if (after && after.version < before.version) problems.push(`${type}: version ${after.version} is below the released ${before.version}`);
  }
  return { breaking, problems };
}

/** The check on the repository's files. */
export function checkRepositoryEvents(): EventsReport {
  return checkEvents({
    released: loadContracts(RELEASED_EVENTS_DIR),
    current: loadContracts(EVENTS_DIR),
    changes: existsSync(EVENTS_CHANGES) ? readFileSync(EVENTS_CHANGES, 'utf8') : '',
    documented: documentedTypes(readFileSync(EVENTS_DOC, 'utf8')),
  });
}

let validators: Map<string, { version: number; validate: ValidateFunction }> | undefined;

/**
 * Checks an event's `data` against its contract (schema/events/<type>.json) and its envelope
 * version against the contract's `version`; the problems, empty when valid. For producers' tests.
 */
export function validateEventData(type: string, version: number, data: unknown): string[] {
  if (!validators) {
    const ajv = newAjv();
    validators = new Map([...loadContracts(EVENTS_DIR)].map(([t, c]) => [t, { version: c.version, validate: ajv.compile(c) }]));
  }
  const v = validators.get(type);
  if (!v) return [`no contract schema/events/${type}.json`];
  const problems = v.version === version ? [] : [`version ${version} is not the contract's ${v.version}`];
  if (!v.validate(data)) problems.push(...(v.validate.errors ?? []).map((e) => `${e.instancePath || '(data)'} ${e.message}${e.params && 'additionalProperty' in e.params ? `: ${String(e.params.additionalProperty)}` : ''}`));
  return problems;
}
