/** Turns validated sources into the model the page renders. Pure; runs at build and test time. */
import type { TermOccurrence } from '../glossary/match.ts';
import {
  pronunciationOf,
  romanizationOf,
  spelledRomanizationOf,
} from '../glossary/pronounce.ts';
import { compileNumbers, compilePatterns, compileWords } from './compileWords.ts';
import type { Article, CompiledSentence, TermMark } from './model.ts';
import type {
  ArticleSource,
  GrammarPatternSource,
  TermSource,
  WordAnnotation,
} from './types.ts';

export interface CompileInput {
  article: ArticleSource;
  terms: TermSource[];
  occurrences: TermOccurrence[];
  /** word annotations by sentence id */
  words: ReadonlyMap<string, WordAnnotation[]>;
  patterns: GrammarPatternSource[];
}

const toMark = (o: TermOccurrence): TermMark => ({ start: o.start, end: o.end, termId: o.termId });

export function compileArticle({ article, terms, occurrences, words, patterns }: CompileInput): Article {
  const bySentence = new Map<string, TermOccurrence[]>();
  for (const o of occurrences) {
    const list = bySentence.get(o.sentenceId) ?? [];
    list.push(o);
    bySentence.set(o.sentenceId, list);
  }
  const marksOf = (sid: string, lang: 'ko' | 'en') =>
    (bySentence.get(sid) ?? [])
      .filter((o) => o.lang === lang)
      .sort((a, b) => a.start - b.start)
      .map(toMark);

  const order = new Map<string, number>();
  article.blocks.flatMap((b) => b.sentences).forEach((s, i) => order.set(s.id, i));

  return {
    slug: article.slug,
    meta: article.meta,
    blocks: article.blocks.map((b) => ({
      ...b,
      sentences: b.sentences.map((s): CompiledSentence => {
        const marks = { ko: marksOf(s.id, 'ko'), en: marksOf(s.id, 'en') };
        const numbers = compileNumbers(s.ko);
        return {
          ...s,
          marks,
          numbers,
          words: compileWords(s, words.get(s.id) ?? [], marks.ko, numbers),
          patterns: compilePatterns(s, patterns),
        };
      }),
    })),
    terms: terms.map((t) => ({
      ...t,
      romanization: romanizationOf(t),
      spelledRomanization: spelledRomanizationOf(t.ko),
      pronunciation: pronunciationOf(t),
      occurrences: occurrences
        .filter((o) => o.termId === t.id && o.lang === 'ko')
        .sort((a, b) => order.get(a.sentenceId)! - order.get(b.sentenceId)! || a.start - b.start)
        .map((o) => ({ sentenceId: o.sentenceId, surface: o.surface, start: o.start, end: o.end })),
    })),
    patterns,
  };
}
