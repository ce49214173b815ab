import type { HTMLAttributes } from 'react';
import type { CompiledSentence } from '../content/model';
import { segmentText } from '../content/segments';
import type { Lang } from '../content/types';
import { sentenceAnchor } from '../state/url';

interface Props extends HTMLAttributes<HTMLSpanElement> {
  sentence: CompiledSentence;
  lang: Lang;
  /** the sentence's main place on the page: carries the #s-<id> anchor and j/k navigation */
  primary: boolean;
}

/**
 * One sentence in one language, tied to its counterpart by data-sid. Glossary terms in it are
 * buttons (reached with ← → inside the sentence, so they do not flood the Tab order).
 */
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
      {segmentText(sentence[lang], sentence.marks[lang]).map((seg) =>
        seg.mark ? (
          <button
            key={seg.start}
            type="button"
            className="term"
            tabIndex={-1}
            data-term={seg.mark.termId}
            data-start={seg.start}
          >
            {seg.text}
          </button>
        ) : (
          seg.text
        ),
      )}
    </span>
  );
}
