/**
 * Where the time to first paint goes: traced loads of each page, alternating, with the work of
 * the page's own renderer process summed up to first contentful paint. Tracing slows the page
 * down, so these times are longer than the untraced ones of paint.ts; they are for comparing
 * the pages with each other.
 */
import type { BrowserContext } from 'playwright-core';
import { freshPage } from './browser.ts';
import { median } from './report.ts';
import type { PaintTarget } from './paint.ts';

export const TRACED_LOADS = 9;
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
  'cc',
];
/** After load, time for the trace to take in the first paint. */
const SETTLE_MS = 300;

export interface PaintBreakdown {
  name: string;
  fcp: number;
  style: number;
  layout: number;
  layoutPasses: number;
  paint: number;
  raster: number;
  rasterTiles: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
}

type Sample = Omit<PaintBreakdown, 'name'>;

/** Sums the renderer's work up to first contentful paint, in ms; null if the trace lacks it. */
export function breakdown(events: readonly TraceEvent[]): Sample | null {
  const navigation = events.filter((e) => e.name === 'navigationStart').pop();
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  const parse = events.find((e) => e.name === 'ParseHTML');
  if (!navigation || !fcp || !parse) return null;
  const slices = (name: string) =>
    events.filter(
      (e) =>
        e.name === name &&
        e.ph === 'X' &&
        e.pid === parse.pid &&
        e.ts > navigation.ts &&
        e.ts < fcp.ts,
    );
  const total = (name: string) => slices(name).reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  return {
    fcp: (fcp.ts - navigation.ts) / 1000,
    style: total('UpdateLayoutTree'),
    layout: total('Layout'),
    layoutPasses: slices('Layout').length,
    paint: total('Paint'),
    raster: total('RasterTask'),
    rasterTiles: slices('RasterTask').length,
  };
}

/** Loads each target `loads` times, alternating, traced; returns the median of each measure. */
export async function tracePaint(
  context: BrowserContext,
  targets: PaintTarget[],
  loads = TRACED_LOADS,
): Promise<PaintBreakdown[]> {
  const browser = context.browser();
  if (!browser) throw new Error('tracePaint: the context has no browser to trace');
  const samples: Sample[][] = targets.map(() => []);
  for (let round = 0; round < loads; round++) {
    for (const [i, target] of targets.entries()) {
      const page = await freshPage(context);
      try {
        await browser.startTracing(page, { categories: CATEGORIES });
        await page.goto(target.url, { waitUntil: 'load' });
        await page.waitForTimeout(SETTLE_MS);
        const trace = JSON.parse((await browser.stopTracing()).toString()) as {
          traceEvents: TraceEvent[];
        };
        const sample = breakdown(trace.traceEvents);
        if (sample) samples[i]!.push(sample);
      } finally {
        await page.close();
      }
    }
  }
  return targets.map((target, i) => {
    const of = (key: keyof Sample) => median(samples[i]!.map((s) => s[key]));
    return {
      name: target.name,
      fcp: of('fcp'),
      style: of('style'),
      layout: of('layout'),
      layoutPasses: of('layoutPasses'),
      paint: of('paint'),
      raster: of('raster'),
      rasterTiles: of('rasterTiles'),
    };
  });
}
