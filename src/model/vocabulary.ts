/** The closed vocabularies of the content: what a block, a morpheme and a glossary term can be. */

export const BLOCK_TYPES = [
  'headline',
  'deck',
  'paragraph',
  'caption',
  'byline',
  'copyright',
] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

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
