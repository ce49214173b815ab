import { describe, expect, it } from 'vitest';
import { medianRun, type LighthouseResult } from '../../scripts/bench-web/lighthouse';

const run = (performance: number, tbt: string): LighthouseResult => ({
  scores: [
    { category: 'Performance', score: performance },
    { category: 'Accessibility', score: 100 },
  ],
  failing: [],
  metrics: [{ name: 'Total Blocking Time', value: tbt }],
});

describe("bench:web's Lighthouse median", () => {
  it('is the run with the middle performance score, whatever the order', () => {
    const runs = [run(97, '200 ms'), run(85, '590 ms'), run(99, '60 ms')];
    expect(medianRun(runs)).toBe(runs[0]);
    expect(medianRun([runs[2]!, runs[0]!, runs[1]!])).toBe(runs[0]);
  });

  it('is the lower middle run of an even count, and the only run of one', () => {
    const runs = [run(99, 'a'), run(90, 'b'), run(95, 'c'), run(98, 'd')];
    expect(medianRun(runs).scores[0]!.score).toBe(95);
    expect(medianRun([runs[0]!])).toBe(runs[0]);
  });

  it('refuses an empty list', () => {
    expect(() => medianRun([])).toThrow('no Lighthouse runs');
  });
});
