/** Splits a sentence into words, plain runs and marked runs, for rendering. Pure. */
import type { Span } from '../model/model.ts';

export interface Segment<M extends Span> {
  text: string;
  start: number;
  mark?: M;
}

/** `marks` must be sorted and non-overlapping (as the compiler emits them). */
export function segmentText<M extends Span>(text: string, marks: readonly M[]): Segment<M>[] {
  const out: Segment<M>[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at || mark.end > text.length) continue;
    if (mark.start > at) out.push({ text: text.slice(at, mark.start), start: at });
    out.push({ text: text.slice(mark.start, mark.end), start: mark.start, mark });
    at = mark.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), start: at });
  return out;
}

/** What a piece of a word belongs to: a glossary term (with its start in the sentence), a number. */
export interface WordMark extends Span {
  termId?: string;
  termStart?: number;
  number?: boolean;
}

export type SentencePiece<W extends Span> =
  | { kind: 'gap'; text: string; start: number }
  | { kind: 'word'; word: W; segments: Segment<WordMark>[] };

/**
 * Lays a Korean sentence out as words and the gaps between them, each word split where glossary
 * terms and numbers begin and end (a term may span several words: 의료 격차를).
 */
export function layoutWords<W extends Span>(
  text: string,
  words: readonly W[],
  terms: readonly (Span & { termId: string })[],
  numbers: readonly Span[],
): SentencePiece<W>[] {
  const pieces: SentencePiece<W>[] = [];
  let at = 0;
  for (const word of words) {
    if (word.start > at) pieces.push({ kind: 'gap', text: text.slice(at, word.start), start: at });
    const clip = (m: Span) => ({
      start: Math.max(m.start, word.start) - word.start,
      end: Math.min(m.end, word.end) - word.start,
    });
    const inWord = (m: Span) => m.start < word.end && word.start < m.end;
    const marks: WordMark[] = [
      ...terms.filter(inWord).map((m) => ({ ...clip(m), termId: m.termId, termStart: m.start })),
      ...numbers.filter(inWord).map((m) => ({ ...clip(m), number: true })),
    ].sort((a, b) => a.start - b.start);
    const wordText = text.slice(word.start, word.end);
    pieces.push({ kind: 'word', word, segments: segmentText(wordText, marks) });
    at = word.end;
  }
  if (at < text.length) pieces.push({ kind: 'gap', text: text.slice(at), start: at });
  return pieces;
}
