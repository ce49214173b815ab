/**
 * The DOM contract of the article text: the data-* attributes that sentences, words, terms and
 * the markers after a sentence carry, the attribute sets that components put on them, and the
 * selectors and look-ups built from them. Nothing else spells these names: the reader's code,
 * the tests and the scripts all go through this module.
 */

/** The attribute names (for code that runs in a page it cannot import into, e.g. a test's evaluate). */
export const TEXT_ATTRIBUTE = {
  sentence: 'data-sid',
  nav: 'data-nav',
  word: 'data-word',
  term: 'data-term',
  termStart: 'data-start',
  grammar: 'data-grammar',
  reveal: 'data-reveal',
  sentenceControl: 'data-sentence-control',
} as const;
const {
  sentence: SENTENCE,
  nav: NAV,
  word: WORD,
  term: TERM,
  termStart: TERM_START,
  grammar: GRAMMAR,
  reveal: REVEAL,
  sentenceControl: SENTENCE_CONTROL,
} = TEXT_ATTRIBUTE;

/** A value inside a CSS attribute selector: quotes and backslashes escaped (no CSS.escape in Node). */
const quoted = (value: string | number) => `"${String(value).replace(/["\\]/g, '\\$&')}"`;

const has = (attribute: string, value?: string | number) =>
  value === undefined ? `[${attribute}]` : `[${attribute}=${quoted(value)}]`;

/** The attributes each kind of element carries (spread onto the JSX element). */
export const textAttributes = {
  /** One sentence in one language; its counterpart has the same id. `nav`: J/K stop on it. */
  sentence: (id: string, nav: boolean) => ({ [SENTENCE]: id, [NAV]: nav ? '' : undefined }),
  word: (id: string) => ({ [WORD]: id }),
  /** A glossary term; `start` is where its occurrence starts in the sentence. */
  term: (id: string, start: number) => ({ [TERM]: id, [TERM_START]: start }),
  /** The grammar marker after a sentence (its controls follow it in ← → order). */
  grammarMarker: (sentenceId: string) => ({
    [GRAMMAR]: sentenceId,
    [SENTENCE_CONTROL]: sentenceId,
  }),
  /** The EN button after a Korean-only sentence. */
  revealButton: (sentenceId: string) => ({ [REVEAL]: sentenceId, [SENTENCE_CONTROL]: sentenceId }),
} as const;

export const textSelectors = {
  /** Any sentence, or both sides of one (`id`), or one side (`lang`). */
  sentence: (id?: string, lang?: 'ko' | 'en') =>
    `${has(SENTENCE, id)}${lang ? `[lang="${lang}"]` : ''}`,
  /** The sentences J/K move between: one per sentence, in the primary language. */
  navSentence: (id?: string) => `${has(SENTENCE, id)}${has(NAV)}`,
  word: (id?: string) => has(WORD, id),
  term: (id?: string, start?: number) =>
    `${has(TERM, id)}${start === undefined ? '' : has(TERM_START, start)}`,
  /** The markers after a sentence that open something: grammar card, English. */
  marker: `${has(GRAMMAR)}, ${has(REVEAL)}`,
  grammarMarker: (sentenceId?: string) => has(GRAMMAR, sentenceId),
  revealButton: (sentenceId?: string) => has(REVEAL, sentenceId),
  /** The buttons that follow a sentence. */
  controlsOf: (sentenceId: string) => has(SENTENCE_CONTROL, sentenceId),
} as const;

/** What an element of the text is, read back from its attributes (null where it has none). */
export const readText = {
  /** The id of the sentence an element is in. */
  sentenceId: (el: Element) => el.closest(has(SENTENCE))?.getAttribute(SENTENCE) ?? null,
  /** The sentence element an element is in. */
  sentence: (el: Element) => el.closest<HTMLElement>(has(SENTENCE)),
  /** The id of the glossary term an element is in. */
  termId: (el: Element) => el.closest(has(TERM))?.getAttribute(TERM) ?? null,
  /** The sentence a marker (grammar, EN) belongs to. */
  controlledSentence: (el: Element) => el.getAttribute(SENTENCE_CONTROL),
  /** What a control opens: a word, a term, a sentence's grammar card, or its English. */
  control: (el: Element) => ({
    word: el.getAttribute(WORD),
    term: el.getAttribute(TERM),
    grammar: el.getAttribute(GRAMMAR),
    reveal: el.getAttribute(REVEAL),
  }),
} as const;
