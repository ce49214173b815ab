/**
 * Which blocks of the article show their words as controls. The page first shows each sentence
 * as plain text (cheap to paint and hydrate); once the details have loaded, the blocks turn
 * interactive a few sentences at a time, in reading order, and any block the reader reaches
 * first (by focus or a link) turns at once. Pure: the hook in components/useInteractiveBlocks.
 */

/** About this many sentences turn interactive per step: one short task each. */
export const SENTENCES_PER_STEP = 6;

export interface WordChunks {
  /** Blocks [0, done) are interactive. */
  done: number;
  /** Blocks at or past `done` that were asked for ahead of their turn. */
  early: ReadonlySet<number>;
}

export const NO_CHUNKS: WordChunks = { done: 0, early: new Set() };

export const isInteractive = (chunks: WordChunks, block: number): boolean =>
  block < chunks.done || chunks.early.has(block);

export const allInteractive = (chunks: WordChunks, blockCount: number): boolean =>
  chunks.done >= blockCount;

/** The next step: blocks from `done` on, until about SENTENCES_PER_STEP sentences are added. */
export function nextStep(chunks: WordChunks, sentenceCounts: readonly number[]): WordChunks {
  let done = chunks.done;
  let added = 0;
  while (done < sentenceCounts.length && added < SENTENCES_PER_STEP) {
    if (!chunks.early.has(done)) added += sentenceCounts[done]!;
    done++;
  }
  return { done, early: withoutBelow(chunks.early, done) };
}

/** Makes `block` interactive now. Returns `chunks` itself when it already is. */
export function ask(chunks: WordChunks, block: number): WordChunks {
  if (block < 0 || isInteractive(chunks, block)) return chunks;
  return { done: chunks.done, early: new Set(chunks.early).add(block) };
}

function withoutBelow(early: ReadonlySet<number>, done: number): ReadonlySet<number> {
  if (![...early].some((b) => b < done)) return early;
  return new Set([...early].filter((b) => b >= done));
}
