import enCommon from '../../locales/en/common.json';
import enReader from '../../locales/en/reader.json';
import koCommon from '../../locales/ko/common.json';
import koReader from '../../locales/ko/reader.json';

export const NAMESPACES = ['common', 'reader'] as const;
export const DEFAULT_NS = 'common';

export const resources = {
  en: { common: enCommon, reader: enReader },
  ko: { common: koCommon, reader: koReader },
} as const;
