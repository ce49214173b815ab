import type { HTMLAttributes } from 'react';
import { useArticleDetails } from '../model/ArticleContext';
import { wordId, type CompiledSentence, type WordDetail } from '../model/model';
import { wordSpans } from '../korean/words';
import { layoutWords, type Segment, type WordMark } from './segments';
import { useInterlinear } from '../state/useInterlinear';
import { useInteractiveWords } from './interactiveWords';
import { sentenceAnchor } from '../state/url';
import { textAttributes } from './textDom';

interface Props extends HTMLAttributes<HTMLSpanElement> {
  sentence: CompiledSentence;
  /** the sentence's main place on the page: carries the #s-<id> anchor and j/k navigation */
  primary: boolean;
}

function WordPieces({ segments }: { segments: Segment<WordMark>[] }) {
  return (
    <>
      {segments.map((seg) =>
        seg.mark?.termId ? (
          <span
            key={seg.start}
            className="term"
            {...textAttributes.term(seg.mark.termId, seg.mark.termStart!)}
          >
            {seg.text}
          </span>
        ) : seg.mark?.number ? (
          <span key={seg.start} className="num">
            {seg.text}
          </span>
        ) : (
          seg.text
        ),
      )}
    </>
  );
}

/** Romanization and/or gloss above the word, as ruby, when switched on (and loaded). */
function Interlinear({
  detail,
  children,
}: {
  detail: WordDetail | undefined;
  children: React.ReactNode;
}) {
  const { roman, gloss } = useInterlinear();
  if (!detail || !(roman || gloss)) return <>{children}</>;
  return (
    <ruby>
      {children}
      <rt>
        <span className="rt-stack">
          {gloss && (
            <span className="rt-gloss" lang="en">
              {detail.g}
            </span>
          )}
          {roman && detail.romanization && (
            <span className="rt-roman" lang="ko-Latn">
              {detail.romanization}
            </span>
          )}
        </span>
      </rt>
    </ruby>
  );
}

/** The words of a sentence, each a control that opens its card, with terms and numbers marked. */
function Words({ sentence }: { sentence: CompiledSentence }) {
  const words = useArticleDetails()?.details.sentences[sentence.id]?.words;
  const spans = wordSpans(sentence.ko).map((span, i) => ({ ...span, index: i }));
  return layoutWords(sentence.ko, spans, sentence.marks.ko, sentence.numbers).map((piece) =>
    piece.kind === 'gap' ? (
      piece.text
    ) : (
      <span
        key={piece.word.index}
        role="button"
        className="word"
        tabIndex={-1}
        {...textAttributes.word(wordId(sentence.id, piece.word.index))}
      >
        <Interlinear detail={words?.[piece.word.index]}>
          <WordPieces segments={piece.segments} />
        </Interlinear>
      </span>
    ),
  );
}

/**
 * A Korean sentence. Its words are controls (reached with ← → inside the sentence) once its block
 * is interactive; until then, plain text with its terms and numbers marked by highlights.
 */
export function KoreanSentence({ sentence, primary, className, ...rest }: Props) {
  const interactive = useInteractiveWords();
  return (
    <span
      {...rest}
      className={`sentence${className ? ' ' + className : ''}`}
      lang="ko"
      {...textAttributes.sentence(sentence.id, !!primary)}
      id={primary ? sentenceAnchor(sentence.id) : undefined}
      tabIndex={primary ? 0 : -1}
    >
      {interactive ? <Words sentence={sentence} /> : sentence.ko}
    </span>
  );
}
