import { useEffect } from 'react';
import { sentenceAnchor, sentenceIdFromHash } from '../state/url';
import { textSelectors } from './textDom';

const TARGET = 'is-target';

/** `#s-<id>` scrolls to that sentence and highlights it; an unknown id is ignored. */
export function useSentenceDeepLink(mode: string) {
  useEffect(() => {
    const go = () => {
      const id = sentenceIdFromHash(window.location.hash);
      document.querySelectorAll(`.${TARGET}`).forEach((n) => n.classList.remove(TARGET));
      if (!id) return;
      const el = document.getElementById(sentenceAnchor(id));
      if (!el) return;
      document.querySelectorAll(textSelectors.sentence(id)).forEach((n) => n.classList.add(TARGET));
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
    };
    go();
    window.addEventListener('hashchange', go);
    return () => window.removeEventListener('hashchange', go);
  }, [mode]);
}
