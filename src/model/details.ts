/**
 * The article's details (word breakdowns, glossary, grammar, number readings), loaded once, after
 * the first paint. `useDetails` gives null until they are here, then re-renders with them.
 */
import { startTransition, useEffect, useState } from 'react';
import { parseDetailsInSlices } from './detailsSlices';
import type { ArticleDetails } from './model';

let loaded: ArticleDetails | null = null;
let loading: Promise<ArticleDetails> | null = null;

/** Lets input and paint through between two slices of the details. */
function yieldToMain(): Promise<unknown> {
  if (typeof scheduler !== 'undefined' && 'yield' in scheduler) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function loadDetails(): Promise<ArticleDetails> {
  loading ??= import('virtual:dokhae/details')
    .then((m) => parseDetailsInSlices(m.default, yieldToMain))
    .then((details) => (loaded = details));
  return loading;
}

export function useDetails(): ArticleDetails | null {
  const [details, setDetails] = useState(loaded);
  useEffect(() => {
    if (details) return;
    let live = true;
    // In a transition: every sentence learns of the details, and a long article must not block.
    void loadDetails().then((d) => live && startTransition(() => setDetails(d)));
    return () => {
      live = false;
    };
  }, [details]);
  return details;
}
