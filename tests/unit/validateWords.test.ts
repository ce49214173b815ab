import { describe, expect, it } from 'vitest';
import { readContentText } from '../../build/content/load';
import { ProblemList } from '../../build/content/errors';
import type { Block, WordAnnotation } from '../../build/content/schema';
import { rebuildWord, validateWords } from '../../build/content/validateWords';
import { splitWords } from '../../src/korean/words';

const DIR = 'content/amazon-healthcare';
const blocks: Block[] = JSON.parse(readContentText(`${DIR}/article.json`)).blocks;
const blockOf = (id: string) => blocks.find((b) => b.id === id)!;
const good = (id: string) => JSON.parse(readContentText(`${DIR}/words/${id}.json`));

function problemsOf(id: string, raw: unknown): string[] {
  const problems = new ProblemList();
  validateWords(`words/${id}.json`, raw, blockOf(id), problems);
  return problems.items.map((p) => `${p.file} [${p.id}]: ${p.problem}`);
}

/** The headline's words: 아마존에서 가장 큰 이익을 올리는 아마존웹서비스(AWS) */
const headline = () => {
  const raw = good('headline');
  return { raw, words: raw.sentences['headline-1'] };
};

describe('the real words files', () => {
  it.each(blocks.map((b) => [b.id]))('words/%s.json validates with no problem', (id) => {
    expect(problemsOf(id, good(id))).toEqual([]);
  });
});

describe('broken words are rejected, naming file, sentence and word', () => {
  it('a word with no annotation', () => {
    const { raw, words } = headline();
    words.pop();
    expect(problemsOf('headline', raw)).toEqual([
      'words/headline.json [headline-1]: word "아마존웹서비스(AWS)" has no annotation',
    ]);
  });

  it('morphemes that do not rebuild the word', () => {
    const { raw, words } = headline();
    words[3].m[1].f = '를';
    expect(problemsOf('headline', raw)).toEqual([
      'words/headline.json [headline-1]: word "이익을": morphemes give "이익를" (declare a contraction if one is meant)',
    ]);
  });

  it('a contraction that does not rebuild the word', () => {
    const { raw, words } = headline();
    words[2].contraction.to = '컨';
    expect(problemsOf('headline', raw)).toEqual([
      'words/headline.json [headline-1]: word "큰": morphemes with the contraction 크ㄴ→컨 give "컨"',
    ]);
  });

  it('a verb without its lemma', () => {
    const { raw, words } = headline();
    delete words[4].m[0].lemma;
    expect(problemsOf('headline', raw)).toEqual([
      'words/headline.json [headline-1]: word "올리는": verb "올리" needs its dictionary form (lemma)',
    ]);
  });

  it('a particle without its role', () => {
    const { raw, words } = headline();
    delete words[0].m[1].role;
    expect(problemsOf('headline', raw)).toEqual([
      'words/headline.json [headline-1]: word "아마존에서": particle "에서" needs its role in plain words',
    ]);
  });

  it('an annotation for another word than the text has', () => {
    const { raw, words } = headline();
    words[1].w = '가장가';
    expect(problemsOf('headline', raw)).toEqual([
      'words/headline.json [headline-1]: word 2 is "가장", annotation says "가장가"',
    ]);
  });

  it('a part of speech the reader does not know', () => {
    const { raw, words } = headline();
    words[1].m[0].pos = 'conjunction';
    expect(problemsOf('headline', raw)).toEqual([
      'words/headline.json [headline-1]: sentences.headline-1.1.m.0.pos: unknown part of speech "conjunction"',
    ]);
  });

  it('annotations beyond the last word', () => {
    const { raw, words } = headline();
    words.push({ ...words[5] }, { ...words[5] });
    expect(problemsOf('headline', raw)).toEqual([
      'words/headline.json [headline-1]: 2 annotation(s) beyond the last word',
    ]);
  });
});

describe('splitWords', () => {
  it('splits on spaces and on the U+2008 punctuation space', () => {
    expect(splitWords('전 세계\u2008AI')).toEqual(['전', '세계', 'AI']);
  });

  it('ignores leading, trailing and repeated whitespace', () => {
    expect(splitWords('  아마존은  이미 ')).toEqual(['아마존은', '이미']);
  });
});

describe('rebuildWord', () => {
  const haetda = (contraction?: { from: string; to: string }): WordAnnotation => ({
    w: '했다',
    g: 'did',
    m: [
      { f: '하', pos: 'verb', lemma: '하다' },
      { f: '였', pos: 'ending', role: 'past tense' },
      { f: '다', pos: 'ending', role: 'sentence ending (plain declarative)' },
    ],
    ...(contraction ? { contraction } : {}),
  });

  it('joins the forms when no contraction is declared', () => {
    expect(rebuildWord(haetda())).toBe('하였다');
  });

  it('applies a declared contraction', () => {
    expect(rebuildWord(haetda({ from: '하였', to: '했' }))).toBe('했다');
  });

  it('applies the contraction once only', () => {
    const word: WordAnnotation = {
      w: '간가ㄴ',
      g: '',
      m: [
        { f: '가', pos: 'verb', lemma: '가다' },
        { f: 'ㄴ', pos: 'ending', role: 'adnominal (past)' },
        { f: '가', pos: 'verb', lemma: '가다' },
        { f: 'ㄴ', pos: 'ending', role: 'adnominal (past)' },
      ],
      contraction: { from: '가ㄴ', to: '간' },
    };
    expect(rebuildWord(word)).toBe('간가ㄴ');
  });
});
