/** First contentful paint and LCP of the app beside a plain static page, loaded alternately. */
import type { BrowserContext, Page } from 'playwright-core';
import { freshPage } from './browser.ts';
import { median } from './report.ts';

export const PAINT_LOADS = 9;
const WARMUP_LOADS = 1;
/** After load, how long to let late LCP candidates (client rendering) arrive. */
const LCP_SETTLE_MS = 300;

export interface PaintTarget {
  name: string;
  url: string;
  /** Present once the article's text is on the page. */
  readySelector: string;
}

export interface PaintResult {
  name: string;
  fcp: number[];
  lcp: number[];
  fcpMedian: number;
  lcpMedian: number;
}

/** Reads FCP and the last LCP candidate of a loaded page. */
function readPaintTimes(page: Page): Promise<{ fcp: number; lcp: number }> {
  return page.evaluate(
    (settleMs) =>
      new Promise<{ fcp: number; lcp: number }>((resolve) => {
        let lcp = Number.NaN;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) lcp = entry.startTime;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => {
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          resolve({ fcp: fcp ? fcp.startTime : Number.NaN, lcp });
        }, settleMs);
      }),
    LCP_SETTLE_MS,
  );
}

async function loadOnce(context: BrowserContext, target: PaintTarget) {
  const page = await freshPage(context);
  try {
    await page.goto(target.url, { waitUntil: 'load' });
    await page.waitForSelector(target.readySelector);
    return await readPaintTimes(page);
  } finally {
    await page.close();
  }
}

/** Loads each target `loads` times, alternating, each in a new page without cache. */
export async function measurePaint(
  context: BrowserContext,
  targets: PaintTarget[],
  loads = PAINT_LOADS,
): Promise<PaintResult[]> {
  const times = targets.map(() => ({ fcp: [] as number[], lcp: [] as number[] }));
  for (let round = 0; round < WARMUP_LOADS + loads; round++) {
    // Swap the order every round, so that neither page always goes first.
    const order = round % 2 ? [...targets.keys()].reverse() : [...targets.keys()];
    for (const i of order) {
      const { fcp, lcp } = await loadOnce(context, targets[i]!);
      if (round < WARMUP_LOADS) continue;
      times[i]!.fcp.push(fcp);
      times[i]!.lcp.push(lcp);
    }
  }
  return targets.map((target, i) => ({
    name: target.name,
    ...times[i]!,
    fcpMedian: median(times[i]!.fcp),
    lcpMedian: median(times[i]!.lcp),
  }));
}
