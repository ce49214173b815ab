import { describe, expect, it } from 'vitest';
import { loadContent } from '../../build/content/load';
import { textMarks } from '../../src/reader/textMarks';

const { article } = loadContent('content/amazon-healthcare');
const sentence = (id: string) => {
  const s = article.blocks.flatMap((b) => b.sentences).find((x) => x.id === id);
  if (!s) throw new Error(`no sentence ${id}`);
  return s;
};
const marked = (id: string, lang: 'ko' | 'en') => {
  const s = sentence(id);
  return textMarks(s, lang).map((m) => [m.kind, s[lang].slice(m.start, m.end)]);
};

describe('textMarks (terms and numbers to highlight in plain text)', () => {
  it('gives the Korean terms and numbers, with the text they cover', () => {
    const marks = marked('p2-2', 'ko');
    expect(marks).toContainEqual(['num', '2015년']);
    expect(marks).toContainEqual(['term', '클라우드(Cloud)']);
    expect(marks.every(([, text]) => text!.length > 0)).toBe(true);
  });

  it('gives only terms in English, never numbers', () => {
    const marks = marked('headline-1', 'en');
    expect(marks).toContainEqual(['term', 'Amazon Web Services']);
    expect(marks.some(([kind]) => kind === 'num')).toBe(false);
  });

  it('gives nothing for a sentence with no terms or numbers', () => {
    const plain = article.blocks.flatMap((b) => b.sentences).find((s) => s.marks.en.length === 0);
    expect(plain && textMarks(plain, 'en')).toEqual([]);
  });
});
