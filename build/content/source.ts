/** Checks that the aligned sentences give back the source text exactly. Pure. */
import type { Block } from './schema.ts';

/** A line end in the source text: LF, CRLF or a lone CR. */
export const LINE_END = /\r\n|\r|\n/;

/** The source's lines, with each caption's duplicate (alt text + caption) dropped. */
export function sourceLinesOnce(source: string): string[] {
  const lines = source.split(LINE_END).filter((l) => l.trim().length > 0);
  return lines.filter((line, i) => i === 0 || line !== lines[i - 1]);
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

export interface SourceMismatch {
  sentenceId: string;
  expected: string;
  found: string;
}

/**
 * Compares the blocks' Korean, joined in order, with the source, whitespace aside.
 * Returns the first place they differ, or null when they match.
 */
export function findSourceMismatch(blocks: Block[], source: string): SourceMismatch | null {
  const expected = words(sourceLinesOnce(source).join(' '));
  let i = 0;
  for (const block of blocks) {
    for (const s of block.sentences) {
      for (const w of words(s.ko)) {
        if (expected[i] !== w) {
          return { sentenceId: s.id, expected: expected[i] ?? '(end of source)', found: w };
        }
        i++;
      }
    }
  }
  if (i < expected.length) {
    return { sentenceId: '(end)', expected: expected[i] ?? '', found: '(end of sentences)' };
  }
  return null;
}
