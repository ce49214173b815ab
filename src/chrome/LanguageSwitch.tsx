import { useTranslation } from 'react-i18next';
import { UI_LANGS, type UiLang } from '../i18n/language';

/** Interface language: English / 한국어. Changes the UI only, never the reading mode. */
export function LanguageSwitch({ onChange }: { onChange: (lang: UiLang) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="segmented segmented-small">
      <legend>{t('language.label')}</legend>
      {UI_LANGS.map((lang) => (
        <label key={lang} className="segment">
          <input
            type="radio"
            name="ui-lang"
            value={lang}
            checked={i18n.language === lang}
            onChange={() => onChange(lang)}
          />
          <span lang={lang}>{t(`languageNames.${lang}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
