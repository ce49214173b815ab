import enCommon from '../../locales/en/common.json';
import enGlossary from '../../locales/en/glossary.json';
import enReader from '../../locales/en/reader.json';
import enSettings from '../../locales/en/settings.json';
import enWords from '../../locales/en/words.json';
import koCommon from '../../locales/ko/common.json';
import koGlossary from '../../locales/ko/glossary.json';
import koReader from '../../locales/ko/reader.json';
import koSettings from '../../locales/ko/settings.json';
import koWords from '../../locales/ko/words.json';

export const NAMESPACES = ['common', 'reader', 'glossary', 'words', 'settings'] as const;
export const DEFAULT_NS = 'common';

export const resources = {
  en: {
    common: enCommon,
    reader: enReader,
    glossary: enGlossary,
    words: enWords,
    settings: enSettings,
  },
  ko: {
    common: koCommon,
    reader: koReader,
    glossary: koGlossary,
    words: koWords,
    settings: koSettings,
  },
} as const;
