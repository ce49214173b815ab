import { useTranslation } from 'react-i18next';
import type { Sentence } from '../content/types';
import { SentenceText } from './SentenceText';
import { TranslatorNotes } from './TranslatorNotes';

interface Props {
  sentence: Sentence;
  revealed: boolean;
  onToggle: (id: string) => void;
}

/** Korean-only mode: a sentence that shows its English just below it when activated. */
export function RevealSentence({ sentence, revealed, onToggle }: Props) {
  const { t } = useTranslation('reader');
  const revealId = `en-${sentence.id}`;
  return (
    <>
      <SentenceText
        sentence={sentence}
        lang="ko"
        primary
        role="button"
        aria-expanded={revealed}
        aria-controls={revealed ? revealId : undefined}
        title={revealed ? t('reveal.hide') : t('reveal.show')}
        className={revealed ? 'is-revealed' : undefined}
        onClick={() => onToggle(sentence.id)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onToggle(sentence.id);
          }
        }}
      />
      {revealed && (
        <span className="reveal" id={revealId} lang="en">
          {sentence.en}
          <TranslatorNotes notes={sentence.notes} />
        </span>
      )}
    </>
  );
}
