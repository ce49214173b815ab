/** The compiled article the page receives: already validated, no parsing left to do. */
import type {
  ArticleMeta,
  BlockType,
  GrammarPatternSource,
  Morpheme,
  Sentence,
  TermSource,
} from './types.ts';

export interface Span {
  start: number;
  end: number;
}

/** A glossary term's occurrence inside one sentence's Korean or English. */
export interface TermMark extends Span {
  termId: string;
}

/** One word (어절) of a Korean sentence, with its annotation and what overlaps it. */
export interface Word extends Span {
  /** stable: `<sentence id>-w<n>`, n from 1 */
  id: string;
  w: string;
  g: string;
  m: Morpheme[];
  contraction?: { from: string; to: string };
  romanization: string;
  pronunciation: string;
  /** glossary terms whose occurrence overlaps this word */
  termIds: string[];
  /** the number expression this word is part of, an index into the sentence's numbers */
  number?: number;
}

/** A Korean number expression (39억 달러, 37%), read three ways at build time. */
export interface NumberMark extends Span {
  text: string;
  digits: string;
  english: string;
  hangul: string;
}

/** Where a grammar pattern shows in a sentence. */
export interface PatternMark extends Span {
  patternId: string;
}

export interface CompiledSentence extends Sentence {
  marks: { ko: TermMark[]; en: TermMark[] };
  words: Word[];
  numbers: NumberMark[];
  patterns: PatternMark[];
}

export interface CompiledBlock {
  id: string;
  type: BlockType;
  sentences: CompiledSentence[];
}

export interface TermOccurrenceRef extends Span {
  sentenceId: string;
  surface: string;
}

export interface Term extends TermSource {
  romanization: string;
  /** syllable by syllable, for search: what a learner types who spells the word out */
  spelledRomanization: string;
  pronunciation: string;
  /** every place the term occurs in the Korean, in reading order */
  occurrences: TermOccurrenceRef[];
}

export type GrammarPattern = GrammarPatternSource;

export interface Article {
  slug: string;
  meta: ArticleMeta;
  blocks: CompiledBlock[];
  terms: Term[];
  patterns: GrammarPattern[];
}
