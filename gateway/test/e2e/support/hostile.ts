/**
 * Generators of hostile requests for the fuzz test: deep, wide and huge documents, broken JSON
 * and UTF-8, wrong variable types, and mutations of real operations. Seeded, so a failure can be
 * replayed with the same seed.
 */
export interface HostileRequest {
  kind: string;
  method: 'POST' | 'GET';
  /** Raw body bytes (POST) or the query string (GET). */
  body?: Buffer;
  query?: string;
  headers: Record<string, string>;
  /** Send with the admin token (admin operations reach users and pool with hostile input). */
  asAdmin?: boolean;
}

export function rng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)];
  return { next, int, pick };
}
type Rng = ReturnType<typeof rng>;

const OPERATIONS = [
  'mutation($i: RedeemInput!) { redeem(input: $i) { status teamName inviteRequestId } }',
  'query($c: String!, $e: String!) { redeemStatus(code: $c, email: $e) { codeStatus teamName inviteStatus switchesLeft expiresAt } }',
  'mutation($i: AdminLoginInput!) { adminLogin(input: $i) { token expiresAt } }',
  'query($c: String!) { redeemCode(code: $c) { id status boundEmail mother { id name seatsFree teams { teamId } } } }',
  'query($id: ID!) { mother(id: $id) { id name status seatLimit seats { status email } } }',
  'mutation($i: GenerateCodesInput!) { generateCodes(input: $i) { batchId codes } }',
  'mutation($i: CreateMotherInput!) { createMother(input: $i) { id status } }',
  'mutation($id: ID!) { disableCode(id: $id) { id status } }',
  '{ dashboard { codeQuota seats { free used } codes { unused used } } }',
] as const;
const ADMIN_OPS = new Set([3, 4, 5, 6, 7, 8]);

const NASTY_STRINGS = [
  '', ' ', '\u0000', '\u0000'.repeat(50), '\uFFFF', '\uD800', '\uDC00x\uD800', '😀'.repeat(100), 'ß∂ƒ©˙∆˚¬…æ',
  '<script>alert(1)</script>', "' OR 1=1 --", '"; drop table redeem_code; --', '../../../../etc/passwd', '%00%ff',
  'a@b', '@', 'x'.repeat(10_000), 'A'.repeat(100_000), '\r\n\r\nHTTP/1.1 200 OK', '${jndi:ldap://x}', '{{7*7}}',
  'ABCD-EFGH-JKMN-PQRS', 'abcd efgh jkmn pqrs', '١٢٣٤', 'ＡＢＣＤ－ＥＦＧＨ', 'a'.repeat(254) + '@example.com', 'x@' + 'y'.repeat(300) + '.com',
];
const NASTY_VALUES: unknown[] = [
  null, true, false, 0, -1, 1.5, -0, 1e308, -1e308, 2 ** 31, 2 ** 53 + 1, -(2 ** 31) - 1, [], {}, [null], [[[]]],
  { code: null }, { email: {} }, { __proto__: { admin: true } }, { constructor: { prototype: {} } }, 'NaN', 'Infinity',
  Array.from({ length: 1000 }, (_, i) => i), Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i])),
];

function nastyValue(r: Rng, depth = 0): unknown {
  const roll = r.int(0, 9);
  if (roll < 3) return r.pick(NASTY_STRINGS);
  if (roll < 6) return r.pick(NASTY_VALUES);
  if (roll < 8 && depth < 3) return { code: nastyValue(r, depth + 1), email: nastyValue(r, depth + 1), password: nastyValue(r, depth + 1), count: nastyValue(r, depth + 1), name: nastyValue(r, depth + 1), accessToken: nastyValue(r, depth + 1), seatLimit: nastyValue(r, depth + 1), prefix: nastyValue(r, depth + 1), expiresAt: nastyValue(r, depth + 1) };
  return nested(r.int(1, 20_000), r.pick(['[', '{"a":']));
}

/** A JSON value nested `depth` times, as text (JSON.stringify would overflow the stack first). */
function nestedText(depth: number, open: string): string {
  const close = open === '[' ? ']' : '}';
  return open.repeat(depth) + '1' + close.repeat(depth);
}
function nested(depth: number, open: string): unknown {
  return { __raw: nestedText(depth, open) };
}

/** Serializes variables; `{ __raw }` values are spliced in as text. */
function toJson(value: unknown): string {
  if (value && typeof value === 'object' && '__raw' in (value as object)) return (value as { __raw: string }).__raw;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (value && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`).join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

const deepDoc = (r: Rng) => `{ ${'mother(id: "x") { teams { '.repeat(r.int(1, 400))}teamId${' } }'.repeat(r.int(0, 400))} }`;
const wideDoc = (r: Rng) => `{ ${Array.from({ length: r.int(10, 3000) }, (_, i) => (r.next() < 0.5 ? `a${i}: __typename` : `m${i}: mother(id: "${i}") { id }`)).join(' ')} }`;
const directiveFlood = (r: Rng) => `{ __typename ${'@skip(if: false) '.repeat(r.int(5, 2000))}}`;
const fragmentBomb = (r: Rng) => {
  const n = r.int(5, 40);
  const frags = Array.from({ length: n }, (_, i) => `fragment F${i} on Query { dashboard { codeQuota } ${i + 1 < n ? `...F${i + 1} ...F${i + 1}` : ''} }`);
  return `{ ...F0 } ${frags.join(' ')}`;
};
const cyclicFragments = () => '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }';
const valueBomb = (r: Rng) => `{ redeemStatus(code: ${'['.repeat(r.int(10, 3000))}"x"${']'.repeat(r.int(0, 3000))}, email: "e") { codeStatus } }`;

function mutate(r: Rng, doc: string): string {
  const chars = [...doc];
  for (let i = r.int(1, 12); i > 0; i--) {
    const at = r.int(0, chars.length);
    const op = r.int(0, 3);
    const junk = r.pick(['{', '}', '(', ')', '$', '!', '"', '...', '@', '#', '\\', '\u0000', ':', '[', ']', 'on', 'fragment', '\uD83D', '"""']);
    if (op === 0) chars.splice(at, 1);
    else if (op === 1) chars.splice(at, 0, junk);
    else if (op === 2) chars[at] = junk;
    else chars.splice(at, r.int(1, 20));
  }
  return chars.join('');
}

/** Bytes that are not UTF-8 (lone continuation bytes, overlongs, surrogates, truncated sequences). */
function brokenUtf8(r: Rng): Buffer {
  const bad = [[0xff], [0xfe, 0xff], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xc3], [0x80, 0x80]];
  const parts: Buffer[] = [];
  for (let i = r.int(1, 20); i > 0; i--) parts.push(Buffer.from(r.pick(bad)), Buffer.from(r.pick(['a', 'é', '{', '"', ' '])));
  return Buffer.concat(parts);
}

export function hostileRequest(r: Rng): HostileRequest {
  const json = { 'content-type': 'application/json' };
  const opIndex = r.int(0, OPERATIONS.length - 1);
  const op = OPERATIONS[opIndex];
  const asAdmin = ADMIN_OPS.has(opIndex) && r.next() < 0.7;
  const post = (kind: string, body: string | Buffer, headers: Record<string, string> = json, admin = false): HostileRequest => ({
    kind, method: 'POST', body: Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'), headers, asAdmin: admin,
  });
  const doc = (kind: string, query: string) => post(kind, `{"query":${JSON.stringify(query)}}`);
  switch (r.int(0, 15)) {
    case 0: return doc('deep', deepDoc(r));
    case 1: return doc('wide', wideDoc(r));
    case 2: return doc('directives', directiveFlood(r));
    case 3: return doc(r.next() < 0.5 ? 'fragment-bomb' : 'cyclic-fragments', r.next() < 0.5 ? fragmentBomb(r) : cyclicFragments());
    case 4: return doc('value-bomb', valueBomb(r));
    case 5: return post('huge', `{"query":${JSON.stringify(op)},"variables":{"i":${JSON.stringify('x'.repeat(r.int(50_000, 300_000)))}}}`);
    case 6: {
      const b = brokenUtf8(r);
      const at = r.int(0, 2);
      const text = [`{"query":"`, `","variables":{"c":"`, `","e":"x"}}`];
      return post('bad-utf8', Buffer.concat([Buffer.from(text[0]), at === 0 ? b : Buffer.from(op.replace(/"/g, '\\"')), Buffer.from(text[1]), at === 1 ? b : Buffer.from('c'), Buffer.from(text[2])]));
    }
    case 7: return post('bad-utf8-raw', brokenUtf8(r));
    case 8: return post('broken-json', r.pick(['', '{', '[]', '[{"query":"{ __typename }"}]', 'null', '42', '"x"', '{"query":null}', '{"query":{}}', '{"query":"{ __typename }","variables":[]}', '{"query":"{ __typename }","variables":"x"}', '{"query":"{ __typename }","operationName":{}}', '{"query":"{ __typename }","extensions":{"persistedQuery":{"version":2}}}', '{"extensions":{"persistedQuery":{"version":1,"sha256Hash":{}}}}', '{"query":"{ __typename }"}'.repeat(3)]));
    case 9: return post('wrong-types', `{"query":${JSON.stringify(op)},"variables":{"i":${toJson(nastyValue(r))},"c":${toJson(nastyValue(r))},"e":${toJson(nastyValue(r))},"id":${toJson(nastyValue(r))}}}`, json, asAdmin);
    case 10: return post('deep-variables', `{"query":${JSON.stringify(op)},"variables":{"i":${nestedText(r.int(100, 40_000), r.pick(['[', '{"a":']))}}}`);
    case 11: return doc('mutated', mutate(r, op));
    case 12: return { kind: 'get', method: 'GET', query: r.next() < 0.5 ? mutate(r, op) : r.pick(NASTY_STRINGS), headers: { 'apollo-require-preflight': '1' } };
    case 13: return post('headers', `{"query":${JSON.stringify(op)},"variables":{"c":"x","e":"y","i":{"code":"x","email":"y","password":"p"}}}`, {
      ...json,
      'accept-language': r.pick(['zh;q=NaN', ',,,;;;', 'x'.repeat(4000), '*', 'zh-CN;q=-1,en;q=2']),
      'x-request-id': r.pick(['', 'a', 'x'.repeat(500), '../../etc', '\u00ff\u00fe']),
      authorization: r.pick(['Bearer', 'Bearer ' + 'a'.repeat(600), 'Basic eDp5', 'Bearer spk_' + 'z'.repeat(32), 'Bearer \u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff', 'bearer abcdefghijklmnopqrstuvwxyz']),
      'x-forwarded-for': r.pick(['1.1.1.1', 'garbage', ', , ,', '::1, 999.1.1.1', 'x'.repeat(3000)]),
    });
    case 14: return post('content-type', `{"query":"{ __typename }"}`, { 'content-type': r.pick(['application/json; charset=latin1', 'application/json; charset=utf-16', 'application/json; charset=\u00ff', 'text/plain', 'application/graphql', 'application/json, text/html']) });
    default: return post('admin-input', `{"query":${JSON.stringify(op)},"variables":{"i":${toJson(nastyValue(r))},"id":${toJson(r.pick(NASTY_STRINGS))},"c":${toJson(r.pick(NASTY_STRINGS))}}}`, json, ADMIN_OPS.has(opIndex));
  }
}
