import type { HTMLAttributes } from 'react';
import type { CompiledSentence, TermMark } from '../model/model';
import { segmentText } from './segments';
import type { Lang } from '../model/model';
import { sentenceAnchor } from '../state/url';
import { useInteractiveWords } from './interactiveWords';
import { textAttributes } from './textDom';

interface Props extends HTMLAttributes<HTMLSpanElement> {
  sentence: CompiledSentence;
  lang: Lang;
  /** the sentence's main place on the page: carries the #s-<id> anchor and j/k navigation */
  primary: boolean;
}

/** The text with its glossary terms as controls that open the term's card. */
function Terms({ text, marks }: { text: string; marks: readonly TermMark[] }) {
  return segmentText(text, marks).map((seg) =>
    seg.mark ? (
      <span
        key={seg.start}
        role="button"
        className="term"
        tabIndex={-1}
        {...textAttributes.term(seg.mark.termId, seg.start)}
      >
        {seg.text}
      </span>
    ) : (
      seg.text
    ),
  );
}

/**
 * One sentence in one language, tied to its counterpart by its id (textDom.ts). Once its block is
 * interactive, glossary terms in it are controls (reached with ← → inside the sentence, so they
 * do not flood the Tab order); until then, plain text with its terms marked by highlights.
 */
export function SentenceText({ sentence, lang, primary, className, ...rest }: Props) {
  const interactive = useInteractiveWords();
  const text = sentence[lang];
  return (
    <span
      {...rest}
      className={`sentence${className ? ' ' + className : ''}`}
      lang={lang}
      {...textAttributes.sentence(sentence.id, !!primary)}
      id={primary ? sentenceAnchor(sentence.id) : undefined}
      tabIndex={rest.tabIndex ?? (primary ? 0 : -1)}
    >
      {interactive ? <Terms text={text} marks={sentence.marks[lang]} /> : text}
    </span>
  );
}
