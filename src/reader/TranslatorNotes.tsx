import type { Bilingual } from '../model/model';
import { useArticleText } from './articleText';

/** Translator's notes of one sentence, in the interface language, marked as notes. */
export function TranslatorNotes({ notes }: { notes: Bilingual[] | undefined }) {
  const { t, lang } = useArticleText();
  if (!notes?.length) return null;
  return (
    <>
      {notes.map((note, i) => (
        <span key={i} className="note" role="note" lang={lang}>
          <span className="note-label">{t('translatorNote')}</span> {note[lang]}
        </span>
      ))}
    </>
  );
}
