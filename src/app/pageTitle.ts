import type { TFunction } from 'i18next';
import type { Article } from '../model/model';

/** The page's title, for the prerendered page and the live one alike: "<Korean title> · Dokhae". */
export const pageTitle = (article: Article, t: TFunction) =>
  `${article.meta.title.ko} · ${t('appName')}`;
