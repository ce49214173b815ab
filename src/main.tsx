import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { article } from './content/article';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { initialUiLang } from './i18n/language';
import { createI18n } from './i18n/setup';
import { readSettings } from './state/settings';
import './styles.css';

const i18n = createI18n(initialUiLang(readSettings().uiLang, navigator.languages ?? []));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary>
        <App article={article} />
      </ErrorBoundary>
    </I18nextProvider>
  </StrictMode>,
);
