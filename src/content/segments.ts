/** Splits a sentence into plain runs and marked runs, for rendering. Pure. */
import type { Span } from './model.ts';

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
