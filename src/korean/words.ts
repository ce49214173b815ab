/** The one word tokeniser: the words (어절) of Korean text are the runs between whitespace. */

export interface WordSpan {
  start: number;
  end: number;
}

/** Where the words are: runs between whitespace (U+2008 and the other Unicode spaces included). */
export function wordSpans(text: string): WordSpan[] {
  return Array.from(text.matchAll(/\S+/g), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The words themselves, in order. */
export const splitWords = (text: string): string[] =>
  wordSpans(text).map((s) => text.slice(s.start, s.end));
