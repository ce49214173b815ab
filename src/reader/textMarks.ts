/** Where a sentence's glossary terms and numbers sit in its text, for marking plain text. */
import type { CompiledSentence } from '../model/model';
import type { Lang } from '../model/model';

export type MarkKind = 'term' | 'num';

export interface TextMark {
  kind: MarkKind;
  start: number;
  end: number;
}

/** The glossary terms (and, in Korean, the numbers) of the sentence's text in `lang`. */
export function textMarks(sentence: CompiledSentence, lang: Lang): TextMark[] {
  const terms = sentence.marks[lang].map((m) => ({
    kind: 'term' as const,
    start: m.start,
    end: m.end,
  }));
  if (lang === 'en') return terms;
  const numbers = sentence.numbers.map((n) => ({
    kind: 'num' as const,
    start: n.start,
    end: n.end,
  }));
  return [...terms, ...numbers];
}
