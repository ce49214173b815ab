import { StrictMode } from 'react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { article } from '../model/article';

/** The whole reader, as both the browser and the prerender step render it. */
export function Root({ i18n }: { i18n: i18n }) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary>
          <App article={article} />
        </ErrorBoundary>
      </I18nextProvider>
    </StrictMode>
  );
}
