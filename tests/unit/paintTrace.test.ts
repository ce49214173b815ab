import { describe, expect, it } from 'vitest';
import { breakdown } from '../../scripts/bench-web/paintTrace';

const PAGE = 7;
const OTHER = 9; // the browser's own compositor, which rasters its own tiles
const slice = (name: string, ts: number, dur: number, pid = PAGE) => ({
  name,
  ph: 'X',
  ts,
  dur,
  pid,
});
const mark = (name: string, ts: number) => ({ name, ph: 'R', ts, pid: PAGE });

describe('the first-paint breakdown of a trace', () => {
  const events = [
    mark('navigationStart', 1_000),
    slice('ParseHTML', 2_000, 1_000),
    slice('UpdateLayoutTree', 3_000, 2_000),
    slice('Layout', 5_000, 4_000),
    slice('Layout', 9_000, 1_000),
    slice('Paint', 10_000, 500),
    slice('RasterTask', 11_000, 1_500),
    slice('RasterTask', 12_500, 500),
    slice('RasterTask', 11_000, 9_000, OTHER),
    mark('firstContentfulPaint', 15_000),
    slice('Layout', 16_000, 30_000), // after first paint
  ];

  it("sums the page's style, layout, paint and raster up to first paint, in ms", () => {
    expect(breakdown(events)).toEqual({
      fcp: 14,
      style: 2,
      layout: 5,
      layoutPasses: 2,
      paint: 0.5,
      raster: 2,
      rasterTiles: 2,
    });
  });

  it('gives nothing for a trace without a first paint', () => {
    expect(breakdown(events.filter((e) => e.name !== 'firstContentfulPaint'))).toBeNull();
  });
});
