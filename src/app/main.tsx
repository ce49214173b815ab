/** The app: hydrates the prerendered reader, or renders it afresh for another starting state. */
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createI18n } from '../i18n/setup';
import { browserStartingState, showsPrerender } from '../state/startingState';
import { Root } from './Root';

// The same object the boot script computed: the settings are read once.
const start = browserStartingState();
const i18n = createI18n(start.uiLang);
const container = document.getElementById('root')!;
const app = <Root i18n={i18n} start={start} />;

// The built page arrives with the reader already in it (see build/prerender.tsx).
const prerendered = container.hasChildNodes() && showsPrerender(start);
// In a transition, so hydrating or rendering the long article yields to the reader's input.
startTransition(() => {
  if (prerendered) hydrateRoot(container, app);
  else createRoot(container).render(app);
});
