import { createContext, useContext } from 'react';

/**
 * Whether the sentences inside show their words and terms as controls (see state/wordChunks);
 * false: plain text.
 */
export const InteractiveContext = createContext(true);
export const useInteractiveWords = () => useContext(InteractiveContext);

export const WORDS_EVENT = 'dokhae:words';

/**
 * Asks the article to make the words of `sentence`'s block controls now, before this returns
 * (for a link that goes to a word inside it). Without an article around it, nothing happens.
 */
export function requestWords(sentence: Element): void {
  sentence.dispatchEvent(new Event(WORDS_EVENT, { bubbles: true }));
}

/** Calls `onRequest` with the element of each request made inside `root`. */
export function onWordsRequest(root: HTMLElement, onRequest: (sentence: Element) => void) {
  const listener = (e: Event) => onRequest(e.target as Element);
  root.addEventListener(WORDS_EVENT, listener);
  return () => root.removeEventListener(WORDS_EVENT, listener);
}
