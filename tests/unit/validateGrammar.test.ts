import { describe, expect, it } from 'vitest';
import { readContentText } from '../../build/content/load';
import { ProblemList } from '../../build/content/errors';
import type { Sentence } from '../../build/content/schema';
import { validateGrammar } from '../../build/content/validateGrammar';

const DIR = 'content/amazon-healthcare';
const sentences = new Map<string, Sentence>(
  JSON.parse(readContentText(`${DIR}/article.json`))
    .blocks.flatMap((b: { sentences: Sentence[] }) => b.sentences)
    .map((s: Sentence) => [s.id, s]),
);
const good = () => JSON.parse(readContentText(`${DIR}/grammar.json`));

function problemsOf(raw: unknown): string[] {
  const problems = new ProblemList();
  validateGrammar('grammar.json', raw, sentences, problems);
  return problems.items.map((p) => `${p.file} [${p.id}]: ${p.problem}`);
}

/** The first pattern, -는 것은 적절하지 않다, found once in p1-1. */
const FIRST = 'neun-geoseun-jeokjeolhaji-anta';

describe('grammar validation names the pattern', () => {
  it('accepts the real grammar file', () => {
    expect(problemsOf(good())).toEqual([]);
  });

  it('a span that is not in its sentence', () => {
    const raw = good();
    expect(raw.patterns[0].id).toBe(FIRST);
    raw.patterns[0].occurrences[0].span = '묘사하는 것은 적절치 않다';
    expect(problemsOf(raw)).toEqual([
      `grammar.json [${FIRST}]: span "묘사하는 것은 적절치 않다" is not in sentence p1-1`,
    ]);
  });

  it('an occurrence in a sentence that does not exist', () => {
    const raw = good();
    raw.patterns[0].occurrences[0].sentence = 'p1-9';
    expect(problemsOf(raw)).toEqual([`grammar.json [${FIRST}]: sentence "p1-9" does not exist`]);
  });

  it('a duplicate id', () => {
    const raw = good();
    raw.patterns.push({ ...raw.patterns[0] });
    expect(problemsOf(raw)).toEqual([`grammar.json [${FIRST}]: duplicate pattern id`]);
  });

  it('a pattern with no occurrence', () => {
    const raw = good();
    raw.patterns[0].occurrences = [];
    expect(problemsOf(raw)).toEqual([
      `grammar.json [${FIRST}]: patterns.0.occurrences: a pattern needs at least one occurrence`,
    ]);
  });

  it('a missing meaning', () => {
    const raw = good();
    delete raw.patterns[0].meaning;
    expect(problemsOf(raw)).toEqual([`grammar.json [${FIRST}]: patterns.0.meaning: is missing`]);
  });
});
