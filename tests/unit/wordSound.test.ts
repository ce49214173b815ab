/**
 * A word and the glossary entry inside it sound the same: the word card and the glossary take
 * both from one module, with the glossary's hand-checked readings. Expected values by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../build/content/load';
import type { WordDetail } from '../../src/model/model';

const { details } = loadContent('content/amazon-healthcare');
const words = Object.values(details.sentences).flatMap((s) => s.words);
const spoken = (w: string) => w.replace(/[^\p{L}\p{N}]/gu, '');
const wordsSpelled = (text: string): WordDetail[] => words.filter((w) => spoken(w.w) === text);

describe('a word and its glossary entry', () => {
  it('agree wherever the word is the headword itself', () => {
    const checked = details.terms.flatMap((term) =>
      wordsSpelled(term.ko).map((w) => [w.w, w.pronunciation, term.pronunciation]),
    );
    expect(checked.length).toBeGreaterThan(10);
    for (const [word, card, entry] of checked) expect(card, word).toBe(entry);
  });

  it.each([
    ['영업이익은', '[영엄니이근]', 'yeongeomniigeun'],
    ['실적이', '[실쩌기]', 'siljeogi'],
    ['CEO가', '[시이오가]', 'siioga'],
    ['B2B에', '[비투비에]', 'bitubie'],
  ])('%s sounds %s (%s), from the entry inside it', (text, pronunciation, romanization) => {
    const [word] = wordsSpelled(text);
    expect(word).toBeDefined();
    expect(word).toMatchObject({ pronunciation, romanization });
  });
});
