// src/chrome/: the controls around the text: toolbar, mode and language switches, settings, help, shortcuts.
import { useTranslation } from 'react-i18next';
import type { UiLang } from '../i18n/language';
import type { Mode } from '../state/mode';
import { GLOSSARY_HASH, GRAMMAR_HASH, type Route } from '../state/route';
import type { Interlinear } from '../state/useInterlinear';
import { InterlinearToggles } from './InterlinearToggles';
import { LanguageSwitch } from './LanguageSwitch';
import { ModeSwitch } from './ModeSwitch';
import { SettingsButton } from './SettingsPanel';

interface Props {
  mode: Mode;
  onMode: (m: Mode) => void;
  onLanguage: (lang: UiLang) => void;
  onHelp: () => void;
  view: Route['view'];
  interlinear: Interlinear;
  onInterlinear: (patch: Partial<Interlinear>) => void;
}

/** "Article" leaves the glossary: clear the hash so the reader shows, then focus it. */
function goToArticle(e: React.MouseEvent) {
  if (!window.location.hash || window.location.hash === '#main') return;
  e.preventDefault();
  window.history.pushState(null, '', window.location.pathname + window.location.search);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export function Toolbar(props: Props) {
  const { mode, onMode, onLanguage, onHelp, view } = props;
  const { t } = useTranslation();
  const { t: tg } = useTranslation('glossary');
  const { t: tw } = useTranslation('words');
  return (
    <header className="toolbar">
      <div className="brand">
        <span className="brand-name">{t('appName')}</span>
        <span className="brand-tagline">{t('tagline')}</span>
      </div>
      <nav className="views" aria-label={tg('nav.label')}>
        <a href="#main" aria-current={view === 'reader' ? 'page' : undefined} onClick={goToArticle}>
          {tg('nav.article')}
        </a>
        <a href={GLOSSARY_HASH} aria-current={view === 'glossary' ? 'page' : undefined}>
          {tg('nav.glossary')}
        </a>
        <a href={GRAMMAR_HASH} aria-current={view === 'grammar' ? 'page' : undefined}>
          {tw('grammar.nav')}
        </a>
      </nav>
      <div className="controls" role="toolbar" aria-label={t('toolbar.label')}>
        <ModeSwitch mode={mode} onChange={onMode} />
        <InterlinearToggles value={props.interlinear} onChange={props.onInterlinear} />
        <LanguageSwitch onChange={onLanguage} />
        <SettingsButton />
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
      </div>
    </header>
  );
}
