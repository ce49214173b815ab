/** What the content pipeline does with unusual input: $ patterns, control characters, BOM, CRLF. */
import { describe, expect, it } from 'vitest';
import { rebuildWord } from '../../build/content/validateWords';

describe('a contraction', () => {
  it('is applied literally, even with $ patterns in it', () => {
    for (const to of ["$'", '$&', '$$', '$`']) {
      const word = { w: `하${to}다`, g: 'x', m: [{ f: '하였다', pos: 'verb' as const }] };
      expect(rebuildWord({ ...word, contraction: { from: '였', to } })).toBe(`하${to}다`);
    }
  });
});
