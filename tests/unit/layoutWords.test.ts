import { describe, expect, it } from 'vitest';
import { layoutWords } from '../../src/reader/segments';

describe('layoutWords', () => {
  const text = '의료 격차를 39억 달러에';
  const words = [
    { start: 0, end: 2 },
    { start: 3, end: 6 },
    { start: 7, end: 10 },
    { start: 11, end: 14 },
  ];

  it('lays out words and gaps that rebuild the sentence', () => {
    const pieces = layoutWords(text, words, [], []);
    const rebuilt = pieces
      .map((p) => (p.kind === 'gap' ? p.text : p.segments.map((s) => s.text).join('')))
      .join('');
    expect(rebuilt).toBe(text);
    expect(pieces.map((p) => p.kind)).toEqual([
      'word',
      'gap',
      'word',
      'gap',
      'word',
      'gap',
      'word',
    ]);
  });

  it('splits a term that spans two words into a piece in each, keeping where the term starts', () => {
    const pieces = layoutWords(text, words, [{ start: 0, end: 6, termId: 'gap' }], []);
    const marked = pieces.flatMap((p) =>
      p.kind === 'word'
        ? p.segments.filter((s) => s.mark?.termId).map((s) => [s.text, s.mark!.termStart])
        : [],
    );
    expect(marked).toEqual([
      ['의료', 0],
      ['격차를', 0],
    ]);
  });

  it('marks a number across the words it covers', () => {
    const pieces = layoutWords(text, words, [], [{ start: 7, end: 13 }]);
    const numbers = pieces.flatMap((p) =>
      p.kind === 'word' ? p.segments.filter((s) => s.mark?.number).map((s) => s.text) : [],
    );
    expect(numbers).toEqual(['39억', '달러']);
  });
});
