import type { HTMLAttributes } from 'react';
import type { CompiledSentence, Word } from '../content/model';
import { layoutWords, type Segment, type WordMark } from '../content/segments';
import { useInterlinear } from '../state/useInterlinear';
import { sentenceAnchor } from '../state/url';

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
            data-term={seg.mark.termId}
            data-start={seg.mark.termStart}
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

function WordButton({ word, segments }: { word: Word; segments: Segment<WordMark>[] }) {
  const { roman, gloss } = useInterlinear();
  const pieces = <WordPieces segments={segments} />;
  return (
    <button type="button" className="word" tabIndex={-1} data-word={word.id}>
      {roman || gloss ? (
        <ruby>
          {pieces}
          <rt>
            <span className="rt-stack">
              {gloss && (
                <span className="rt-gloss" lang="en">
                  {word.g}
                </span>
              )}
              {roman && word.romanization && (
                <span className="rt-roman" lang="ko-Latn">
                  {word.romanization}
                </span>
              )}
            </span>
          </rt>
        </ruby>
      ) : (
        pieces
      )}
    </button>
  );
}

/**
 * A Korean sentence as words: each word is a button that opens its card (reached with ← →
 * inside the sentence). Glossary terms and numbers are marked inside the words.
 */
export function KoreanSentence({ sentence, primary, className, ...rest }: Props) {
  return (
    <span
      {...rest}
      className={`sentence${className ? ' ' + className : ''}`}
      lang="ko"
      data-sid={sentence.id}
      data-nav={primary ? '' : undefined}
      id={primary ? sentenceAnchor(sentence.id) : undefined}
      tabIndex={primary ? 0 : -1}
    >
      {layoutWords(sentence.ko, sentence.words, sentence.marks.ko, sentence.numbers).map((piece) =>
        piece.kind === 'gap' ? (
          piece.text
        ) : (
          <WordButton key={piece.word.id} word={piece.word} segments={piece.segments} />
        ),
      )}
    </span>
  );
}
