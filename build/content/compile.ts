/**
 * Turns validated sources into the content the page renders: matches glossary terms to the text,
 * locates numbers and grammar spans, and computes every word's sound. Pure; runs at build and
 * test time, so the page does none of it.
 */
import { spelledRomanization, termSound, withoutBrackets, type Reading } from '../../src/korean/pronunciation.ts';
import type {
  CompiledContent,
  GrammarPattern,
  PatternMark,
  SentenceDetails,
  Term,
  TermMark,
} from '../../src/model/model.ts';
import { compileNumbers, compilePatterns, compileWords } from './compileWords.ts';
import { findTermOccurrences, type TermOccurrence } from './matchTerms.ts';
import type { ArticleSource, GrammarPatternSource, TermSource, WordAnnotation } from './schema.ts';

export interface CompileInput {
  article: ArticleSource;
  terms: TermSource[];
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
    ...termSound(t),
    spelledRomanization: spelledRomanization(t.ko),
    occurrences: occurrences
      .filter((o) => o.termId === t.id && o.lang === 'ko')
      .sort((a, b) => order.get(a.sentenceId)! - order.get(b.sentenceId)! || a.start - b.start)
      .map((o) => ({ sentenceId: o.sentenceId, surface: o.surface, start: o.start, end: o.end })),
  }));
}

/**
 * The hand-checked sounds of the glossary terms in a sentence, where the text spells the
 * headword itself (not another of its forms): a word's sound then agrees with the entry's.
 */
function termReadings(
  ko: string,
  marks: readonly TermMark[],
  termsById: ReadonlyMap<string, TermSource>,
): Reading[] {
  return marks.flatMap((m) => {
    const term = termsById.get(m.termId);
    if (!term?.pronunciation || !ko.startsWith(term.ko, m.start)) return [];
    return [{ start: m.start, end: m.start + term.ko.length, sound: withoutBrackets(term.pronunciation) }];
  });
}

/** Each pattern with its occurrences located, in reading order. */
function compileGrammar(
  patterns: GrammarPatternSource[],
  marksBySentence: ReadonlyMap<string, PatternMark[]>,
): GrammarPattern[] {
  return patterns.map((p) => ({
    ...p,
    occurrences: [...marksBySentence].flatMap(([sentenceId, marks]) =>
      marks
        .filter((m) => m.patternId === p.id)
        .map((m) => ({ sentenceId, start: m.start, end: m.end })),
    ),
  }));
}

export function compileContent(input: CompileInput): CompiledContent {
  const { article, terms, words, patterns } = input;
  const sentences = article.blocks.flatMap((b) => b.sentences);
  const occurrences = findTermOccurrences(terms, sentences);
  const marksOf = (sid: string, lang: 'ko' | 'en') =>
    occurrences
      .filter((o) => o.sentenceId === sid && o.lang === lang)
      .sort((a, b) => a.start - b.start)
      .map(toMark);
  const order = new Map(sentences.map((s, i) => [s.id, i]));
  const termsById = new Map(terms.map((t) => [t.id, t]));

  const details: Record<string, SentenceDetails> = {};
  const patternMarks = new Map<string, PatternMark[]>();
  const blocks = article.blocks.map((b) => ({
    ...b,
    sentences: b.sentences.map((s) => {
      const marks = { ko: marksOf(s.id, 'ko'), en: marksOf(s.id, 'en') };
      const numbers = compileNumbers(s.ko);
      const sentencePatterns = compilePatterns(s, patterns);
      const readings = termReadings(s.ko, marks.ko, termsById);
      patternMarks.set(s.id, sentencePatterns);
      details[s.id] = {
        words: compileWords(s, words.get(s.id) ?? [], marks.ko, numbers, readings),
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
    details: {
      terms: compileTerms(terms, occurrences, order),
      patterns: compileGrammar(patterns, patternMarks),
      sentences: details,
    },
  };
}
