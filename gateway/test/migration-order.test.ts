/**
 * The migration lists run in list order. Names are recorded in deployed databases, so a released
 * migration is never renamed or moved; DB_MIGRATION_PLAN.md ("Order of the migration lists")
 * explains the one historical exception pinned here. Every other entry, and every new one, must
 * carry a later timestamp than all entries before it and be named by its content.
 */
import { poolMigrations } from '@seatpool/pool/src/migrations';
import { usersMigrations } from '@seatpool/users/src/migrations';
import type { MigrationEntry } from '@seatpool/kit';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Released before the tables it indexes, listed after them: moving it would break a fresh database. */
const PINNED: Record<string, { name: string; index: number }[]> = {
  pool: [{ name: 'Migration20261126120000StatsIndexes', index: 2 }],
  users: [{ name: 'Migration20261126120000StatsIndexes', index: 2 }],
};
/** Released names that mention a tracker number; no new name may. */
const RELEASED_TRACKER_NAMES = ['Migration20261201000000Issue4', 'Migration20261201000000Issue5'];

const stamp = (name: string) => {
  const m = /^Migration(\d{14})[A-Z]\w*$/.exec(name);
  if (!m) throw new Error(`${name}: not Migration<yyyymmddhhmmss><Name>`);
  return m[1];
};

describe.each([
  ['pool', poolMigrations],
  ['users', usersMigrations],
] as [string, MigrationEntry[]][])('%s migrations', (domain, list) => {
  it('keep the pinned historical exception where it is', () => {
    for (const p of PINNED[domain]) expect(list[p.index]?.name).toBe(p.name);
  });

  it('are otherwise in strictly increasing timestamp order, each later than everything listed before it', () => {
    const pinned = new Set(PINNED[domain].map((p) => p.name));
    let latest = '';
    for (const { name } of list) {
      const t = stamp(name);
      if (pinned.has(name)) continue;
      expect(`${name} after ${latest}`).toBe(t > latest ? `${name} after ${latest}` : `${name} later than ${latest}`);
      latest = t;
    }
    // A new migration appended with a timestamp later than every entry (pinned ones included).
    const max = list.map((e) => stamp(e.name)).sort().at(-1)!;
    expect(latest).toBe(max);
  });

  it('are named by content, not by tracker numbers (released names aside)', () => {
    const fresh = list.map((e) => e.name).filter((n) => !RELEASED_TRACKER_NAMES.includes(n));
    for (const name of fresh) expect(name).not.toMatch(/Issue\d|Ticket\d|Pr\d/i);
  });

  it('live in files named by content, whatever their recorded name', () => {
    const dir = resolve(__dirname, `../../subgraphs/${domain}/src/migrations`);
    for (const file of readdirSync(dir)) expect(file).not.toMatch(/issue\d|ticket\d|pr\d/i);
  });

  it('have unique names', () => {
    expect(new Set(list.map((e) => e.name)).size).toBe(list.length);
  });
});
