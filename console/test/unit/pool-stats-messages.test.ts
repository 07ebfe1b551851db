/**
 * Every text the pool and stats screens ask for exists in English and Chinese: the catalogs have
 * the same keys, no empty text, and each literal `t('…')` key in the screens' sources is defined.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { commonMessages } from '../../src/core/common-messages';
import { poolMessages } from '../../src/domains/pool/messages';
import { statsMessages } from '../../src/domains/stats/messages';
import { gridValues, niceMax } from '../../src/domains/stats/overview/TrendChart';

const DOMAINS = resolve(__dirname, '../../src/domains');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe.each([
  ['pool', poolMessages],
  ['stats', statsMessages],
])('%s messages', (domain, catalog) => {
  test('English and Chinese have the same keys and no empty text', () => {
    expect(Object.keys(catalog.zh).sort()).toEqual(Object.keys(catalog.en).sort());
    for (const lang of ['en', 'zh'] as const) for (const [k, v] of Object.entries(catalog[lang])) expect([k, v.trim().length > 0]).toEqual([k, true]);
  });

  test('every literal key the screens use is defined', () => {
    const known = new Set([...Object.keys(catalog.en), ...Object.keys(commonMessages.en)]);
    const used = new Set<string>();
    for (const file of sources(join(DOMAINS, domain))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z0-9_.:-]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((k) => !known.has(k))).toEqual([]);
  });
});

test('the trend chart axis ends on a round number at or above the largest value', () => {
  expect(niceMax(0)).toBe(1);
  expect(niceMax(3)).toBe(5);
  expect(niceMax(7)).toBe(10);
  expect(niceMax(12)).toBe(20);
  expect(niceMax(100)).toBe(100);
  expect(niceMax(101)).toBe(200);
});

test('the trend chart grid shows whole, distinct counts for every axis maximum', () => {
  expect(gridValues(1)).toEqual([0, 1]);
  expect(gridValues(2)).toEqual([0, 1, 2]);
  expect(gridValues(5)).toEqual([0, 1, 2, 3, 4, 5]);
  expect(gridValues(10)).toEqual([0, 2, 4, 6, 8, 10]);
  expect(gridValues(50)).toEqual([0, 10, 20, 30, 40, 50]);
  expect(gridValues(200)).toEqual([0, 50, 100, 150, 200]);
  for (let max = 1; max <= 1e6; max = niceMax(max + 1)) {
    const values = gridValues(max);
    expect(values.every(Number.isInteger)).toBe(true);
    expect(new Set(values).size).toBe(values.length);
    expect(values.at(-1)).toBe(max);
  }
});
