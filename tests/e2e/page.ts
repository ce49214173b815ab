/** A page of the built reader in Chromium, with every console error and failed request recorded. */
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { WORDS_EVENT } from '../../src/reader/interactiveWords';
import { textSelectors } from '../../src/reader/textDom';

export { focusedSentence, sentenceText, tapText } from '../../scripts/browser/tapText';

export const baseUrl = () => inject('baseUrl');

export interface ReaderPage {
  page: Page;
  errors: string[];
}

export async function openReader(
  context: BrowserContext,
  query = '',
  viewport = { width: 1280, height: 900 },
  /** 'all': every word a control (most tests); 'as loaded': plain text until reached */
  words: 'all' | 'as loaded' = 'all',
): Promise<ReaderPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  await page.setViewportSize(viewport);
  await page.goto(baseUrl() + query);
  await page.waitForSelector('#main > :is(article, section)');
  await waitForWords(page);
  if (words === 'all') await turnAllWords(page);
  return { page, errors };
}

/**
 * Waits for the details (word breakdowns, glossary), which arrive right after the first paint,
 * and for the words asked for (with interlinear lines on, those near the viewport) to become
 * controls, a few sentences per step. Also after switching modes, which starts again from plain
 * text.
 */
export async function waitForWords(page: Page): Promise<void> {
  await page.waitForSelector('#main[aria-busy="false"]:not(:has(article[aria-busy="true"]))');
}

/**
 * Makes every word of the article a control, through the request a link to a word makes (see
 * src/reader/interactiveWords.ts), with no change of focus or scroll.
 */
export async function turnAllWords(page: Page): Promise<void> {
  if ((await page.locator('article').count()) === 0) return;
  await waitForWords(page);
  await page.evaluate(
    ([name, selector]) =>
      document
        .querySelectorAll(selector!)
        .forEach((s) => s.dispatchEvent(new Event(name!, { bubbles: true }))),
    [WORDS_EVENT, textSelectors.navSentence()],
  );
  await waitForWords(page);
}

export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

export const hasHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
