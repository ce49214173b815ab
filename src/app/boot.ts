/**
 * The page's only script tag. The built page already holds the reader (prerendered), so the
 * first paint needs no script: this lets that paint happen, then loads the app (main.tsx),
 * which hydrates it, and registers the service worker once the page has loaded.
 * The stylesheets are linked from index.html (and inlined into it by the build), not imported
 * by any script: a chunk that imports CSS makes every chunk that shares code with it load that
 * CSS again.
 */

import { browserStartingState, showsPrerender } from '../state/startingState';

const startApp = () => void import('./main');

// Worked out once, here; main.tsx starts the app from this same state.
if (showsPrerender(browserStartingState()) && document.visibilityState === 'visible') {
  // After the first frame: a task queued from requestAnimationFrame runs once it is painted.
  requestAnimationFrame(() => setTimeout(startApp));
} else {
  // At once when the reader wants another mode, view or language than the prerendered page
  // shows (the app renders afresh), or when the page is hidden (it paints nothing, and its
  // animation frames wait for it to be shown).
  startApp();
}

if (__SERVICE_WORKER__ && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('./sw.js'));
}
