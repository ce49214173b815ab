import { StrictMode } from 'react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { article } from '../model/article';
import type { StartingState } from '../state/startingState';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';

/** The whole reader, as both the browser and the prerender step render it. */
export function Root({ i18n, start }: { i18n: i18n; start: StartingState }) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary>
          <App article={article} start={start} />
        </ErrorBoundary>
      </I18nextProvider>
    </StrictMode>
  );
}
