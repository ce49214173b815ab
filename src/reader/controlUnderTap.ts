import { requestWords } from './interactiveWords';
import { readText, textSelectors } from './textDom';

/** Whether this browser can say which element is under a point (not jsdom, for one). */
export const canFindControlAtPoint = () =>
  typeof document !== 'undefined' && typeof document.elementFromPoint === 'function';

/**
 * A tap at (x, y) that landed on a sentence rather than on one of its controls: its words may
 * still be plain text, or may have turned into controls between the press and the click (the
 * press focuses the sentence). Turns the sentence's block interactive at once (requestWords) and
 * returns the word or term control now under the point, to be opened as if it had been tapped;
 * null when the tap fell between words.
 */
export function controlUnderTap(target: Element, x: number, y: number): HTMLElement | null {
  const sentence = readText.sentence(target);
  if (!sentence || !canFindControlAtPoint()) return null;
  requestWords(sentence);
  const under = document.elementFromPoint(x, y);
  // A Korean word's card also covers a term inside it, as when the word itself is tapped.
  const control =
    under?.closest<HTMLElement>(textSelectors.word()) ??
    under?.closest<HTMLElement>(textSelectors.term());
  return control && sentence.contains(control) ? control : null;
}
