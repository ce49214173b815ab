import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../content/types';
import type { UiLang } from '../i18n/language';

/** Translator's notes of one sentence, in the interface language, marked as notes. */
export function TranslatorNotes({ notes }: { notes: Bilingual[] | undefined }) {
  const { t, i18n } = useTranslation('reader');
  if (!notes?.length) return null;
  const lang = i18n.language as UiLang;
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
