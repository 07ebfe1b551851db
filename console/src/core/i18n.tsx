import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { defaultLang, format, type Catalog, type Lang, type Messages } from './messages';
import { commonMessages } from './common-messages';

const STORAGE_KEY = 'seatpool.lang';
const catalogs: Record<Lang, Messages> = { en: { ...commonMessages.en }, zh: { ...commonMessages.zh } };

/** Domains add their messages when their module loads (before the first render). */
export function registerMessages(catalog: Catalog) {
  Object.assign(catalogs.en, catalog.en);
  Object.assign(catalogs.zh, catalog.zh);
}

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** Looks a key up in one language, falling back to English and then to the key itself. */
export function translate(lang: Lang, key: string, vars?: Record<string, string | number>): string {
  return format(catalogs[lang][key] ?? catalogs.en[key] ?? key, vars);
}

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}
const I18nContext = createContext<I18n | null>(null);

function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'zh') return saved;
  } catch {
    // storage blocked: fall back to the browser language
  }
  return defaultLang(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

let currentLang: Lang = 'en';
/** The language of the page now, for code outside React (the API client's Accept-Language). */
export const currentLanguage = () => currentLang;

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  currentLang = lang;
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not persisted; the switch still applies to this page
    }
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(() => ({ lang, setLang, t: (key, vars) => translate(lang, key, vars) }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
