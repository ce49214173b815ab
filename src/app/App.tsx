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
import { focusSentence } from '../reader/focusSentence';
import { useShortcuts } from '../chrome/useShortcuts';
import type { UiLang } from '../i18n/language';
import { KEY_HELP, KEY_LANGUAGE, KEY_NEXT, KEY_PREVIOUS, MODE_KEYS } from '../chrome/shortcuts';
import { saveSettings } from '../state/settings';
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

export function App({ article }: { article: Article }) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useMode();
  // The switch answers at once; the article re-lays itself out in the background.
  const shownMode = useDeferredValue(mode);
  const [helpOpen, setHelpOpen] = useState(false);
  const route = useRoute();
  const [interlinear, setInterlinear] = useInterlinearState();

  useEffect(() => {
    document.title = `${article.meta.title.ko} · ${t('appName')}`;
  }, [article, t]);

  const setLanguage = useCallback(
    (lang: UiLang) => {
      void i18n.changeLanguage(lang);
      saveSettings({ uiLang: lang });
    },
    [i18n],
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
    <ArticleProvider article={article}>
      <CardProvider>
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
      </CardProvider>
    </ArticleProvider>
  );
}
