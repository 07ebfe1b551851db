import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { commonMessages } from '../../src/core/common-messages';
import { notifyMessages } from '../../src/domains/notify/messages';
import { poolMessages } from '../../src/domains/pool/messages';
import { statsMessages } from '../../src/domains/stats/messages';
import { usersMessages } from '../../src/domains/users/messages';
import { KNOWN_CODES, KNOWN_REASONS } from '../../src/core/errors';

const SRC = join(__dirname, '../../src');
const catalogs = [commonMessages, usersMessages, poolMessages, statsMessages, notifyMessages];
const en = Object.assign({}, ...catalogs.map((c) => c.en)) as Record<string, string>;
const zh = Object.assign({}, ...catalogs.map((c) => c.zh)) as Record<string, string>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) return name === 'gql' ? [] : sources(abs);
    return /\.tsx?$/.test(name) ? [abs] : [];
  });
}

/** The values of an enum in the API schema the console was generated against. */
function enumValues(name: string): string[] {
  const sdl = readFileSync(join(SRC, 'gql/api-schema.graphql'), 'utf8');
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(sdl)![1];
  return body.replace(/"""[\s\S]*?"""/g, '').split(/\s+/).filter((w) => /^[A-Z_]+$/.test(w));
}

describe('message catalogs', () => {
  it('every literal key used by a screen exists in English and Chinese', () => {
    const used = new Set<string>();
    for (const file of sources(SRC)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z0-9_.]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !(k in en))).toEqual([]);
    expect([...used].filter((k) => !(k in zh))).toEqual([]);
  });

  it('both languages have the same keys, and the Chinese texts are translations (not English copies)', () => {
    expect(Object.keys(en).filter((k) => !(k in zh))).toEqual([]);
    expect(Object.keys(zh).filter((k) => !(k in en))).toEqual([]);
    const untranslated = Object.keys(en).filter((k) => en[k] === zh[k] && /[a-z]{4,}/.test(en[k].replace(/\{\w+\}/g, '')) && !['app.name'].includes(k));
    expect(untranslated).toEqual([]);
  });

  it('keys built from API enums cover every value of the enum', () => {
    const families: [string, string][] = [
      ['codeStatus', 'CodeStatus'], ['inviteStatus', 'InviteStatus'], ['purpose', 'InvitePurpose'], ['switchKind', 'SwitchKind'],
      ['switchStatus', 'SwitchRequestStatus'], ['jobStatus', 'BatchJobStatus'], ['jobType', 'BatchJobType'],
      ['jobItemStatus', 'BatchJobItemStatus'], ['bulkType', 'BulkOperationType'], ['invites.action', 'InviteAction'],
      ['invites.done', 'InviteAction'], ['invites.confirm', 'InviteAction'], ['public.result', 'RedeemStatus'],
      ['public.switch', 'SwitchStatus'], ['switches.result', 'SwitchStatus'],
      ['notifyType', 'NotificationType'], ['deliveryStatus', 'WebhookDeliveryStatus'],
    ];
    const missing = families.flatMap(([prefix, enumName]) => enumValues(enumName).map((v) => `${prefix}.${v}`)).filter((k) => !(k in en) || !(k in zh));
    expect(missing).toEqual([]);
  });

  it('every error code and reason the mapping knows has a text', () => {
    const keys = [...KNOWN_CODES.map((c) => `error.${c}`), ...KNOWN_REASONS.map((r) => `error.reason.${r}`)];
    expect(keys.filter((k) => !(k in en) || !(k in zh))).toEqual([]);
  });
});
