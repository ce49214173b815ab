/**
 * The page's only script tag. The built page already holds the reader (prerendered), so the
 * first paint needs no script: this lets that paint happen, then loads the app (main.tsx),
 * which hydrates it, and registers the service worker once the page has loaded.
 * The stylesheets are imported here so that they stay in index.html, ahead of the first paint.
 */
import './styles.css';
import './settings.css';

const startApp = () => void import('./main');

if (document.visibilityState === 'visible') {
  // After the first frame: a task queued from requestAnimationFrame runs once it is painted.
  requestAnimationFrame(() => setTimeout(startApp));
} else {
  // A hidden page paints nothing, and its animation frames wait for it to be shown.
  startApp();
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('./sw.js'));
}
