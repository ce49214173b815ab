import type { CompiledSentence } from '../model/model';
import { useArticleText } from './articleText';
import { textAttributes } from './textDom';

/** A small marker after a sentence that has grammar patterns; it opens the grammar card. */
export function GrammarMarker({ sentence }: { sentence: CompiledSentence }) {
  const { grammarBadge, markerLabel } = useArticleText();
  const count = sentence.patternCount;
  if (count === 0) return null;
  return (
    <button
      type="button"
      className="grammar-marker"
      tabIndex={-1}
      {...textAttributes.grammarMarker(sentence.id)}
      aria-label={markerLabel(count)}
      title={markerLabel(count)}
    >
      <span aria-hidden="true">{grammarBadge}</span>
    </button>
  );
}
