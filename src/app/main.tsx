import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { initialUiLang } from '../i18n/language';
import { createI18n } from '../i18n/setup';
import { matchesPrerender } from '../state/startingState';
import { Root } from './Root';
import { readSettings } from '../state/settings';

const saved = readSettings();
const browserLanguages = navigator.languages ?? [];
const i18n = createI18n(initialUiLang(saved.uiLang, browserLanguages));
const container = document.getElementById('root')!;
const app = <Root i18n={i18n} />;

// The built page arrives with the reader already in it (see build/prerender.tsx).
const prerendered =
  container.hasChildNodes() &&
  matchesPrerender({
    search: window.location.search,
    hash: window.location.hash,
    saved,
    browserLanguages,
  });
// In a transition, so hydrating or rendering the long article yields to the reader's input.
startTransition(() => {
  if (prerendered) hydrateRoot(container, app);
  else createRoot(container).render(app);
});
