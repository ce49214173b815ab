import { describe, expect, it } from 'vitest';
import { DETAILS_SLICE_CHARS, serializeDetails } from '../../build/content/serializeDetails';
import { parseDetails, parseDetailsInSlices } from '../../src/model/detailsSlices';
import { loadContent } from '../../build/content/load';

const { details } = loadContent('content/amazon-healthcare');
const sentenceIds = Object.keys(details.sentences);

describe('details in slices', () => {
  it('cuts the sentences into slices no longer than the limit, each sentence once, in order', () => {
    const limit = 4096;
    const { sentences } = serializeDetails(details, limit);
    expect(sentences.length).toBeGreaterThan(10);
    const ids = sentences.flatMap((slice) => Object.keys(JSON.parse(slice) as object));
    expect(ids).toEqual(sentenceIds);
    for (const slice of sentences) {
      const alone = Object.keys(JSON.parse(slice) as object).length === 1;
      if (!alone) expect(slice.length).toBeLessThanOrEqual(limit);
    }
  });

  it('gives a sentence longer than the limit a slice of its own', () => {
    const { sentences } = serializeDetails(details, 10);
    expect(sentences).toHaveLength(sentenceIds.length);
  });

  it('parses back to the same details, at once or one slice per pause', async () => {
    const serialized = serializeDetails(details, 4096);
    expect(parseDetails(serialized)).toEqual(details);
    let pauses = 0;
    const parsed = await parseDetailsInSlices(serialized, async () => {
      pauses++;
    });
    expect(parsed).toEqual(details);
    expect(pauses).toBe(serialized.sentences.length);
  });

  it('ships this article in a few slices by default', () => {
    const { sentences } = serializeDetails(details);
    expect(sentences.length).toBeGreaterThan(1);
    expect(sentences.every((s) => s.length <= DETAILS_SLICE_CHARS)).toBe(true);
  });
});
