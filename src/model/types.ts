/** The content model: what `content/<slug>/*.json` holds once validated and compiled. */

export type Lang = 'ko' | 'en';

export interface Bilingual {
  ko: string;
  en: string;
}

export const BLOCK_TYPES = [
  'headline',
  'deck',
  'paragraph',
  'caption',
  'byline',
  'copyright',
] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

export interface Sentence {
  id: string;
  ko: string;
  en: string;
  notes?: Bilingual[];
}

export interface Block {
  id: string;
  type: BlockType;
  sentences: Sentence[];
}

export interface ArticleMeta {
  title: Bilingual;
  outlet: Bilingual;
  reporter: Bilingual;
  photoCredits: Bilingual[];
  languages: { source: 'ko'; target: 'en' };
}

export interface ArticleSource {
  slug: string;
  meta: ArticleMeta;
  blocks: Block[];
}

export const POS = [
  'noun',
  'proper-noun',
  'pronoun',
  'dependent-noun',
  'number',
  'counter',
  'verb',
  'adjective',
  'auxiliary',
  'copula',
  'adverb',
  'determiner',
  'particle',
  'ending',
  'prefix',
  'suffix',
  'foreign',
  'punctuation',
  'symbol',
] as const;
export type PartOfSpeech = (typeof POS)[number];

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

export interface WordAnnotation {
  /** the 어절 exactly as in the sentence */
  w: string;
  /** English gloss of the word in this sentence */
  g: string;
  m: Morpheme[];
  contraction?: { from: string; to: string };
}

export interface WordsFile {
  block: string;
  sentences: Record<string, WordAnnotation[]>;
}

export const TERM_CATEGORIES = [
  'company',
  'product',
  'role',
  'business',
  'healthcare',
  'technology',
  'general',
] as const;
export type TermCategory = (typeof TERM_CATEGORIES)[number];

export const TERM_POS = ['noun', 'proper-noun', 'verb', 'adjective', 'adverb', 'phrase'] as const;
export type TermPos = (typeof TERM_POS)[number];

export interface TermSource {
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
  forms?: string[];
  enForms?: string[];
  pronunciation?: string;
  romanization?: string;
}

export interface GlossarySource {
  terms: TermSource[];
}

export interface GrammarPatternSource {
  id: string;
  form: string;
  meaning: Bilingual;
  register: Bilingual;
  occurrences: { sentence: string; span: string }[];
}

export interface GrammarSource {
  patterns: GrammarPatternSource[];
}
