/**
 * The details as virtual:dokhae/details ships them: JSON text, with the sentences cut into slices
 * (build/content/serializeDetails.ts), so that the browser can parse them one task at a time (a
 * long article's details are megabytes: parsed at once, they block the page for a tenth of a
 * second).
 */
import type { ArticleDetails, SentenceDetails } from './model.ts';

export interface SerializedDetails {
  terms: string;
  patterns: string;
  /** JSON objects of sentence id → details; together they hold every sentence once. */
  sentences: string[];
}

/** Parses the details one slice per step; the caller decides what happens between steps. */
function* parseSteps(serialized: SerializedDetails): Generator<void, ArticleDetails> {
  const details: ArticleDetails = {
    terms: JSON.parse(serialized.terms) as ArticleDetails['terms'],
    patterns: JSON.parse(serialized.patterns) as ArticleDetails['patterns'],
    sentences: {},
  };
  for (const slice of serialized.sentences) {
    yield;
    Object.assign(details.sentences, JSON.parse(slice) as Record<string, SentenceDetails>);
  }
  return details;
}

/** All at once: for the prerender and the tests. */
export function parseDetails(serialized: SerializedDetails): ArticleDetails {
  const steps = parseSteps(serialized);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** One slice per task: `pause` is awaited between slices (it lets input and paint through). */
export async function parseDetailsInSlices(
  serialized: SerializedDetails,
  pause: () => Promise<unknown>,
): Promise<ArticleDetails> {
  const steps = parseSteps(serialized);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await pause();
  }
}
