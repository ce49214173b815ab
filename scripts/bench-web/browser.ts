/** Chromium for the benchmark: fresh pages with the cache off, and CPU throttling. */
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../browser/chromium.ts';

export const VIEWPORT = { width: 1280, height: 900 };

/**
 * tsx compiles with keepNames, so functions passed to page.evaluate may call esbuild's
 * `__name` helper, which the page lacks: give every page a no-op one.
 */
const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

/**
 * Service workers are blocked: every load is a first visit, as the cache-disabled pages intend
 * (a worker installed by one page would otherwise serve the next from its own cache).
 */
export async function openBrowser(): Promise<BrowserContext> {
  const context = await launchChromium({
    viewport: VIEWPORT,
    locale: 'en-US',
    serviceWorkers: 'block',
  });
  await context.addInitScript({ content: NAME_SHIM });
  return context;
}

/** A new page whose requests skip the HTTP cache; `cpuSlowdown` > 1 throttles its CPU. */
export async function freshPage(context: BrowserContext, cpuSlowdown = 1): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  return page;
}

const SETTLE_TIMEOUT_MS = 5 * 60_000;

/**
 * Opens `url` and waits until the page has settled: no request for 500 ms (the chunks loaded
 * after first paint are in), then an idle period of the main thread (hydration is over).
 */
export async function openSettled(page: Page, url: string, readySelector: string) {
  await page.goto(url, { waitUntil: 'networkidle', timeout: SETTLE_TIMEOUT_MS });
  await page.waitForSelector(readySelector, { timeout: SETTLE_TIMEOUT_MS });
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
}
