/** Build-time enrichment of a Korean sentence: its words, numbers and grammar spans. Pure. */
import { romanize } from 'es-hangul';
import { pronounceWord } from '../../src/korean/pronunciation.ts';
import { findKoreanNumbers, readHangul, toDigits, toEnglish } from '../../src/korean/numbers.ts';
import type { NumberMark, PatternMark, Span, TermMark, WordDetail } from '../../src/model/model.ts';
import { wordSpans } from '../../src/reader/segments.ts';
import type { GrammarPatternSource, Sentence, WordAnnotation } from '../../src/model/types.ts';

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Hangul, Latin letters and digits of a word: what is read aloud (punctuation dropped). */
const spoken = (w: string) => w.replace(/[^\p{L}\p{N}]/gu, '');

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

/** Each annotated word with its sound and the terms and number it overlaps. */
export function compileWords(
  sentence: Sentence,
  annotations: WordAnnotation[],
  termMarks: TermMark[],
  numbers: NumberMark[],
): WordDetail[] {
  const spans = wordSpans(sentence.ko);
  return annotations.map((a, i) => {
    const span = spans[i]!;
    const number = numbers.findIndex((n) => overlaps(n, span));
    const said = spoken(a.w);
    return {
      ...a,
      romanization: said ? romanize(said) : '',
      pronunciation: /[가-힣]/.test(said) ? pronounceWord(said) : '',
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
