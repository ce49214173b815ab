import { useTranslation } from 'react-i18next';
import type { CompiledSentence } from '../content/model';

/** A small marker after a sentence that has grammar patterns; it opens the grammar card. */
export function GrammarMarker({ sentence }: { sentence: CompiledSentence }) {
  const { t } = useTranslation('words');
  const count = sentence.patternCount;
  if (count === 0) return null;
  return (
    <button
      type="button"
      className="grammar-marker"
      tabIndex={-1}
      data-grammar={sentence.id}
      data-sentence-control={sentence.id}
      aria-label={t('grammar.marker', { count })}
      title={t('grammar.marker', { count })}
    >
      <span aria-hidden="true">{t('grammar.badge')}</span>
    </button>
  );
}
