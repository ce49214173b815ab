import enCommon from '../../locales/en/common.json';
import enGlossary from '../../locales/en/glossary.json';
import enReader from '../../locales/en/reader.json';
import enWords from '../../locales/en/words.json';
import koCommon from '../../locales/ko/common.json';
import koGlossary from '../../locales/ko/glossary.json';
import koReader from '../../locales/ko/reader.json';
import koWords from '../../locales/ko/words.json';

export const NAMESPACES = ['common', 'reader', 'glossary', 'words'] as const;
export const DEFAULT_NS = 'common';

export const resources = {
  en: { common: enCommon, reader: enReader, glossary: enGlossary, words: enWords },
  ko: { common: koCommon, reader: koReader, glossary: koGlossary, words: koWords },
} as const;
