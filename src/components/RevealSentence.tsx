import type { CompiledSentence } from '../content/model';
import { SentenceText } from './SentenceText';
import { TranslatorNotes } from './TranslatorNotes';

export const REVEAL_HINT_ID = 'reveal-hint';
export const revealId = (sentenceId: string) => `en-${sentenceId}`;

/**
 * Korean-only mode: a sentence whose English shows just below it when activated (click, tap,
 * Enter). Activation is handled by ArticleView for every sentence at once.
 */
export function RevealSentence({
  sentence,
  revealed,
}: {
  sentence: CompiledSentence;
  revealed: boolean;
}) {
  return (
    <>
      <SentenceText
        sentence={sentence}
        lang="ko"
        primary
        aria-describedby={REVEAL_HINT_ID}
        data-revealed={revealed ? '' : undefined}
        className={revealed ? 'is-revealed' : undefined}
      />
      {revealed && (
        <span className="reveal" id={revealId(sentence.id)} lang="en">
          <SentenceText sentence={sentence} lang="en" primary={false} />
          <TranslatorNotes notes={sentence.notes} />
        </span>
      )}
    </>
  );
}
