/**
 * Where glossary terms occur in the article: computed, never typed (docs/content-format.md).
 *
 * Korean: one combined RegExp over every term's forms. Each match is a zero-width lookahead at
 * a word start, so every word start is tried once (linear in the text per form) and candidates
 * that overlap are all seen; the longest form then wins and no two occurrences overlap.
 * English: for each sentence, the English forms of the terms found in its Korean.
 */
import type { TermSource } from './schema.ts';

export interface TermOccurrence {
  termId: string;
  sentenceId: string;
  lang: 'ko' | 'en';
  start: number;
  end: number;
  surface: string;
}

export interface MatchSentence {
  id: string;
  ko: string;
  en: string;
}

interface Candidate {
  occurrence: TermOccurrence;
  /** length of the form itself (spaces removed), before any particles */
  formLength: number;
}

/** A Korean form starts the string or follows whitespace or one of ' ‘ ’ " “ ( · , */
const WORD_START = String.raw`(?<=^|[\s'‘’"“(·,])`;
/** an optional parenthetical written right after the form: 헤일로(Halo)를 */
const PARENTHETICAL = String.raw`(?:\([^()]{1,100}\))?`;
/** the rest of the word: attached particles and endings */
const PARTICLES = '[가-힣]*';
const ENDS_IN_LATIN = /[A-Za-z0-9]$/;
/** a letter or digit of English text (Latin, accents included): whole-word boundaries */
const LATIN_WORD_CHAR = String.raw`[0-9A-Za-z\u00C0-\u024F]`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function withoutSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}

/** A space inside a Korean form matches zero or more whitespace; Latin ends are whole tokens. */
function koFormPattern(form: string): string {
  const body = form
    .trim()
    .split(/\s+/)
    .map(escapeRegExp)
    .join(String.raw`\s*`);
  return ENDS_IN_LATIN.test(form) ? `${body}(?![A-Za-z0-9])` : body;
}

interface KoMatcher {
  regExp: RegExp;
  /** form without spaces → the (first) term that owns it */
  owner: Map<string, TermSource>;
}

function buildKoMatcher(terms: TermSource[]): KoMatcher {
  const owner = new Map<string, TermSource>();
  const forms: string[] = [];
  for (const term of terms) {
    for (const form of [term.ko, ...(term.forms ?? [])]) {
      const key = withoutSpaces(form);
      if (key === '' || owner.has(key)) continue;
      owner.set(key, term);
      forms.push(form);
    }
  }
  // Longest first, so that at one position the longest form is the one the alternation takes.
  forms.sort((a, b) => withoutSpaces(b).length - withoutSpaces(a).length);
  const alternation = forms.map(koFormPattern).join('|');
  const regExp = new RegExp(
    `${WORD_START}(?=((${alternation})${PARENTHETICAL}${PARTICLES}))`,
    'gu',
  );
  return { regExp, owner };
}

/**
 * Every match of a global RegExp, each search restarting one past the previous match's start
 * (the Korean match is zero-width; overlapping candidates are resolved by keepLongest). An exec
 * loop on the RegExp compiled once: matchAll would clone it on every call.
 */
function allMatches(regExp: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  regExp.lastIndex = 0;
  for (let match = regExp.exec(text); match; match = regExp.exec(text)) {
    matches.push(match);
    regExp.lastIndex = match.index + 1;
  }
  return matches;
}

/** Built field by field (an object spread here is several times slower in V8). */
function occurrence(
  termId: string,
  sentenceId: string,
  lang: TermOccurrence['lang'],
  start: number,
  surface: string,
): TermOccurrence {
  return { termId, sentenceId, lang, start, end: start + surface.length, surface };
}

function koCandidates(matcher: KoMatcher, sentence: MatchSentence): Candidate[] {
  const candidates: Candidate[] = [];
  for (const match of allMatches(matcher.regExp, sentence.ko)) {
    const key = withoutSpaces(match[2] ?? '');
    const term = matcher.owner.get(key);
    if (term === undefined) continue;
    candidates.push({
      occurrence: occurrence(term.id, sentence.id, 'ko', match.index, match[1] ?? ''),
      formLength: key.length,
    });
  }
  return candidates;
}

interface EnMatcher {
  termId: string;
  regExp: RegExp;
}

/** Case-insensitive whole words, plural -s/-es allowed, longest form first; null without forms. */
function buildEnMatcher(term: TermSource): EnMatcher | null {
  const forms = [...new Set([...term.en, ...(term.enForms ?? [])].map((form) => form.trim()))]
    .filter((form) => form !== '')
    .sort((a, b) => b.length - a.length)
    .map((form) =>
      form
        .split(/\s+/)
        .map(escapeRegExp)
        .join(String.raw`\s+`),
    );
  if (forms.length === 0) return null;
  const pattern = `(?<!${LATIN_WORD_CHAR})(${forms.join('|')})(?:e?s)?(?!${LATIN_WORD_CHAR})`;
  return { termId: term.id, regExp: new RegExp(pattern, 'gi') };
}

/** English candidates of the terms present in the sentence's Korean, in glossary order. */
function enCandidates(
  matchers: EnMatcher[],
  present: Set<string>,
  sentence: MatchSentence,
): Candidate[] {
  const candidates: Candidate[] = [];
  for (const { termId, regExp } of matchers) {
    if (!present.has(termId)) continue;
    for (const match of allMatches(regExp, sentence.en)) {
      candidates.push({
        occurrence: occurrence(termId, sentence.id, 'en', match.index, match[0]),
        formLength: withoutSpaces(match[1] ?? '').length,
      });
    }
  }
  return candidates;
}

/**
 * Longest form first (then the earlier start, then glossary order, as the candidates come);
 * a candidate that overlaps one already kept is dropped. Result sorted by start.
 */
function keepLongest(candidates: Candidate[], textLength: number): TermOccurrence[] {
  const taken = new Uint8Array(textLength);
  const kept: TermOccurrence[] = [];
  const ordered = [...candidates].sort(
    (a, b) => b.formLength - a.formLength || a.occurrence.start - b.occurrence.start,
  );
  for (const { occurrence: candidate } of ordered) {
    if (!isFree(taken, candidate.start, candidate.end)) continue;
    taken.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function isFree(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i] === 1) return false;
  return true;
}

/**
 * Every occurrence of every term, sentence by sentence in input order: the Korean occurrences
 * sorted by start, then the English ones sorted by start.
 */
export function findTermOccurrences(
  terms: TermSource[],
  sentences: MatchSentence[],
): TermOccurrence[] {
  const koMatcher = buildKoMatcher(terms);
  const enMatchers = terms.map(buildEnMatcher).filter((matcher) => matcher !== null);
  const result: TermOccurrence[] = [];
  for (const sentence of sentences) {
    const ko = keepLongest(koCandidates(koMatcher, sentence), sentence.ko.length);
    const present = new Set(ko.map((found) => found.termId));
    const en = keepLongest(enCandidates(enMatchers, present, sentence), sentence.en.length);
    for (const found of [...ko, ...en]) result.push(found);
  }
  return result;
}

/** Occurrences grouped by sentence id, each group sorted by start (stable). */
export function occurrencesBySentence(
  occurrences: TermOccurrence[],
): Map<string, TermOccurrence[]> {
  const bySentence = new Map<string, TermOccurrence[]>();
  for (const found of occurrences) {
    const group = bySentence.get(found.sentenceId) ?? [];
    group.push(found);
    bySentence.set(found.sentenceId, group);
  }
  for (const group of bySentence.values()) group.sort((a, b) => a.start - b.start);
  return bySentence;
}
