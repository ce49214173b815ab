/** The article replicated N×: load it, scroll to the bottom, and record every long task. */
import type { BrowserContext, Page } from 'playwright-core';
import * as contentLoader from '../../build/content/load.ts';
import { freshPage, openSettled } from './browser.ts';
import { TEXT_ATTRIBUTE } from '../../src/reader/textDom.ts';

export const LONG_TASK_BUDGET_MS = 200;
const READY = '#main > :is(article, section)';
/** Each scroll step moves this fraction of the viewport. */
const SCROLL_STEP = 0.9;
const MAX_SCROLL_STEPS = 5_000;
const SCROLL_TIMEOUT_MS = 5 * 60_000;
/** Time for the observer to deliver the last long-task entries. */
const ENTRY_DELIVERY_MS = 100;

/** Validates a content folder with the app's own loader (named loadArticle in older trees). */
export function checkContent(dir: string): void {
  const loaders = contentLoader as unknown as Record<string, ((d: string) => unknown) | undefined>;
  const load = loaders.loadContent ?? loaders.loadArticle;
  if (!load) throw new Error('build/content/load.ts exports neither loadContent nor loadArticle');
  load(dir);
}

interface LongTaskWindow {
  __longTasks: { startTime: number; duration: number }[];
}

/** Installed before the app's scripts, so that no long task of the load is missed. */
function observeLongTasks() {
  const tasks: LongTaskWindow['__longTasks'] = [];
  (window as unknown as LongTaskWindow).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ startTime: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** Scrolls to the bottom in steps, one frame each; returns the number of steps. */
function scrollToBottom(page: Page): Promise<number> {
  return page.evaluate(
    ([step, maxSteps]) =>
      new Promise<number>((resolve) => {
        let steps = 0;
        const next = () => {
          const atBottom =
            window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
          if (atBottom || steps >= maxSteps!) return resolve(steps);
          window.scrollBy(0, Math.round(window.innerHeight * step!));
          steps++;
          requestAnimationFrame(next);
        };
        requestAnimationFrame(next);
      }),
    [SCROLL_STEP, MAX_SCROLL_STEPS],
  );
}

export interface ScalingResult {
  label: string;
  sentences: number;
  domElements: number;
  pageHeight: number;
  /** From navigation start: first contentful paint, the load event, the end of the last long task. */
  fcpMs: number;
  loadEventMs: number;
  busyUntilMs: number;
  scrollSteps: number;
  scrollMs: number;
  loadLongTasks: number[];
  scrollLongTasks: number[];
  longestMs: number;
}

/** Paint and load times, and the long tasks so far, read in the page. */
function readLoad(page: Page) {
  return page.evaluate((sid) => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const tasks = (window as unknown as LongTaskWindow).__longTasks;
    const loadEventMs = nav.loadEventEnd;
    return {
      fcpMs: fcp ? fcp.startTime : Number.NaN,
      loadEventMs,
      busyUntilMs: Math.max(loadEventMs, ...tasks.map((t) => t.startTime + t.duration)),
      durations: tasks.map((t) => t.duration),
      domElements: document.getElementsByTagName('*').length,
      pageHeight: document.documentElement.scrollHeight,
      sentences: new Set(
        Array.from(document.querySelectorAll(`[${sid}]`), (e) => e.getAttribute(sid)),
      ).size,
    };
  }, TEXT_ATTRIBUTE.sentence);
}

const longTaskDurations = (page: Page) =>
  page.evaluate(() => (window as unknown as LongTaskWindow).__longTasks.map((t) => t.duration));

/** Loads `url` (a build of the replicated article) until settled, then scrolls to the bottom. */
export async function measureScaling(
  context: BrowserContext,
  label: string,
  url: string,
): Promise<ScalingResult> {
  const page = await freshPage(context);
  page.setDefaultTimeout(SCROLL_TIMEOUT_MS);
  try {
    await page.addInitScript(observeLongTasks);
    await openSettled(page, url, READY);
    const { durations: loadLongTasks, ...load } = await readLoad(page);
    const scrollStart = Date.now();
    const scrollSteps = await scrollToBottom(page);
    const scrollMs = Date.now() - scrollStart;
    await page.waitForTimeout(ENTRY_DELIVERY_MS);
    const scrollLongTasks = (await longTaskDurations(page)).slice(loadLongTasks.length);
    const all = [...loadLongTasks, ...scrollLongTasks];
    return {
      label,
      ...load,
      scrollSteps,
      scrollMs,
      loadLongTasks,
      scrollLongTasks,
      longestMs: all.length ? Math.max(...all) : 0,
    };
  } finally {
    await page.close();
  }
}
