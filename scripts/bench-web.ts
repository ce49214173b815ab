/**
 * The web app's performance against its budgets; prints one table per section and a summary.
 * Usage: npm run bench:web. Exits 0 when a budget fails (it is a report), non-zero on a crash.
 *
 *  1. sizes of the build: the app's JS, CSS, HTML, fonts, and what loads later;
 *  2. FCP and LCP of the app beside a plain static page with the same text in the same layout
 *     (side by side), and beside the app without its scripts;
 *  3. interaction latency (Event Timing), unthrottled and with 4× CPU throttling;
 *  4. Lighthouse 12.2.3, mobile;
 *  5. the article replicated 10× and 50×: long tasks while loading and scrolling;
 *  6. where the time to first paint goes in each page of section 2 (traced, not judged).
 */
import type { Server } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { serveStatic } from './browser/staticServer.ts';
import { openBrowser } from './bench-web/browser.ts';
import { buildSite } from './bench-web/build.ts';
import { gzipProxy } from './bench-web/gzipProxy.ts';
import {
  INTERACTION_REPEATS,
  measureInteractions,
  type ActionResult,
} from './bench-web/interactions.ts';
import { medianRun, runLighthouse, type LighthouseResult } from './bench-web/lighthouse.ts';
import {
  measurePaint,
  PAINT_LOADS,
  type PaintResult,
  type PaintTarget,
} from './bench-web/paint.ts';
import { tracePaint, TRACED_LOADS } from './bench-web/paintTrace.ts';
import { DEFAULT_CONTENT, replicateContent } from './bench-web/replicate.ts';
import { kb, ms, printTable, verdict, type SummaryRow } from './bench-web/report.ts';
import {
  checkContent,
  LONG_TASK_BUDGET_MS,
  measureScaling,
  type ScalingResult,
} from './bench-web/scaling.ts';
import { measureSizes, type SizeGroup } from './bench-web/sizes.ts';
import { writeStaticPairPage } from './bench-web/staticPage.ts';
import { writeNoScriptAppPage, writeUnstyledAppPage } from './bench-web/strippedAppPage.ts';

const DIST = '.tmp/bench-dist';
const STATIC_DIR = '.tmp/bench-static';
const NO_SCRIPT_DIR = '.tmp/bench-no-script';
const UNSTYLED_DIR = '.tmp/bench-unstyled';
const APP_READY = '#main > :is(article, section)';

const BUDGET = {
  appJsKb: 110,
  /** The app's FCP and LCP over the plain page's, laid out side by side. */
  plainPageRatio: 1.25,
  /** The app's FCP and LCP over its own without scripts: scripts must not delay first paint. */
  noScriptRatio: 1.1,
  lighthouseScore: 98,
  interactionMs: 50,
  throttledCpu: 4,
  longTaskMs: LONG_TASK_BUDGET_MS,
};
const SCALES = [10, 50];
/** Lighthouse runs per benchmark; the median one is judged. */
const LIGHTHOUSE_RUNS = 3;

const summary: SummaryRow[] = [];
const servers: Server[] = [];
const started = Date.now();
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

/** The machine's load: other processes on a 2-core machine slow every timing down. */
function describeLoad(): string {
  const [one] = loadavg();
  const cores = availableParallelism();
  const busy = one! > cores ? ' (busy: timings are inflated)' : '';
  return `load average ${one!.toFixed(1)} on ${cores} cores${busy}`;
}

/** Runs one section and prints how long it took. */
async function timed(name: string, section: () => unknown): Promise<void> {
  const start = Date.now();
  await section();
  console.log(`\n  (${name}: ${seconds(start)}; ${describeLoad()})`);
}

async function serve(dir: string): Promise<string> {
  const { server, url } = await serveStatic(resolve(dir), '/');
  servers.push(server);
  return url;
}

function sizesSection(): void {
  const sizes = measureSizes(resolve(DIST));
  const groups: SizeGroup[] = [
    sizes.appJs,
    sizes.css,
    sizes.html,
    sizes.fonts,
    sizes.afterFirstPaint,
    sizes.other,
  ];
  const pass = sizes.appJs.gzip / 1024 <= BUDGET.appJsKb;
  printTable(
    '1. Sizes of the build (gzip -9 of each file)',
    ['what', 'files', 'raw KB', 'gzip KB', 'budget'],
    groups.map((g) => [
      g.label,
      g.files.length,
      kb(g.raw),
      kb(g.gzip),
      g === sizes.appJs ? `≤ ${BUDGET.appJsKb} KB: ${verdict(pass)}` : '',
    ]),
    `app JS: ${sizes.appJs.files.join(', ')}\n  loaded later: ${sizes.afterFirstPaint.files.join(', ') || 'none'}`,
  );
  summary.push({
    what: 'app JS (gzip)',
    measured: `${kb(sizes.appJs.gzip)} KB`,
    budget: `≤ ${BUDGET.appJsKb} KB`,
    pass,
  });
}

interface PaintUrls {
  app: string;
  plain: string;
  noScript: string;
  unstyled: string;
}

/** The app, the two pages it is judged against, and the unstyled reference (not judged). */
const paintTargets = (urls: PaintUrls): PaintTarget[] => [
  { name: 'Dokhae (built app)', url: urls.app, readySelector: APP_READY },
  { name: 'plain static HTML, same text side by side', url: urls.plain, readySelector: 'h1' },
  { name: "the app's HTML and CSS, no scripts", url: urls.noScript, readySelector: APP_READY },
  { name: "reference: the app's HTML, no CSS or JS", url: urls.unstyled, readySelector: 'main' },
];

const PAINT_METRICS = [
  ['FCP', 'fcpMedian'],
  ['LCP', 'lcpMedian'],
] as const;

async function paintSection(context: BrowserContext, targets: PaintTarget[]) {
  const results = await measurePaint(context, targets);
  const [app, plain, noScript] = results as [PaintResult, PaintResult, PaintResult];
  const range = (xs: number[]) => `${ms(Math.min(...xs), 0)}–${ms(Math.max(...xs), 0)}`;
  printTable(
    `2. First paint: median of ${PAINT_LOADS} loads each, alternating, cache disabled`,
    ['page', 'FCP ms', 'FCP range', 'LCP ms', 'LCP range', 'FCP / plain', 'LCP / plain'],
    results.map((r) => [
      r.name,
      ms(r.fcpMedian),
      range(r.fcp),
      ms(r.lcpMedian),
      range(r.lcp),
      ...PAINT_METRICS.map(([, key]) => `${(r[key] / plain[key]).toFixed(2)}×`),
    ]),
    [
      `Judged: the app against the plain page (≤ ${BUDGET.plainPageRatio}×) and against itself`,
      `without scripts (≤ ${BUDGET.noScriptRatio}×). The last row is not judged: it shows what`,
      "the reader's markup costs before any style.",
    ].join('\n  '),
  );
  const judge = (reference: string, base: PaintResult, budget: number) => {
    for (const [metric, key] of PAINT_METRICS) {
      const ratio = app[key] / base[key];
      summary.push({
        what: `${metric} vs ${reference}`,
        measured: `${ratio.toFixed(2)}× (${ms(app[key], 0)} / ${ms(base[key], 0)} ms)`,
        budget: `≤ ${budget}×`,
        pass: ratio <= budget,
      });
    }
  };
  judge('static page side by side', plain, BUDGET.plainPageRatio);
  judge('app without scripts', noScript, BUDGET.noScriptRatio);
}

async function paintBreakdownSection(context: BrowserContext, targets: PaintTarget[]) {
  const traced = await tracePaint(context, targets);
  printTable(
    `6. Where first paint goes: median of ${TRACED_LOADS} traced loads each, alternating`,
    ['page', 'FCP ms', 'style ms', 'layout ms', 'layouts', 'paint ms', 'raster ms', 'tiles'],
    traced.map((r) => [
      r.name,
      ms(r.fcp, 0),
      ms(r.style, 0),
      ms(r.layout, 0),
      ms(r.layoutPasses, 0),
      ms(r.paint, 0),
      ms(r.raster, 0),
      ms(r.rasterTiles, 0),
    ]),
    "The page's renderer up to first contentful paint; tracing makes every page slower.",
  );
}

/** The latency judged against the budget: the worse of the two medians. */
const latency = (r: ActionResult) => Math.max(r.eventTiming ?? 0, r.nextPaint);
const eventTimingCell = (value: number | null) =>
  value === null || value < 16 ? '<16' : ms(value, 0);

async function interactionSection(context: BrowserContext, appUrl: string) {
  const fast = await measureInteractions(context, appUrl, 1);
  const slow = await measureInteractions(context, appUrl, BUDGET.throttledCpu);
  const rows = fast.map((f, i) => {
    const s = slow[i]!;
    const pass = latency(f) < BUDGET.interactionMs;
    summary.push({
      what: `interaction: ${f.name}`,
      measured: `${ms(latency(f), 0)} ms; ${BUDGET.throttledCpu}× CPU: ${ms(latency(s), 0)} ms`,
      budget: `< ${BUDGET.interactionMs} ms unthrottled`,
      pass,
    });
    return [
      f.name,
      eventTimingCell(f.eventTiming),
      ms(f.nextPaint),
      ms(f.doubleRaf),
      eventTimingCell(s.eventTiming),
      ms(s.nextPaint),
      ms(s.doubleRaf),
      verdict(pass),
    ];
  });
  printTable(
    `3. Interaction latency, ms: median of ${INTERACTION_REPEATS} each (unthrottled | ${BUDGET.throttledCpu}× CPU throttling)`,
    [
      'action',
      'ET',
      'paint',
      '2×rAF',
      `ET ${BUDGET.throttledCpu}×`,
      `paint ${BUDGET.throttledCpu}×`,
      `2×rAF ${BUDGET.throttledCpu}×`,
      `< ${BUDGET.interactionMs} ms`,
    ],
    rows,
    'ET: Event Timing duration (<16: below the API threshold). paint: event timestamp to the end of\n' +
      '  the next rendered frame (rAF, then a task). 2×rAF: to the start of the frame after (an upper\n' +
      '  bound). Judged on the worse of ET and paint.',
  );
}

async function lighthouseSection(appUrl: string) {
  let proxy: Server | undefined;
  try {
    const front = await gzipProxy(appUrl);
    proxy = front.server;
    const runs: LighthouseResult[] = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await runLighthouse(front.url));
    const result = medianRun(runs);
    const allScores = (category: string) =>
      runs.map((r) => r.scores.find((s) => s.category === category)?.score ?? '–').join(', ');
    printTable(
      `4. Lighthouse 12.2.3, mobile (served gzip-compressed, as a static host would): the median of ${LIGHTHOUSE_RUNS} runs`,
      ['category', 'score', 'every run', 'budget'],
      result.scores.map((s) => [
        s.category,
        s.score,
        allScores(s.category),
        `≥ ${BUDGET.lighthouseScore}: ${verdict(s.score >= BUDGET.lighthouseScore)}`,
      ]),
      [
        'The median run, by performance score:',
        ...result.metrics.map((m) => `${m.name}: ${m.value}`),
        ...result.failing.map((f) => `below 100 in ${f.category}: ${f.audit}`),
      ].join('\n  '),
    );
    for (const s of result.scores) {
      summary.push({
        what: `Lighthouse ${s.category}`,
        measured: String(s.score),
        budget: `≥ ${BUDGET.lighthouseScore}`,
        pass: s.score >= BUDGET.lighthouseScore,
      });
    }
  } catch (e) {
    console.log(`\n4. Lighthouse did not run: ${(e as Error).message}`);
    summary.push({
      what: 'Lighthouse',
      measured: 'did not run',
      budget: `≥ ${BUDGET.lighthouseScore}`,
      pass: null,
    });
  } finally {
    proxy?.close();
  }
}

/** Builds `dir` (from `content` if given); prints the error of a build that still wrote a site. */
async function buildAndReport(dir: string, content?: string): Promise<string | undefined> {
  const site = await buildSite(dir, content);
  if (site.error)
    console.log(`\n  The build of ${dir} threw after writing the site: ${site.error}`);
  return site.error;
}

async function scalingSection(context: BrowserContext, appUrl: string) {
  const results: ScalingResult[] = [await measureScaling(context, '1×', appUrl)];
  const buildErrors = new Map<string, string>();
  for (const times of SCALES) {
    const content = replicateContent(times, DEFAULT_CONTENT);
    try {
      checkContent(content);
    } catch (e) {
      console.log(`\n5. The ${times}× content does not validate: ${(e as Error).message}`);
      summary.push({
        what: `${times}× article`,
        measured: 'invalid content',
        budget: '',
        pass: null,
      });
      continue;
    }
    const dist = `.tmp/bench-x${times}`;
    const error = await buildAndReport(dist, content);
    if (error) buildErrors.set(`${times}×`, error);
    results.push(await measureScaling(context, `${times}×`, await serve(dist)));
  }
  const longest = (tasks: number[]) => ms(tasks.length ? Math.max(...tasks) : 0, 0);
  printTable(
    '5. Scaling: load until settled, then scroll to the bottom one frame per step (1280×900)',
    [
      'article',
      'sentences',
      'DOM elements',
      'height px',
      'FCP ms',
      'load ms',
      'busy until ms',
      'load: long tasks',
      'longest ms',
      'scroll ms',
      'scroll: long tasks',
      'longest ms',
    ],
    results.map((r) => [
      r.label,
      r.sentences,
      r.domElements,
      r.pageHeight,
      ms(r.fcpMs, 0),
      ms(r.loadEventMs, 0),
      ms(r.busyUntilMs, 0),
      r.loadLongTasks.length,
      longest(r.loadLongTasks),
      r.scrollMs,
      r.scrollLongTasks.length,
      longest(r.scrollLongTasks),
    ]),
    'From navigation start: FCP, the load event, and the end of the last long task of the load.',
  );
  for (const r of results.filter((x) => x.label !== '1×')) {
    const count = r.loadLongTasks.length + r.scrollLongTasks.length;
    summary.push({
      what: `${r.label} article: longest task`,
      measured:
        `${ms(r.longestMs, 0)} ms (${count} long tasks, ${r.domElements} elements)` +
        (buildErrors.has(r.label) ? '; the build threw' : ''),
      budget: `≤ ${BUDGET.longTaskMs} ms`,
      pass: r.longestMs <= BUDGET.longTaskMs,
    });
  }
}

async function main() {
  console.log(`bench:web on ${describeLoad()}`);
  await timed('build and sizes', async () => {
    await buildAndReport(DIST);
    sizesSection();
  });

  writeStaticPairPage(DEFAULT_CONTENT, STATIC_DIR);
  writeNoScriptAppPage(DIST, NO_SCRIPT_DIR);
  writeUnstyledAppPage(DIST, UNSTYLED_DIR);
  const appUrl = await serve(DIST);
  const paintUrls = {
    app: appUrl,
    plain: await serve(STATIC_DIR),
    noScript: await serve(NO_SCRIPT_DIR),
    unstyled: await serve(UNSTYLED_DIR),
  };
  const context = await openBrowser();
  try {
    const targets = paintTargets(paintUrls);
    await timed('first paint', () => paintSection(context, targets));
    await timed('interactions', () => interactionSection(context, appUrl));
    await timed('Lighthouse', () => lighthouseSection(appUrl));
    await timed('scaling', () => scalingSection(context, appUrl));
    // Last: its traced loads (TRACED_LOADS per page) must not weigh on the judged measures above.
    await timed('where first paint goes', () => paintBreakdownSection(context, targets));
  } finally {
    await context.close();
  }
  printTable(
    `Summary (${new Date().toISOString().slice(0, 10)}, took ${seconds(started)}; ${describeLoad()})`,
    ['what', 'measured', 'budget', 'result'],
    summary.map((r) => [r.what, r.measured, r.budget, verdict(r.pass)]),
  );
}

try {
  await main();
} finally {
  for (const server of servers) server.close();
}
