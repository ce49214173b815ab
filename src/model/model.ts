// src/model/: the compiled content model the page receives, its vocabularies, loading and lookups.
/**
 * The compiled content the page receives: already validated, no parsing left to do. It comes in
 * two parts. `Article` is what the first render needs (the aligned text and where terms, numbers
 * and grammar patterns sit) and ships with the page; `ArticleDetails` (word breakdowns, the
 * glossary, grammar explanations, number readings) loads right after the first paint.
 */
import type { BlockType, PartOfSpeech, TermCategory, TermPos } from './vocabulary.ts';

export type Lang = 'ko' | 'en';

export interface Bilingual {
  ko: string;
  en: string;
}

export interface ArticleMeta {
  title: Bilingual;
  outlet: Bilingual;
  reporter: Bilingual;
  photoCredits: Bilingual[];
  languages: { source: 'ko'; target: 'en' };
}

export interface Morpheme {
  /** the form as it stands in the word */
  f: string;
  pos: PartOfSpeech;
  /** dictionary form of a stem (올리다, 하다, 이다) */
  lemma?: string;
  /** what a particle, ending or suffix does, in plain words */
  role?: string;
  /** English gloss of the morpheme */
  g?: string;
}

export interface Span {
  start: number;
  end: number;
}

/** A glossary term's occurrence inside one sentence's Korean or English. */
export interface TermMark extends Span {
  termId: string;
}

export interface CompiledSentence {
  id: string;
  ko: string;
  en: string;
  /** translator's notes */
  notes?: Bilingual[];
  marks: { ko: TermMark[]; en: TermMark[] };
  /** where numbers (39억 달러, 37%) are in the Korean */
  numbers: Span[];
  /** how many grammar patterns the sentence shows */
  patternCount: number;
}

export interface CompiledBlock {
  id: string;
  type: BlockType;
  sentences: CompiledSentence[];
}

export interface Article {
  slug: string;
  meta: ArticleMeta;
  blocks: CompiledBlock[];
}

/** One word (어절) of a Korean sentence: its annotation and what overlaps it. */
export interface WordDetail {
  w: string;
  g: string;
  m: Morpheme[];
  contraction?: { from: string; to: string };
  romanization: string;
  pronunciation: string;
  /** glossary terms whose occurrence overlaps this word */
  termIds: string[];
  /** the number expression this word is part of: an index into the sentence's numbers */
  number?: number;
}

/** A Korean number expression read three ways at build time. */
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

export interface SentenceDetails {
  /** in word order; word n (from 1) has the id `<sentence id>-w<n>` */
  words: WordDetail[];
  numbers: NumberMark[];
  patterns: PatternMark[];
}

export interface TermOccurrenceRef extends Span {
  sentenceId: string;
  surface: string;
}

/** A glossary term as the page shows it: the entry, its sound and where it occurs. */
export interface Term {
  id: string;
  ko: string;
  en: string[];
  pos: TermPos;
  category: TermCategory;
  definition: Bilingual;
  hanja?: string;
  origin?: string;
  abbreviation?: { short: string; long: string };
  related: string[];
  /** other Korean forms of the term in the text */
  forms?: string[];
  enForms?: string[];
  romanization: string;
  pronunciation: string;
  /** syllable by syllable, for search: what a learner types who spells the word out */
  spelledRomanization: string;
  /** every place the term occurs in the Korean, in reading order */
  occurrences: TermOccurrenceRef[];
}

/** A grammar pattern and every place it occurs, located at build time. */
export interface GrammarPattern {
  id: string;
  form: string;
  meaning: Bilingual;
  register: Bilingual;
  occurrences: (Span & { sentenceId: string })[];
}

export interface ArticleDetails {
  terms: Term[];
  patterns: GrammarPattern[];
  sentences: Record<string, SentenceDetails>;
}

export interface CompiledContent {
  article: Article;
  details: ArticleDetails;
}

/** The id of word n (from 0) of a sentence. */
export const wordId = (sentenceId: string, index: number) => `${sentenceId}-w${index + 1}`;
