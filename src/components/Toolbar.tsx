import { useTranslation } from 'react-i18next';
import type { UiLang } from '../i18n/language';
import type { Mode } from '../state/mode';
import { LanguageSwitch } from './LanguageSwitch';
import { ModeSwitch } from './ModeSwitch';

interface Props {
  mode: Mode;
  onMode: (m: Mode) => void;
  onLanguage: (lang: UiLang) => void;
  onHelp: () => void;
}

export function Toolbar({ mode, onMode, onLanguage, onHelp }: Props) {
  const { t } = useTranslation();
  return (
    <header className="toolbar">
      <div className="brand">
        <span className="brand-name">{t('appName')}</span>
        <span className="brand-tagline">{t('tagline')}</span>
      </div>
      <nav className="controls" aria-label={t('toolbar.label')}>
        <ModeSwitch mode={mode} onChange={onMode} />
        <LanguageSwitch onChange={onLanguage} />
        <button
          type="button"
          className="button icon-button"
          onClick={onHelp}
          aria-keyshortcuts="Shift+?"
          title={t('toolbar.help')}
        >
          {/* the same glyph in every language */}
          <span aria-hidden="true">{'?'}</span>
          <span className="visually-hidden">{t('toolbar.help')}</span>
        </button>
      </nav>
    </header>
  );
}
