// src/app/: boot, start-up, the root and the app shell (toolbar, view, card layer), errors.
import { Suspense, useCallback, useDeferredValue, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardProvider } from '../state/openCard';
import { ArticleView } from '../reader/ArticleView';
import { ArticleProvider, useArticleDetails } from '../model/ArticleContext';
import { CardSlot, GlossaryView, GrammarView } from './lazyViews';
import { ErrorBoundary } from './ErrorBoundary';
import { HelpDialog } from '../chrome/HelpDialog';
import { Toolbar } from '../chrome/Toolbar';
import type { Article } from '../model/model';
import { pageTitle } from './pageTitle';
import { focusSentence } from '../reader/focusSentence';
import { useShortcuts } from '../chrome/useShortcuts';
import type { UiLang } from '../i18n/language';
import { KEY_HELP, KEY_LANGUAGE, KEY_NEXT, KEY_PREVIOUS, MODE_KEYS } from '../chrome/shortcuts';
import { SettingsProvider, useSettings } from '../state/settingsStore';
import type { StartingState } from '../state/startingState';
import { useMode } from '../state/useMode';
import { InterlinearContext, useInterlinearState } from '../state/useInterlinear';
import { useRoute } from '../state/useRoute';

/** The main region; busy until the article's details (cards, glossary) have loaded. */
function Main({ children }: { children: React.ReactNode }) {
  const ready = useArticleDetails() !== null;
  return (
    <main id="main" tabIndex={-1} aria-busy={!ready}>
      {children}
    </main>
  );
}

interface AppProps {
  article: Article;
  /** where the reader starts: computed once (state/startingState.ts) */
  start: StartingState;
}

/** The whole reader: toolbar, the article or a view, the open card, the help dialog. */
export function App({ article, start }: AppProps) {
  return (
    <SettingsProvider initial={start.settings}>
      <ArticleProvider article={article}>
        <CardProvider>
          <Reader article={article} start={start} />
        </CardProvider>
      </ArticleProvider>
    </SettingsProvider>
  );
}

function Reader({ article, start }: AppProps) {
  const { t, i18n } = useTranslation();
  const { update } = useSettings();
  const [mode, setMode] = useMode(start.mode);
  // The switch answers at once; the article re-lays itself out in the background.
  const shownMode = useDeferredValue(mode);
  const [helpOpen, setHelpOpen] = useState(false);
  const route = useRoute(start.route);
  const [interlinear, setInterlinear] = useInterlinearState();

  useEffect(() => {
    document.title = pageTitle(article, t);
  }, [article, t]);

  const setLanguage = useCallback(
    (lang: UiLang) => {
      void i18n.changeLanguage(lang);
      update({ uiLang: lang });
    },
    [i18n, update],
  );

  useShortcuts(
    {
      ...Object.fromEntries(Object.entries(MODE_KEYS).map(([code, m]) => [code, () => setMode(m)])),
      [KEY_NEXT]: () => focusSentence(1),
      [KEY_PREVIOUS]: () => focusSentence(-1),
      [KEY_LANGUAGE]: () => setLanguage(i18n.language === 'ko' ? 'en' : 'ko'),
      [KEY_HELP]: () => setHelpOpen(true),
    },
    !helpOpen,
  );

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToArticle')}
      </a>
      <Toolbar
        mode={mode}
        onMode={setMode}
        onLanguage={setLanguage}
        onHelp={() => setHelpOpen(true)}
        view={route.view}
        interlinear={interlinear}
        onInterlinear={setInterlinear}
      />
      <Main>
        <ErrorBoundary>
          <Suspense fallback={null}>
            {route.view === 'glossary' && <GlossaryView termId={route.termId} />}
            {route.view === 'grammar' && <GrammarView patternId={route.patternId} />}
          </Suspense>
          {route.view === 'reader' && (
            <InterlinearContext.Provider value={interlinear}>
              <ArticleView article={article} mode={shownMode} />
            </InterlinearContext.Provider>
          )}
          <CardSlot />
        </ErrorBoundary>
      </Main>
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  );
}
