// src/korean/: Korean language logic with no UI: words, pronunciation and romanization, numbers.
/**
 * The sound of Korean text, and its Revised Romanization: the one module that the word card, the
 * glossary, the exports and search all take them from (computed at build time).
 *
 * The standard pronunciation: es-hangul's standardizePronunciation without its hardConversion,
 * which tenses too much (현재 → 현째, 인수 → 인쑤), then the one tensification rule that always
 * holds (표준 발음법 제23항): after a final [ㄱ ㄷ ㅂ], an initial ㄱ ㄷ ㅂ ㅅ ㅈ becomes tense
 * (있다 → 읻따, 핵심 → 핵씸). What the rules cannot know (ㄴ insertion in compounds: 영업이익
 * [영엄니익]; Sino-Korean tensing: 실적 [실쩍]) comes from hand-checked readings of parts of the
 * text, the glossary's overrides, which are put in before the rules run, so that a word and the
 * glossary entry inside it always agree (영업이익은 [영엄니이근]). Latin letters and digits are
 * kept as written unless a reading covers them (CEO [시이오]).
 */
import {
  combineCharacter,
  disassembleCompleteCharacter,
  romanize,
  standardizePronunciation,
} from 'es-hangul';

/** A hand-checked sound of text[start, end): as many characters as it covers, spaces in place. */
export interface Reading {
  start: number;
  end: number;
  /** the sound, without brackets: "영엄니익" for 영업이익 */
  sound: string;
}

const OBSTRUENT_FINALS = new Set(['ㄱ', 'ㄷ', 'ㅂ']);
const TENSE: Readonly<Record<string, string>> = {
  ㄱ: 'ㄲ',
  ㄷ: 'ㄸ',
  ㅂ: 'ㅃ',
  ㅅ: 'ㅆ',
  ㅈ: 'ㅉ',
};
const LAX = Object.fromEntries(Object.entries(TENSE).map(([lax, tense]) => [tense, lax]));
const HANGUL = /[가-힣]/;

function tenseAfterObstruents(text: string): string {
  const chars = Array.from(text);
  for (let i = 1; i < chars.length; i++) {
    const prev = disassembleCompleteCharacter(chars[i - 1]!);
    const cur = disassembleCompleteCharacter(chars[i]!);
    if (!prev || !cur || !OBSTRUENT_FINALS.has(prev.jongseong)) continue;
    const tense = TENSE[cur.choseong];
    if (tense) chars[i] = combineCharacter(tense, cur.jungseong, cur.jongseong);
  }
  return chars.join('');
}

/** `brackets` strips the brackets of a glossary override: "[영엄니익]" → "영엄니익". */
export const withoutBrackets = (sound: string) => sound.replace(/^\[|\]$/g, '');

/** The readings that fit the text (a reading must cover as many characters as its sound has). */
const fitting = (text: string, readings: readonly Reading[]) =>
  readings.filter(
    (r) => r.start >= 0 && r.end <= text.length && r.end - r.start === r.sound.length,
  );

/**
 * The sound of `text` without brackets. Each reading is put in first; the rules then run over the
 * whole, and the reading's own sound is kept, but for its last syllable where Hangul follows it
 * in the same word (linking: 영엄니익 + 은 → 영엄니이근).
 */
function sound(text: string, readings: readonly Reading[]): string {
  const chars = Array.from(text);
  const kept = fitting(text, readings);
  for (const r of kept) chars.splice(r.start, r.end - r.start, ...Array.from(r.sound));
  const spoken = tenseAfterObstruents(
    standardizePronunciation(chars.join(''), { hardConversion: false }),
  );
  const out = Array.from(spoken);
  if (out.length !== chars.length) return spoken;
  for (const r of kept) {
    const linked = r.end < chars.length && HANGUL.test(chars[r.end]!) ? 1 : 0;
    for (let i = r.start; i < r.end - linked; i++) out[i] = chars[i]!;
  }
  return out.join('');
}

/** "[읻따]" for 있다: the standard pronunciation, with hand-checked readings put in. */
export function pronounce(text: string, readings: readonly Reading[] = []): string {
  return `[${sound(text, readings)}]`;
}

/** Tense consonants that the sound has and the spelling has not: RR does not write them. */
function untense(spelling: string, spoken: string): string {
  const a = Array.from(spelling);
  const b = Array.from(spoken);
  if (a.length !== b.length) return spoken;
  return b
    .map((ch, i) => {
      const said = disassembleCompleteCharacter(ch);
      const written = disassembleCompleteCharacter(a[i]!);
      const lax = said && LAX[said.choseong];
      if (!said || !lax || written?.choseong !== lax) return ch;
      return combineCharacter(lax, said.jungseong, said.jongseong);
    })
    .join('');
}

/**
 * Revised Romanization (lowercase, spaces kept): it follows the sound (영업이익 yeongeomniik), but
 * for tensing, which RR does not write (실적 siljeok, not siljjeok).
 */
export function romanizeKorean(text: string, readings: readonly Reading[] = []): string {
  if (fitting(text, readings).length === 0) return romanize(text);
  return romanize(untense(text, sound(text, readings)));
}

/**
 * Romanization syllable by syllable, with no sound changes: what a learner types who spells the
 * word out (원격의료 → wongyeokuiryo, where the pronounced form is wongyeoguiryo). Search only.
 */
export function spelledRomanization(text: string): string {
  return Array.from(text, (ch) => (HANGUL.test(ch) ? romanize(ch) : ch)).join('');
}

/** A glossary term's sound and romanization: its hand-checked values, else the rules'. */
export function termSound(term: { ko: string; pronunciation?: string; romanization?: string }): {
  pronunciation: string;
  romanization: string;
} {
  const readings = term.pronunciation
    ? [{ start: 0, end: term.ko.length, sound: withoutBrackets(term.pronunciation) }]
    : [];
  return {
    pronunciation: term.pronunciation ?? pronounce(term.ko),
    romanization: term.romanization ?? romanizeKorean(term.ko, readings),
  };
}
