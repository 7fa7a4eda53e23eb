import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { LANGUAGE_NAMES, languageFromTag, type StaffLanguage } from './staff-strings.ts';

/** Both staff apps share one choice (same origin), kept across visits and sign-ins. */
const KEY = 'wayfinder:staff-language';

function initialLanguage(): StaffLanguage {
  try {
    const saved = localStorage.getItem(KEY);
    if (saved === 'en' || saved === 'fr') return saved;
  } catch {
    // Storage blocked (private mode, policy): follow the browser.
  }
  return languageFromTag(navigator.language);
}

const LanguageContext = createContext<{ lang: StaffLanguage; setLang: (l: StaffLanguage) => void }>({ lang: 'en', setLang: () => {} });

/** Holds the interface language and mirrors it on <html lang> (screen readers, hyphenation, spell-check). */
export function StaffLanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<StaffLanguage>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  // Only an explicit choice is remembered: until then a browser switched to French gets French.
  const setLang = (l: StaffLanguage) => {
    try {
      localStorage.setItem(KEY, l);
    } catch {
      // Not remembered, still switched.
    }
    setLangState(l);
  };
  return <LanguageContext.Provider value={{ lang, setLang }}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): StaffLanguage {
  return useContext(LanguageContext).lang;
}

/**
 * The switch to the other language, named in that language ("Français" on an English page,
 * "English" on a French one), the convention of Canadian government sites.
 */
export function LanguageToggle() {
  const { lang, setLang } = useContext(LanguageContext);
  const other: StaffLanguage = lang === 'fr' ? 'en' : 'fr';
  return (
    <button type="button" className="st-lang-toggle" lang={other} onClick={() => setLang(other)}>
      {LANGUAGE_NAMES[other]}
    </button>
  );
}
