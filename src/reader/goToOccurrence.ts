import { requestWords } from './interactiveWords';
import { sentenceAnchor } from '../state/url';
import { textSelectors } from './textDom';

const TARGET = 'is-target';

/**
 * Scrolls to one occurrence of a term and highlights it. In English-only mode the Korean mark is
 * not on the page, so the sentence itself is the target.
 */
export function goToOccurrence(termId: string, sentenceId: string, start: number): void {
  const sentence = document.querySelector(textSelectors.sentence(sentenceId, 'ko'));
  if (sentence) requestWords(sentence); // its words may still be plain text
  const mark = sentence?.querySelector<HTMLElement>(textSelectors.term(termId, start));
  const target = mark ?? document.getElementById(sentenceAnchor(sentenceId));
  if (!target) return;
  document.querySelectorAll(`.${TARGET}`).forEach((n) => n.classList.remove(TARGET));
  target.classList.add(TARGET);
  target.scrollIntoView({ block: 'center' });
  // A term inside a Korean word is not focusable itself; its word is.
  (target.closest<HTMLElement>('[role="button"]') ?? target).focus({ preventScroll: true });
}
