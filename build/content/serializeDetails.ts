/** Writes the details as JSON text in slices, for virtual:dokhae/details. Build time. */
import type { SerializedDetails } from '../../src/model/detailsSlices.ts';
import type { ArticleDetails } from '../../src/model/model.ts';

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
