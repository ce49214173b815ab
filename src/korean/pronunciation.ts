/**
 * The standard pronunciation of a word, for the word card. es-hangul's standardizePronunciation
 * tenses too much with its default hardConversion (현재 → 현째, 인수 → 인쑤) and too little
 * without it (있다 → 읻다, 핵심 → 핵심). So: es-hangul without hardConversion, then the one
 * tensification rule that always holds (표준 발음법 제23항): after a final [ㄱ ㄷ ㅂ], an initial
 * ㄱ ㄷ ㅂ ㅅ ㅈ becomes tense (있다 → 읻따, 핵심 → 핵씸, 확대 → 확때). Sino-Korean ㄹ+ㄷㅅㅈ
 * tensing (실적 → 실쩍, 제26항) depends on the word's origin and is left to hand-checked values.
 */
import {
  combineCharacter,
  disassembleCompleteCharacter,
  standardizePronunciation,
} from 'es-hangul';

const OBSTRUENT_FINALS = new Set(['ㄱ', 'ㄷ', 'ㅂ']);
const TENSE: Record<string, string> = { ㄱ: 'ㄲ', ㄷ: 'ㄸ', ㅂ: 'ㅃ', ㅅ: 'ㅆ', ㅈ: 'ㅉ' };

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

/** "[읻따]" for 있다; spaces and non-Hangul are kept as they are. */
export function pronounceWord(hangul: string): string {
  return `[${tenseAfterObstruents(standardizePronunciation(hangul, { hardConversion: false }))}]`;
}
