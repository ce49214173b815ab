/**
 * The details as virtual:dokhae/details ships them: JSON text, with the sentences cut into slices
 * of at most DETAILS_SLICE_CHARS, so that the browser can parse them one task at a time (a long
 * article's details are megabytes: parsed at once, they block the page for a tenth of a second).
 */
import type { ArticleDetails, SentenceDetails } from './model.ts';

export interface SerializedDetails {
  terms: string;
  patterns: string;
  /** JSON objects of sentence id → details; together they hold every sentence once. */
  sentences: string[];
}

/** About a millisecond or two of JSON.parse per slice on a slow phone. */
export const DETAILS_SLICE_CHARS = 64 * 1024;

export function serializeDetails(
  details: ArticleDetails,
  sliceChars = DETAILS_SLICE_CHARS,
): SerializedDetails {
  const slices: string[] = [];
  let entries: string[] = [];
  let length = 0;
  for (const [id, sentence] of Object.entries(details.sentences)) {
    const entry = `${JSON.stringify(id)}:${JSON.stringify(sentence)}`;
    if (entries.length > 0 && length + entry.length > sliceChars) {
      slices.push(`{${entries.join(',')}}`);
      entries = [];
      length = 0;
    }
    entries.push(entry);
    length += entry.length + 1;
  }
  if (entries.length > 0) slices.push(`{${entries.join(',')}}`);
  return {
    terms: JSON.stringify(details.terms),
    patterns: JSON.stringify(details.patterns),
    sentences: slices,
  };
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
