/** The compiled article the page receives: already validated, no parsing left to do. */
import type { ArticleMeta, BlockType, Sentence, TermSource } from './types.ts';

export interface Span {
  start: number;
  end: number;
}

/** A glossary term's occurrence inside one sentence's Korean or English. */
export interface TermMark extends Span {
  termId: string;
}

export interface CompiledSentence extends Sentence {
  marks: { ko: TermMark[]; en: TermMark[] };
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

export interface Article {
  slug: string;
  meta: ArticleMeta;
  blocks: CompiledBlock[];
  terms: Term[];
}
