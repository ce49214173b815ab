import { useEffect, type RefObject } from 'react';
import { readText, textSelectors } from './textDom';

const ACTIVE = 'is-active';

function isOffScreen(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom < 0 || r.top > window.innerHeight;
}

/** What is pointed at: a sentence, and the glossary term inside it if any. */
interface Pointed {
  sid: string;
  term: string | null;
}

function pointedAt(target: EventTarget | null): Pointed | null {
  if (!(target instanceof Element)) return null;
  const sid = readText.sentenceId(target);
  if (!sid) return null;
  return { sid, term: readText.termId(target) };
}

/**
 * Hovering over or focusing a sentence highlights it and its counterpart (the same sentence id); on a
 * glossary term, the term's marks in both languages light up as well. With `scrollCounterpart`,
 * a focused sentence's off-screen counterpart scrolls into view.
 */
export function useCounterpartHighlight(
  root: RefObject<HTMLElement | null>,
  scrollCounterpart: boolean,
) {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    let current = '';

    const set = (p: Pointed | null) => {
      const key = p ? `${p.sid} ${p.term ?? ''}` : '';
      if (key === current) return;
      current = key;
      el.querySelectorAll(`.${ACTIVE}`).forEach((n) => n.classList.remove(ACTIVE));
      if (!p) return;
      const sentences = textSelectors.sentence(p.sid);
      const selector = p.term
        ? `${sentences}, ${sentences} ${textSelectors.term(p.term)}`
        : sentences;
      el.querySelectorAll(selector).forEach((n) => n.classList.add(ACTIVE));
    };

    const onOver = (e: Event) => set(pointedAt(e.target));
    const onFocus = (e: FocusEvent) => {
      const p = pointedAt(e.target);
      set(p);
      if (!p || !scrollCounterpart) return;
      el.querySelectorAll(textSelectors.sentence(p.sid)).forEach((n) => {
        if (!n.contains(e.target as Node) && isOffScreen(n)) n.scrollIntoView({ block: 'nearest' });
      });
    };
    const onLeave = () => set(null);

    el.addEventListener('pointerover', onOver);
    el.addEventListener('pointerleave', onLeave);
    el.addEventListener('focusin', onFocus);
    el.addEventListener('focusout', onLeave);
    return () => {
      el.removeEventListener('pointerover', onOver);
      el.removeEventListener('pointerleave', onLeave);
      el.removeEventListener('focusin', onFocus);
      el.removeEventListener('focusout', onLeave);
      set(null);
    };
  }, [root, scrollCounterpart]);
}
