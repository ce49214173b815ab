import { describe, expect, it } from 'vitest';
import {
  ask,
  isInteractive,
  isPending,
  nextStep,
  NO_CHUNKS,
  SENTENCES_PER_STEP,
  want,
  type WordChunks,
} from '../../src/reader/wordChunks';

/** Steps until no wanted block waits; returns the blocks done after each step. */
function run(chunks: WordChunks, counts: number[]): number[][] {
  const steps: number[][] = [];
  while (isPending(chunks)) {
    const next = nextStep(chunks, counts);
    if (next === chunks) throw new Error('no progress');
    chunks = next;
    steps.push([...chunks.done].sort((a, b) => a - b));
  }
  return steps;
}

describe('word chunks', () => {
  it('starts with every block plain and nothing pending', () => {
    expect(isInteractive(NO_CHUNKS, 0)).toBe(false);
    expect(isPending(NO_CHUNKS)).toBe(false);
    expect(nextStep(NO_CHUNKS, [1, 2])).toBe(NO_CHUNKS);
  });

  it('turns only wanted blocks, in reading order, about SENTENCES_PER_STEP sentences a step', () => {
    const counts = [1, 2, 3, 4, 1, 1, 1, 6, 2, 9];
    const wanted = want(NO_CHUNKS, [7, 0, 1, 2, 3, 4, 5, 6]);
    expect(isPending(wanted)).toBe(true);
    expect(run(wanted, counts)).toEqual([
      [0, 1], // 1 + 2 = 3 sentences
      [0, 1, 2], // 3
      [0, 1, 2, 3], // 4
      [0, 1, 2, 3, 4, 5, 6], // 1 + 1 + 1
      [0, 1, 2, 3, 4, 5, 6, 7], // 6
    ]);
    expect(SENTENCES_PER_STEP).toBe(3);
  });

  it('gives a long block a step of its own', () => {
    expect(run(want(NO_CHUNKS, [0, 1]), [20, 20])).toEqual([[0], [0, 1]]);
  });

  it('returns the same state when nothing is new', () => {
    const wanted = want(NO_CHUNKS, [1, 2]);
    expect(want(wanted, [2, 1])).toBe(wanted);
    expect(want(wanted, [-1])).toBe(wanted);
    const asked = ask(wanted, [2]);
    expect(ask(asked, [2])).toBe(asked);
    expect(ask(asked, [-1])).toBe(asked);
  });

  it('turns a block asked for at once, and does not count it in a later step', () => {
    const asked = ask(NO_CHUNKS, [3]);
    expect(isInteractive(asked, 3)).toBe(true);
    expect(isInteractive(asked, 2)).toBe(false);
    expect(isPending(asked)).toBe(false);
    const steps = run(want(asked, [0, 1, 2, 3]), [2, 1, 3, 3]);
    expect(steps).toEqual([
      [0, 1, 3],
      [0, 1, 2, 3],
    ]);
  });
});
