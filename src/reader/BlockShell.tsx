import type { ReactNode } from 'react';
import type { Lang } from '../model/model';
import type { BlockType } from '../model/vocabulary';
import { useArticleText } from './articleText';

interface Props {
  type: BlockType;
  lang: Lang;
  children: ReactNode;
}

/** The element a block is set in, styled as what it is (headline, deck, caption…). */
export function BlockShell({ type, lang, children }: Props) {
  const { t } = useArticleText();
  const className = `block block-${type}`;
  switch (type) {
    case 'headline':
      return (
        <h1 className={className} lang={lang}>
          {children}
        </h1>
      );
    case 'caption':
      return (
        <p className={className} lang={lang}>
          <span className="visually-hidden">{t('caption')} </span>
          {children}
        </p>
      );
    default:
      return (
        <p className={className} lang={lang}>
          {children}
        </p>
      );
  }
}
