import enCommon from '../../locales/en/common.json';
import enGlossary from '../../locales/en/glossary.json';
import enReader from '../../locales/en/reader.json';
import koCommon from '../../locales/ko/common.json';
import koGlossary from '../../locales/ko/glossary.json';
import koReader from '../../locales/ko/reader.json';

export const NAMESPACES = ['common', 'reader', 'glossary'] as const;
export const DEFAULT_NS = 'common';

export const resources = {
  en: { common: enCommon, reader: enReader, glossary: enGlossary },
  ko: { common: koCommon, reader: koReader, glossary: koGlossary },
} as const;
