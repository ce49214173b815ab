import { useEffect, type RefObject } from 'react';

const ACTIVE = 'is-active';

function isOffScreen(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom < 0 || r.top > window.innerHeight;
}

/**
 * Hovering over or focusing a sentence highlights it and its counterpart (same data-sid).
 * With `scrollCounterpart`, a focused sentence's off-screen counterpart scrolls into view.
 */
export function useCounterpartHighlight(
  root: RefObject<HTMLElement | null>,
  scrollCounterpart: boolean,
) {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    let current: string | null = null;

    const set = (sid: string | null) => {
      if (sid === current) return;
      if (current) el.querySelectorAll(`.${ACTIVE}`).forEach((n) => n.classList.remove(ACTIVE));
      current = sid;
      if (sid)
        el.querySelectorAll(`[data-sid="${CSS.escape(sid)}"]`).forEach((n) =>
          n.classList.add(ACTIVE),
        );
    };
    const sidOf = (target: EventTarget | null) =>
      target instanceof Element
        ? (target.closest('[data-sid]')?.getAttribute('data-sid') ?? null)
        : null;

    const onOver = (e: Event) => set(sidOf(e.target));
    const onFocus = (e: FocusEvent) => {
      const sid = sidOf(e.target);
      set(sid);
      if (!sid || !scrollCounterpart) return;
      el.querySelectorAll(`[data-sid="${CSS.escape(sid)}"]`).forEach((n) => {
        if (n !== e.target && isOffScreen(n)) n.scrollIntoView({ block: 'nearest' });
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
