import type { HTMLAttributes } from 'react';
import type { Lang, Sentence } from '../content/types';
import { sentenceAnchor } from '../state/url';

interface Props extends HTMLAttributes<HTMLSpanElement> {
  sentence: Sentence;
  lang: Lang;
  /** the sentence's main place on the page: carries the #s-<id> anchor and j/k navigation */
  primary: boolean;
}

/** One sentence in one language, tied to its counterpart by data-sid. */
export function SentenceText({ sentence, lang, primary, className, ...rest }: Props) {
  return (
    <span
      {...rest}
      className={`sentence${className ? ' ' + className : ''}`}
      lang={lang}
      data-sid={sentence.id}
      data-nav={primary ? '' : undefined}
      id={primary ? sentenceAnchor(sentence.id) : undefined}
      tabIndex={rest.tabIndex ?? (primary ? 0 : -1)}
    >
      {sentence[lang]}
    </span>
  );
}
