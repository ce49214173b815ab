// src/i18n/: i18next for every UI string: typed keys from locales/, the interface language.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLang } from './language';
import { DEFAULT_NS, NAMESPACES, resources } from './resources';

/** Creates the i18next instance for the given language; `<html lang>` follows it. */
export function createI18n(lng: UiLang): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: false,
    supportedLngs: ['en', 'ko'],
    ns: [...NAMESPACES],
    defaultNS: DEFAULT_NS,
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const syncHtmlLang = (lang: string) => {
    // Only on a change: setting it, even to the same value, restyles the whole document.
    if (typeof document !== 'undefined' && document.documentElement.lang !== lang) {
      document.documentElement.lang = lang;
    }
  };
  syncHtmlLang(lng);
  instance.on('languageChanged', syncHtmlLang);
  return instance;
}
