import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/reader/segments';

describe('segmentText', () => {
  it('splits text into plain and marked runs that rebuild it', () => {
    const text = '헤일로는 헬스케어 서비스다.';
    const segs = segmentText(text, [
      { start: 0, end: 4, termId: 'halo' },
      { start: 5, end: 9, termId: 'healthcare' },
    ]);
    expect(segs.map((s) => [s.text, s.mark?.termId ?? null])).toEqual([
      ['헤일로는', 'halo'],
      [' ', null],
      ['헬스케어', 'healthcare'],
      [' 서비스다.', null],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('returns the whole text when there are no marks', () => {
    expect(segmentText('abc', [])).toEqual([{ text: 'abc', start: 0 }]);
  });

  it('skips a mark that overlaps the previous one', () => {
    const segs = segmentText('abcdef', [
      { start: 0, end: 3 },
      { start: 2, end: 5 },
    ]);
    expect(segs.map((s) => s.text)).toEqual(['abc', 'def']);
  });
});
