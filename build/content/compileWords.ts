/** Build-time enrichment of a Korean sentence: its words, numbers and grammar spans. Pure. */
import { findKoreanNumbers, readHangul, toDigits, toEnglish } from '../../src/korean/numbers.ts';
import { pronounce, romanizeKorean, type Reading } from '../../src/korean/pronunciation.ts';
import { wordSpans } from '../../src/korean/words.ts';
import type {
  NumberMark,
  PatternMark,
  Span,
  TermMark,
  WordDetail,
} from '../../src/model/model.ts';
import type { GrammarPatternSource, Sentence, WordAnnotation } from './schema.ts';

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Letters and digits are read aloud; punctuation is not. */
const SPOKEN = /[\p{L}\p{N}]/u;

export function compileNumbers(ko: string): NumberMark[] {
  return findKoreanNumbers(ko).map((n) => ({
    start: n.start,
    end: n.end,
    text: n.text,
    digits: toDigits(n),
    english: toEnglish(n),
    hangul: readHangul(n),
  }));
}

/**
 * What of a word is read aloud, with the readings (sentence offsets) moved onto it. A reading
 * that punctuation interrupts, or that the word cuts, keeps only the part inside the word.
 */
function spokenPart(text: string, span: Span, readings: readonly Reading[]) {
  let said = '';
  /** sentence offset → offset in `said` */
  const at = new Map<number, number>();
  for (let i = span.start; i < span.end; i++) {
    if (!SPOKEN.test(text[i]!)) continue;
    at.set(i, said.length);
    said += text[i];
  }
  const moved: Reading[] = [];
  for (const r of readings) {
    const from = Math.max(r.start, span.start);
    const to = Math.min(r.end, span.end);
    const start = at.get(from);
    const last = at.get(to - 1);
    if (start === undefined || last === undefined || last - start !== to - 1 - from) continue;
    moved.push({ start, end: last + 1, sound: r.sound.slice(from - r.start, to - r.start) });
  }
  return { said, readings: moved };
}

/** Each annotated word with its sound and the terms and number it overlaps. */
export function compileWords(
  sentence: Sentence,
  annotations: WordAnnotation[],
  termMarks: TermMark[],
  numbers: NumberMark[],
  readings: readonly Reading[],
): WordDetail[] {
  const spans = wordSpans(sentence.ko);
  return annotations.map((a, i) => {
    const span = spans[i]!;
    const number = numbers.findIndex((n) => overlaps(n, span));
    const spoken = spokenPart(sentence.ko, span, readings);
    const hangul = /[가-힣]/.test(spoken.said) || spoken.readings.length > 0;
    return {
      ...a,
      romanization: spoken.said ? romanizeKorean(spoken.said, spoken.readings) : '',
      pronunciation: hangul ? pronounce(spoken.said, spoken.readings) : '',
      termIds: [...new Set(termMarks.filter((m) => overlaps(m, span)).map((m) => m.termId))],
      ...(number >= 0 ? { number } : {}),
    };
  });
}

/** The grammar patterns of one sentence, with their spans located. */
export function compilePatterns(
  sentence: Sentence,
  patterns: GrammarPatternSource[],
): PatternMark[] {
  return patterns
    .flatMap((p) =>
      p.occurrences
        .filter((o) => o.sentence === sentence.id)
        .map((o) => {
          const start = sentence.ko.indexOf(o.span);
          return { patternId: p.id, start, end: start + o.span.length };
        }),
    )
    .sort((a, b) => a.start - b.start);
}
