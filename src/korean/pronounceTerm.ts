/**
 * Pronunciation and romanization of a glossary headword. A hand-checked override in
 * glossary.json always wins; otherwise es-hangul gives a draft, which has known gaps (no ㄴ
 * insertion in compounds: 영업이익 gives [영어비익], not [영엄니익]; see docs/stack.md).
 *
 * Latin letters and digits in a headword (CEO, B2B, AI 헬스케어) are kept exactly as written:
 * es-hangul passes them through untouched and only the Hangul is converted, so
 * romanizationOf({ ko: 'B2B 영업' }) is 'B2B yeongeop' and pronunciationOf({ ko: 'CEO' }) is
 * '[CEO]'. A learner-friendly reading such as [씨이오] needs an override.
 */
import { romanize, standardizePronunciation } from 'es-hangul';
import type { TermSource } from '../model/types.ts';

/** "[영엄니익]": the override, else es-hangul's standard pronunciation of the headword. */
export function pronunciationOf(term: Pick<TermSource, 'ko' | 'pronunciation'>): string {
  return term.pronunciation ?? `[${standardizePronunciation(term.ko)}]`;
}

/** The override, else es-hangul's Revised Romanization of the headword (lowercase, spaces kept). */
export function romanizationOf(term: Pick<TermSource, 'ko' | 'romanization'>): string {
  return term.romanization ?? romanize(term.ko);
}

/**
 * Romanization syllable by syllable, with no sound changes: what a learner types who spells the
 * word out (원격의료 → wongyeokuiryo, where the pronounced form is wongyeoguiryo). Search only.
 */
export function spelledRomanizationOf(ko: string): string {
  return Array.from(ko, (ch) => (/[가-힣]/.test(ch) ? romanize(ch) : ch)).join('');
}
