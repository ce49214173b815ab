import type { CompiledSentence } from '../model/model';
import { GrammarMarker } from './GrammarMarker';
import { KoreanSentence } from './KoreanSentence';
import { SentenceText } from './SentenceText';
import { TranslatorNotes } from './TranslatorNotes';
import { useArticleText } from './articleText';
import { textAttributes } from './textDom';

export const REVEAL_HINT_ID = 'reveal-hint';
export const revealId = (sentenceId: string) => `en-${sentenceId}`;

/**
 * Korean-only mode: a sentence whose English shows just below it when activated: with its EN
 * button (click or tap), or Enter on the focused sentence. Tapping a word opens the word's card.
 */
export function RevealSentence({
  sentence,
  revealed,
}: {
  sentence: CompiledSentence;
  revealed: boolean;
}) {
  const { reveal } = useArticleText();
  const label = revealed ? reveal.hide : reveal.show;
  return (
    <>
      <KoreanSentence
        sentence={sentence}
        primary
        aria-describedby={REVEAL_HINT_ID}
        className={revealed ? 'is-revealed' : undefined}
      />
      <button
        type="button"
        className="reveal-toggle"
        tabIndex={-1}
        {...textAttributes.revealButton(sentence.id)}
        aria-expanded={revealed}
        aria-controls={revealed ? revealId(sentence.id) : undefined}
        aria-label={label}
        title={label}
      >
        <span aria-hidden="true">{reveal.badge}</span>
      </button>
      <GrammarMarker sentence={sentence} />
      {revealed && (
        <span className="reveal" id={revealId(sentence.id)} lang="en">
          <SentenceText sentence={sentence} lang="en" primary={false} />
          <TranslatorNotes notes={sentence.notes} />
        </span>
      )}
    </>
  );
}
