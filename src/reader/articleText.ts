import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';
import type { UiLang } from '../i18n/language';

/**
 * The UI strings the article's many small parts need (markers, labels, translator's notes); the
 * ones every sentence shows are worked out once here (i18next's t is slow in the thousands).
 */
export interface ArticleText {
  t: TFunction<['reader', 'words']>;
  lang: UiLang;
  /** the Korean-only mode's EN button: its letter, and its label when the English is shown/hidden */
  reveal: { badge: string; show: string; hide: string };
  /** the grammar marker's visible letter */
  grammarBadge: string;
  /** "N grammar patterns in this sentence", worked out once per N (plural rules are slow) */
  markerLabel: (count: number) => string;
}

/**
 * Given once by the article, so that its hundreds of sentences and markers do not each subscribe
 * to i18next (useTranslation per component was a large share of hydrating a long article).
 */
export const ArticleTextContext = createContext<ArticleText | null>(null);

export function makeArticleText(t: ArticleText['t'], lang: UiLang): ArticleText {
  const labels = new Map<number, string>();
  const markerLabel = (count: number) => {
    let label = labels.get(count);
    if (label === undefined) labels.set(count, (label = t('words:grammar.marker', { count })));
    return label;
  };
  return {
    t,
    lang,
    reveal: {
      badge: t('words:reveal.badge'),
      show: t('reader:reveal.show'),
      hide: t('reader:reveal.hide'),
    },
    grammarBadge: t('words:grammar.badge'),
    markerLabel,
  };
}

export function useArticleText(): ArticleText {
  const text = useContext(ArticleTextContext);
  if (!text) throw new Error('useArticleText needs an ArticleTextContext.Provider (ArticleView)');
  return text;
}
