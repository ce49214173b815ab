import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browser/chromium';
import { axeViolations, openReader, sentenceText, tapText } from './page';

let context: BrowserContext;
beforeAll(async () => {
  context = await launchChromium();
});
afterAll(async () => {
  await context?.close();
});

/** axe in both interface languages, light and dark: the reader with a card open, and each view. */
describe.each([
  ['en', 'light'],
  ['en', 'dark'],
  ['ko', 'light'],
  ['ko', 'dark'],
] as const)('axe, %s interface, %s theme', (uiLang, colorScheme) => {
  it('finds no violations in the reader with a word card open, the glossary and grammar', async () => {
    const { page, errors } = await openReader(context, '?mode=pair');
    await page.emulateMedia({ colorScheme });
    await page.evaluate(
      (l) => localStorage.setItem('dokhae:settings', JSON.stringify({ uiLang: l })),
      uiLang,
    );
    await page.reload();
    await page.waitForSelector('#main[aria-busy="false"]');
    expect(await page.getAttribute('html', 'lang')).toBe(uiLang);
    await tapText(page, sentenceText('p2-2', 'ko'), '캐시카우');
    await page.waitForSelector('.card[role="dialog"]');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    for (const hash of ['#glossary', '#grammar']) {
      await page.evaluate((h) => (window.location.hash = h), hash);
      await page.waitForSelector('#main > section');
      expect(await axeViolations(page), hash).toEqual([]);
    }
    await page.evaluate(() => localStorage.clear());
    expect(errors).toEqual([]);
  });
});

describe('reading settings', () => {
  it('the theme follows the system unless one is forced, for every colour', async () => {
    const { page } = await openReader(context, '?mode=pair', undefined, 'as loaded');
    const colours = () =>
      page.evaluate(() => ({
        background: getComputedStyle(document.body).backgroundColor,
        marker: getComputedStyle(document.querySelector('.grammar-marker')!).color,
      }));
    const LIGHT = { background: 'rgb(251, 250, 247)', marker: 'rgb(124, 58, 237)' };
    const DARK = { background: 'rgb(22, 23, 26)', marker: 'rgb(196, 181, 253)' };
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await colours()).toEqual(LIGHT);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await colours()).toEqual(DARK);
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByRole('radio', { name: 'Light' }).check();
    expect(await colours()).toEqual(LIGHT);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('radio', { name: 'Dark' }).check();
    expect(await colours()).toEqual(DARK);
    await page.evaluate(() => localStorage.clear());
  });

  it('a forced dark theme and the largest text keep AA contrast and fit 390 px', async () => {
    const { page } = await openReader(context, '?mode=pair', { width: 390, height: 844 });
    await page.evaluate(() =>
      localStorage.setItem(
        'dokhae:settings',
        JSON.stringify({ theme: 'dark', fontSize: 'xl', lineSpacing: 'loose' }),
      ),
    );
    await page.reload();
    await page.waitForSelector('#main[aria-busy="false"]');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.evaluate(() => localStorage.clear());
  });
});
