/**
 * Which blocks of the article show their words as controls. The page first shows each sentence
 * as plain text, which is cheap to paint and to hydrate. Blocks are then wanted as they come
 * near the viewport, and the wanted ones turn interactive a few sentences per step, in reading
 * order. A block the reader reaches some other way (focus, a link to a word in it, printing)
 * turns at once. Pure: the hook is components/useInteractiveBlocks.
 */

/** About this many sentences turn interactive per step: one short task each. */
export const SENTENCES_PER_STEP = 3;

export interface WordChunks {
  /** blocks whose words are controls */
  done: ReadonlySet<number>;
  /** blocks near the viewport: they become interactive step by step */
  wanted: ReadonlySet<number>;
}

export const NO_CHUNKS: WordChunks = { done: new Set(), wanted: new Set() };

export const isInteractive = (chunks: WordChunks, block: number): boolean => chunks.done.has(block);

/** Whether some wanted block is still plain text. */
export const isPending = (chunks: WordChunks): boolean =>
  [...chunks.wanted].some((b) => !chunks.done.has(b));

/** Adds `blocks` to the wanted ones; returns `chunks` itself when nothing is new. */
export function want(chunks: WordChunks, blocks: Iterable<number>): WordChunks {
  const fresh = [...blocks].filter((b) => b >= 0 && !chunks.wanted.has(b));
  if (fresh.length === 0) return chunks;
  return { ...chunks, wanted: new Set([...chunks.wanted, ...fresh]) };
}

/** The next step: wanted blocks in reading order, until about SENTENCES_PER_STEP sentences. */
export function nextStep(chunks: WordChunks, sentenceCounts: readonly number[]): WordChunks {
  const waiting = [...chunks.wanted].filter((b) => !chunks.done.has(b)).sort((a, b) => a - b);
  const done = new Set(chunks.done);
  let added = 0;
  for (const block of waiting) {
    if (added >= SENTENCES_PER_STEP) break;
    done.add(block);
    added += sentenceCounts[block] ?? 0;
  }
  return done.size === chunks.done.size ? chunks : { ...chunks, done };
}

/** Makes `blocks` interactive now; returns `chunks` itself when they already are. */
export function ask(chunks: WordChunks, blocks: Iterable<number>): WordChunks {
  const fresh = [...blocks].filter((b) => b >= 0 && !chunks.done.has(b));
  if (fresh.length === 0) return chunks;
  return {
    done: new Set([...chunks.done, ...fresh]),
    wanted: new Set([...chunks.wanted, ...fresh]),
  };
}
