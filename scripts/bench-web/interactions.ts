/**
 * Interaction latency, as a reader meets it: from the input event to the next frame.
 * Two measures per action: the Event Timing API's duration (what INP uses; it reports only
 * events of 16 ms or more) and performance.now() from the event's timestamp to the next paint.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { sentenceText, tapText } from '../browser/tapText.ts';
import { freshPage, openSettled } from './browser.ts';
import { median } from './report.ts';

export const INTERACTION_REPEATS = 9;
/** The Event Timing API's lowest threshold: shorter events are not reported at all. */
const EVENT_TIMING_THRESHOLD_MS = 16;
/** Time for the observer to deliver the Event Timing entries after the paint. */
const ENTRY_DELIVERY_MS = 100;
/** A word and a term in the text, tapped where they are (see tapText). */
const WORD = { sentence: sentenceText('p1-1', 'ko'), text: '것은' };
const TERM = { sentence: sentenceText('deck1-1', 'en'), text: 'Halo' };
/** The details (cards) have loaded. */
const READER_READY = '#main[aria-busy="false"]';
const CARD = '[role=dialog].card';
const SEARCH = '#main input[type=search]';
const MODE_CYCLE = ['en', 'ko', 'interleave', 'pair'];
const SEARCH_TEXT = 'healthcare';

interface Run {
  startOn: string;
  finishOn: string;
  start: number | null;
  nextPaint: number | null;
  doubleRaf: number | null;
}

interface BenchWindow {
  __bench: { run: Run | null; events: { startTime: number; duration: number }[] };
}

/**
 * Installed before the app's scripts. A run starts at the timestamp of its `startOn` event and
 * ends after the next frame: "nextPaint" right after that frame is rendered (rAF, then a
 * message), "doubleRaf" at the start of the frame after it (an upper bound).
 */
function instrument(threshold: number) {
  const state: BenchWindow['__bench'] = { run: null, events: [] };
  (window as unknown as BenchWindow).__bench = state;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      state.events.push({ startTime: e.startTime, duration: e.duration });
  }).observe({
    type: 'event',
    durationThreshold: threshold,
    buffered: true,
  } as PerformanceObserverInit);
  const onEvent = (e: Event) => {
    const run = state.run;
    if (!run) return;
    if (e.type === run.startOn && run.start === null) run.start = e.timeStamp;
    if (e.type !== run.finishOn || run.start === null || run.nextPaint !== null) return;
    const start = run.start;
    run.nextPaint = Number.NaN; // finishing: ignore later events of the same type
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (run.nextPaint = performance.now() - start);
      channel.port2.postMessage(null);
      requestAnimationFrame(() => (run.doubleRaf = performance.now() - start));
    });
  };
  // Capture on window: handlers that stop propagation cannot hide the event.
  for (const type of ['pointerdown', 'click', 'keydown', 'input']) {
    addEventListener(type, onEvent, true);
  }
}

export interface Sample {
  eventTiming: number | null; // null: no event reached the 16 ms threshold
  nextPaint: number;
  doubleRaf: number;
}

/** Performs `act` once and measures it. */
async function measure(
  page: Page,
  startOn: string,
  finishOn: string,
  act: () => Promise<void>,
): Promise<Sample> {
  await page.evaluate(
    ([s, f]) => {
      const w = window as unknown as BenchWindow;
      w.__bench.run = { startOn: s!, finishOn: f!, start: null, nextPaint: null, doubleRaf: null };
    },
    [startOn, finishOn],
  );
  await act();
  await page.waitForFunction(() => {
    const run = (window as unknown as BenchWindow).__bench.run;
    return run?.doubleRaf != null && !Number.isNaN(run.nextPaint);
  });
  await page.waitForTimeout(ENTRY_DELIVERY_MS);
  return page.evaluate(() => {
    const { run, events } = (window as unknown as BenchWindow).__bench;
    const mine = events.filter((e) => e.startTime >= run!.start! - 0.5);
    return {
      eventTiming: mine.length ? Math.max(...mine.map((e) => e.duration)) : null,
      nextPaint: run!.nextPaint!,
      doubleRaf: run!.doubleRaf!,
    };
  });
}

async function closeCard(page: Page) {
  await page.keyboard.press('Escape');
  await page.waitForSelector(CARD, { state: 'detached' });
}

type Scenario = (page: Page, repeats: number) => Promise<Sample[]>;

async function repeat(repeats: number, once: (i: number) => Promise<Sample>) {
  const samples: Sample[] = [];
  for (let i = 0; i < repeats; i++) samples.push(await once(i));
  return samples;
}

const switchMode: Scenario = (page, repeats) =>
  repeat(repeats, (i) => {
    const mode = MODE_CYCLE[i % MODE_CYCLE.length]!;
    return measure(page, 'click', 'click', () => page.click(`input[name=mode][value=${mode}]`));
  });

const openCard =
  ({ sentence, text }: typeof WORD): Scenario =>
  (page, repeats) =>
    repeat(repeats, async () => {
      // From the press: the press focuses the sentence, which may turn its block.
      const sample = await measure(page, 'pointerdown', 'click', () =>
        tapText(page, sentence, text),
      );
      await page.waitForSelector(CARD);
      await closeCard(page);
      return sample;
    });

/** One keystroke per repetition, typing SEARCH_TEXT (again from the start if needed). */
const typeInSearch: Scenario = async (page, repeats) => {
  await page.focus(SEARCH);
  return repeat(repeats, async (i) => {
    if (i > 0 && i % SEARCH_TEXT.length === 0) await page.fill(SEARCH, '');
    const key = SEARCH_TEXT[i % SEARCH_TEXT.length]!;
    return measure(page, 'keydown', 'input', () => page.keyboard.press(key));
  });
};

export interface ActionSpec {
  name: string;
  query: string;
  ready: string;
  scenario: Scenario;
}

export const ACTIONS: ActionSpec[] = [
  { name: 'switch mode', query: '?mode=pair', ready: 'input[name=mode]', scenario: switchMode },
  {
    name: 'open a word card',
    query: '?mode=pair',
    ready: READER_READY,
    scenario: openCard(WORD),
  },
  {
    name: 'open a term card',
    query: '?mode=pair',
    ready: READER_READY,
    scenario: openCard(TERM),
  },
  {
    name: 'keystroke in glossary search',
    query: '#glossary',
    ready: SEARCH,
    scenario: typeInSearch,
  },
];

export interface ActionResult {
  name: string;
  cpuSlowdown: number;
  samples: Sample[];
  /** Median of the Event Timing durations, counting unreported events as 0 (under 16 ms). */
  eventTiming: number | null;
  nextPaint: number;
  doubleRaf: number;
}

function summarize(name: string, cpuSlowdown: number, samples: Sample[]): ActionResult {
  const reported = samples.map((s) => s.eventTiming ?? 0);
  return {
    name,
    cpuSlowdown,
    samples,
    eventTiming: reported.some((v) => v > 0) ? median(reported) : null,
    nextPaint: median(samples.map((s) => s.nextPaint)),
    doubleRaf: median(samples.map((s) => s.doubleRaf)),
  };
}

/** Runs every action `repeats` times in a new page of the app at `baseUrl`. */
export async function measureInteractions(
  context: BrowserContext,
  baseUrl: string,
  cpuSlowdown: number,
  repeats = INTERACTION_REPEATS,
): Promise<ActionResult[]> {
  const results: ActionResult[] = [];
  for (const action of ACTIONS) {
    const page = await freshPage(context, cpuSlowdown);
    try {
      await page.addInitScript(instrument, EVENT_TIMING_THRESHOLD_MS);
      await openSettled(page, baseUrl + action.query, action.ready);
      const samples = await action.scenario(page, repeats);
      results.push(summarize(action.name, cpuSlowdown, samples));
    } finally {
      await page.close();
    }
  }
  return results;
}
