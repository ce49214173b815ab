import { textSelectors } from './textDom';

/** j/k: moves focus to the next or previous sentence in reading order. */
export function focusSentence(step: 1 | -1): void {
  const items = Array.from(document.querySelectorAll<HTMLElement>(textSelectors.navSentence()));
  if (items.length === 0) return;
  const active = document.activeElement;
  const at = items.findIndex((el) => el === active || el.contains(active));
  const next =
    at === -1
      ? step === 1
        ? 0
        : items.length - 1
      : Math.min(Math.max(at + step, 0), items.length - 1);
  const el = items[next];
  el?.focus({ preventScroll: true });
  el?.scrollIntoView({ block: 'nearest' });
}
