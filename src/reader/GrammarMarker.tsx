import type { CompiledSentence } from '../model/model';
import { useArticleText } from './articleText';

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
      data-grammar={sentence.id}
      data-sentence-control={sentence.id}
      aria-label={markerLabel(count)}
      title={markerLabel(count)}
    >
      <span aria-hidden="true">{grammarBadge}</span>
    </button>
  );
}
