/** Turns validated sources into the content the page renders. Pure; runs at build and test time. */
import type { TermOccurrence } from './matchTerms.ts';
import {
  pronunciationOf,
  romanizationOf,
  spelledRomanizationOf,
} from '../../src/korean/pronounceTerm.ts';
import { compileNumbers, compilePatterns, compileWords } from './compileWords.ts';
import type { CompiledContent, SentenceDetails, Term, TermMark } from '../../src/model/model.ts';
import type { ArticleSource, GrammarPatternSource, TermSource, WordAnnotation } from '../../src/model/types.ts';

export interface CompileInput {
  article: ArticleSource;
  terms: TermSource[];
  occurrences: TermOccurrence[];
  /** word annotations by sentence id */
  words: ReadonlyMap<string, WordAnnotation[]>;
  patterns: GrammarPatternSource[];
}

const toMark = (o: TermOccurrence): TermMark => ({ start: o.start, end: o.end, termId: o.termId });

function compileTerms(
  terms: TermSource[],
  occurrences: TermOccurrence[],
  order: ReadonlyMap<string, number>,
): Term[] {
  return terms.map((t) => ({
    ...t,
    romanization: romanizationOf(t),
    spelledRomanization: spelledRomanizationOf(t.ko),
    pronunciation: pronunciationOf(t),
    occurrences: occurrences
      .filter((o) => o.termId === t.id && o.lang === 'ko')
      .sort((a, b) => order.get(a.sentenceId)! - order.get(b.sentenceId)! || a.start - b.start)
      .map((o) => ({ sentenceId: o.sentenceId, surface: o.surface, start: o.start, end: o.end })),
  }));
}

export function compileContent(input: CompileInput): CompiledContent {
  const { article, terms, occurrences, words, patterns } = input;
  const marksOf = (sid: string, lang: 'ko' | 'en') =>
    occurrences
      .filter((o) => o.sentenceId === sid && o.lang === lang)
      .sort((a, b) => a.start - b.start)
      .map(toMark);
  const sentences = article.blocks.flatMap((b) => b.sentences);
  const order = new Map(sentences.map((s, i) => [s.id, i]));

  const details: Record<string, SentenceDetails> = {};
  const blocks = article.blocks.map((b) => ({
    ...b,
    sentences: b.sentences.map((s) => {
      const marks = { ko: marksOf(s.id, 'ko'), en: marksOf(s.id, 'en') };
      const numbers = compileNumbers(s.ko);
      const sentencePatterns = compilePatterns(s, patterns);
      details[s.id] = {
        words: compileWords(s, words.get(s.id) ?? [], marks.ko, numbers),
        numbers,
        patterns: sentencePatterns,
      };
      return {
        ...s,
        marks,
        numbers: numbers.map(({ start, end }) => ({ start, end })),
        patternCount: new Set(sentencePatterns.map((p) => p.patternId)).size,
      };
    }),
  }));

  return {
    article: { slug: article.slug, meta: article.meta, blocks },
    details: { terms: compileTerms(terms, occurrences, order), patterns, sentences: details },
  };
}
