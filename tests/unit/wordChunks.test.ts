import { describe, expect, it } from 'vitest';
import {
  allInteractive,
  ask,
  isInteractive,
  nextStep,
  NO_CHUNKS,
  SENTENCES_PER_STEP,
  type WordChunks,
} from '../../src/state/wordChunks';

/** Steps until every block is interactive; returns the state after each step. */
function run(counts: number[], start: WordChunks = NO_CHUNKS): WordChunks[] {
  const steps: WordChunks[] = [];
  let chunks = start;
  while (!allInteractive(chunks, counts.length)) {
    chunks = nextStep(chunks, counts);
    steps.push(chunks);
    if (steps.length > counts.length) throw new Error('no progress');
  }
  return steps;
}

describe('word chunks', () => {
  it('starts with every block plain', () => {
    expect(isInteractive(NO_CHUNKS, 0)).toBe(false);
    expect(allInteractive(NO_CHUNKS, 3)).toBe(false);
    expect(allInteractive(NO_CHUNKS, 0)).toBe(true);
  });

  it('turns blocks in reading order, about SENTENCES_PER_STEP sentences a step', () => {
    const counts = [1, 2, 3, 4, 1, 1, 1, 6, 2];
    const steps = run(counts);
    expect(steps.map((s) => s.done)).toEqual([3, 6, 8, 9]);
    // every step but the last adds at least SENTENCES_PER_STEP sentences
    let before = 0;
    for (const step of steps.slice(0, -1)) {
      const added = counts.slice(before, step.done).reduce((a, b) => a + b, 0);
      expect(added).toBeGreaterThanOrEqual(SENTENCES_PER_STEP);
      before = step.done;
    }
  });

  it('gives a long block a step of its own', () => {
    expect(run([20, 20]).map((s) => s.done)).toEqual([1, 2]);
  });

  it('turns a block asked for at once, and does not count it again', () => {
    const counts = [3, 3, 3, 3];
    const asked = ask(NO_CHUNKS, 3);
    expect(isInteractive(asked, 3)).toBe(true);
    expect(isInteractive(asked, 2)).toBe(false);
    // blocks 0-2 make 9 sentences, block 3 is already done: the first step reaches the end
    const steps = run(counts, asked);
    expect(steps.map((s) => s.done)).toEqual([2, 4]);
    expect(steps.at(-1)!.early.size).toBe(0);
  });

  it('returns the same state when the block asked for is already interactive', () => {
    const chunks = nextStep(NO_CHUNKS, [2, 2, 2, 2]);
    expect(ask(chunks, 0)).toBe(chunks);
    const early = ask(chunks, 3);
    expect(ask(early, 3)).toBe(early);
    expect(ask(early, -1)).toBe(early);
  });
});
