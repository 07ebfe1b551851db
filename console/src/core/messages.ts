/** A message catalog: key → text with `{name}` placeholders. Every key exists in both languages. */
export type Messages = Record<string, string>;
export type Lang = 'en' | 'zh';
export interface Catalog {
  en: Messages;
  zh: Messages;
}
export const LANGS: { id: Lang; label: string }[] = [
  { id: 'en', label: 'English' },
  { id: 'zh', label: '中文' },
];

/** The language the browser prefers: Chinese for any zh-*, else English. */
export function defaultLang(languages: readonly string[] | undefined): Lang {
  const first = languages?.[0] ?? 'en';
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Fills `{name}` placeholders; unknown names stay visible so a missing value is noticed. */
export function format(text: string, vars?: Record<string, string | number>): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
