import { useEffect, type RefObject } from 'react';
import { readText, textSelectors } from './textDom';

/** Words and terms: text that acts as a button (a span with role="button", not a <button>). */
const INLINE_CONTROL = '[role="button"]';

/** The controls of a sentence: its words (or terms), then the buttons that follow it. */
function itemsOf(root: HTMLElement, sentence: HTMLElement): HTMLElement[] {
  const sid = readText.sentenceId(sentence) ?? '';
  return [
    ...sentence.querySelectorAll<HTMLElement>(INLINE_CONTROL),
    ...root.querySelectorAll<HTMLElement>(textSelectors.controlsOf(sid)),
  ];
}

/**
 * Keys inside a sentence: ← → move between its terms (and words), Enter or Space on one opens it
 * as a button would, Esc on one returns to the sentence, Enter or Space on the sentence itself
 * calls `onActivate`.
 */
export function useSentenceKeys(
  root: RefObject<HTMLElement | null>,
  onActivate: ((sentenceId: string) => void) | null,
) {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement;
      const control = readText.controlledSentence(target);
      const sentence = control
        ? el.querySelector<HTMLElement>(textSelectors.navSentence(control))
        : readText.sentence(target);
      if (!sentence || !el.contains(sentence)) return;
      const onSentence = target === sentence;
      if (target.matches(INLINE_CONTROL) && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        target.click();
        return;
      }
      if (onSentence && onActivate && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        onActivate(readText.sentenceId(sentence)!);
        return;
      }
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        const items = itemsOf(el, sentence);
        if (items.length === 0) return;
        e.preventDefault();
        const at = items.indexOf(target);
        const step = e.key === 'ArrowRight' ? 1 : -1;
        const next = at === -1 ? (step === 1 ? 0 : items.length - 1) : at + step;
        (items[next] ?? sentence).focus();
        return;
      }
      if (e.key === 'Escape' && !onSentence && !e.defaultPrevented) {
        sentence.focus();
      }
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [root, onActivate]);
}
