/**
 * What the stylesheet does, as computed styles of the built page in Chromium: the reading
 * settings' defaults and choices, the palette in each theme, and the print styles.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browser/chromium';
import {
  DEFAULT_READING_SETTINGS,
  FONT_SIZE_SCALE,
  FONT_SIZES,
  LINE_HEIGHT,
  LINE_SPACINGS,
} from '../../src/state/readingSettings';
import { openReader, sentenceText, tapText } from './page';

const NARROW = { width: 390, height: 844 };

let context: BrowserContext;
beforeAll(async () => {
  context = await launchChromium({ locale: 'en-US' });
});
afterEach(async () => {
  for (const page of context.pages()) {
    await page.evaluate(() => localStorage.clear()).catch(() => {});
    await page.close();
  }
});
afterAll(async () => {
  await context?.close();
});

/** The reader with these settings saved, as a returning reader opens it. */
async function openWith(
  query: string,
  settings: Record<string, unknown>,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const { page } = await openReader(context, query, viewport, 'as loaded');
  await page.evaluate((s) => localStorage.setItem('dokhae:settings', JSON.stringify(s)), settings);
  await page.reload();
  await page.waitForSelector('#main[aria-busy="false"]');
  return page;
}

const openSettings = (page: Page) => page.getByRole('button', { name: 'Reading settings' }).click();

/** The root font-size in px, and the body's font-size and line-height in px. */
const textMetrics = (page: Page) =>
  page.evaluate(() => {
    const body = getComputedStyle(document.body);
    return {
      root: parseFloat(getComputedStyle(document.documentElement).fontSize),
      body: parseFloat(body.fontSize),
      lineHeight: parseFloat(body.lineHeight),
    };
  });

/** Chromium's default font-size, which 100% of the root font-size is. */
const BROWSER_DEFAULT_PX = 16;
const percent = (scale: string) => parseFloat(scale) / 100;

describe('reading settings: text size and line spacing', () => {
  it('with nothing saved, are the defaults, which are also the fallbacks of the stylesheet', async () => {
    const { page } = await openReader(context, '?mode=pair', undefined, 'as loaded');
    const { fontSize, lineSpacing } = DEFAULT_READING_SETTINGS;
    // Nothing set on <html> for the default choice: the stylesheet's fallbacks apply.
    expect(await page.getAttribute('html', 'style')).toBeNull();
    const fallback = await textMetrics(page);
    expect(fallback.root).toBe(BROWSER_DEFAULT_PX * percent(FONT_SIZE_SCALE[fontSize]));
    expect(fallback.lineHeight / fallback.body).toBeCloseTo(Number(LINE_HEIGHT[lineSpacing]), 5);
    // The default choice set as the custom properties a non-default choice sets: no change.
    await page.evaluate(
      ([size, height]) => {
        document.documentElement.style.setProperty('--reading-font-size', size!);
        document.documentElement.style.setProperty('--reading-line-height', height!);
      },
      [FONT_SIZE_SCALE[fontSize], LINE_HEIGHT[lineSpacing]],
    );
    expect(await textMetrics(page)).toEqual(fallback);
  });

  it('scale the root font-size with each text size, and the body line-height with each spacing', async () => {
    const { page } = await openReader(context, '?mode=pair', undefined, 'as loaded');
    await openSettings(page);
    for (const size of FONT_SIZES) {
      await page.locator(`input[name$="font-size"][value="${size}"]`).check();
      const { root } = await textMetrics(page);
      expect(root, size).toBeCloseTo(BROWSER_DEFAULT_PX * percent(FONT_SIZE_SCALE[size]), 5);
    }
    for (const spacing of LINE_SPACINGS) {
      await page.locator(`input[name$="line-spacing"][value="${spacing}"]`).check();
      const { body, lineHeight } = await textMetrics(page);
      expect(lineHeight / body, spacing).toBeCloseTo(Number(LINE_HEIGHT[spacing]), 5);
    }
  });

  it('keep touch targets at least 36 px when the text is at its smallest', async () => {
    const page = await openWith('?mode=pair', { fontSize: 'xs' });
    expect(percent(FONT_SIZE_SCALE.xs) * BROWSER_DEFAULT_PX * 2.25).toBeLessThan(36);
    const heights = await page
      .locator('.toolbar :is(.segment, .button)')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(4);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(36);
  });
});

/** Every custom property of the root that is a colour, resolved to rgb() where it is used. */
const palette = (page: Page) =>
  page.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    const probe = document.body.appendChild(document.createElement('i'));
    const colours: Record<string, string> = {};
    for (let i = 0; i < root.length; i++) {
      const name = root[i]!;
      const value = root.getPropertyValue(name).trim();
      if (!name.startsWith('--') || !value || !CSS.supports('color', value)) continue;
      probe.style.color = `var(${name})`;
      colours[name] = getComputedStyle(probe).color;
    }
    probe.remove();
    return colours;
  });

/** The used colours of a few things on the page, and the root's color-scheme. */
const looks = (page: Page) =>
  page.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    return {
      colorScheme: style('html').colorScheme,
      background: style('body').backgroundColor,
      text: style('body').color,
      toolbar: style('.toolbar').backgroundColor,
      grammarMarker: style('.grammar-marker').color,
    };
  });

const LIGHT = { background: 'rgb(251, 250, 247)', text: 'rgb(29, 29, 31)' };
const DARK = { background: 'rgb(22, 23, 26)', text: 'rgb(235, 234, 230)' };
const PALETTE = [
  '--bg',
  '--surface',
  '--text',
  '--muted',
  '--line',
  '--accent',
  '--accent-soft',
  '--highlight',
  '--target',
  '--note-bg',
  '--focus',
];

describe('themes', () => {
  it('give every colour of the palette a light and a dark value, following the system', async () => {
    const { page } = await openReader(context, '?mode=pair', undefined, 'as loaded');
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await palette(page);
    const lightLooks = await looks(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await palette(page);
    const darkLooks = await looks(page);

    expect(Object.keys(light)).toEqual(expect.arrayContaining(PALETTE));
    expect(Object.keys(dark).sort()).toEqual(Object.keys(light).sort());
    for (const name of Object.keys(light)) expect(dark[name], name).not.toBe(light[name]);
    expect(lightLooks).toMatchObject({
      colorScheme: 'light dark',
      ...LIGHT,
      toolbar: LIGHT.background,
    });
    expect(darkLooks).toMatchObject({
      colorScheme: 'light dark',
      ...DARK,
      toolbar: DARK.background,
    });
    expect(darkLooks.grammarMarker).not.toBe(lightLooks.grammarMarker);
  });

  it('force light or dark by the color-scheme alone, whatever the system, through the settings', async () => {
    const { page } = await openReader(context, '?mode=pair', undefined, 'as loaded');
    await page.emulateMedia({ colorScheme: 'light' });
    const systemLight = { palette: await palette(page), looks: await looks(page) };
    await page.emulateMedia({ colorScheme: 'dark' });
    const systemDark = { palette: await palette(page), looks: await looks(page) };
    const forced = async () => ({ palette: await palette(page), looks: await looks(page) });

    await openSettings(page);
    await page.getByRole('radio', { name: 'Light' }).check();
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    const forcedLight = await forced();
    expect(forcedLight.looks.colorScheme).toBe('light');
    expect(forcedLight.palette).toEqual(systemLight.palette);
    expect({ ...forcedLight.looks, colorScheme: '' }).toEqual({
      ...systemLight.looks,
      colorScheme: '',
    });

    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('radio', { name: 'Dark' }).check();
    const forcedDark = await forced();
    expect(forcedDark.looks.colorScheme).toBe('dark');
    expect(forcedDark.palette).toEqual(systemDark.palette);
    expect({ ...forcedDark.looks, colorScheme: '' }).toEqual({
      ...systemDark.looks,
      colorScheme: '',
    });
  });

  it('keep a forced theme saved in the settings when the page opens again', async () => {
    const page = await openWith('?mode=pair', { theme: 'dark' });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await looks(page)).toMatchObject({ colorScheme: 'dark', ...DARK });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() =>
      localStorage.setItem('dokhae:settings', JSON.stringify({ theme: 'light' })),
    );
    await page.reload();
    await page.waitForSelector('#main[aria-busy="false"]');
    expect(await looks(page)).toMatchObject({ colorScheme: 'light', ...LIGHT });
  });
});

/** display, for each selector, of the first element it matches */
const displays = (page: Page, selectors: string[]) =>
  page.evaluate(
    (list) =>
      Object.fromEntries(
        list.map((s) => {
          const el = document.querySelector(s);
          return [s, el ? getComputedStyle(el).display : 'missing'];
        }),
      ),
    selectors,
  );

/** The same display for every selector */
const all = (selectors: string[], display: string) =>
  Object.fromEntries(selectors.map((s) => [s, display]));

/** Runs `measure` on screen, then with print styles, and gives both. */
async function screenAndPrint<T>(page: Page, measure: () => Promise<T>) {
  await page.emulateMedia({ media: 'screen' });
  const screen = await measure();
  await page.emulateMedia({ media: 'print' });
  const print = await measure();
  await page.emulateMedia({ media: 'screen' });
  return { screen, print };
}

describe('print', () => {
  it('leaves out the controls: toolbar, skip link, hint, reveal buttons, grammar markers', async () => {
    const { page } = await openReader(context, '?mode=ko', undefined, 'as loaded');
    const controls = ['.toolbar', '.skip-link', '.hint', '.reveal-toggle', '.grammar-marker'];
    const { screen, print } = await screenAndPrint(page, () => displays(page, controls));
    for (const s of controls) expect(screen[s], s).not.toMatch(/none|missing/);
    expect(print).toEqual(all(controls, 'none'));
  });

  it('leaves out an open card, the settings panel, the help dialog and the glossary controls', async () => {
    const { page } = await openReader(context, '?mode=pair');
    await tapText(page, sentenceText('p2-2', 'ko'), '캐시카우');
    await page.waitForSelector('.card');
    let { screen, print } = await screenAndPrint(page, () => displays(page, ['.card']));
    expect(screen['.card']).toBe('block');
    expect(print['.card']).toBe('none');
    await page.keyboard.press('Escape');

    await openSettings(page);
    ({ screen, print } = await screenAndPrint(page, () => displays(page, ['.settings-panel'])));
    expect(screen['.settings-panel']).toBe('block');
    expect(print['.settings-panel']).toBe('none');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await page.waitForSelector('dialog.dialog[open]');
    ({ screen, print } = await screenAndPrint(page, () => displays(page, ['dialog.dialog'])));
    expect(screen['dialog.dialog']).toBe('block');
    expect(print['dialog.dialog']).toBe('none');
    await page.keyboard.press('Escape');

    await page.evaluate(() => (window.location.hash = '#glossary'));
    await page.waitForSelector('.glossary-controls');
    ({ screen, print } = await screenAndPrint(page, () => displays(page, ['.glossary-controls'])));
    expect(screen['.glossary-controls']).toBe('flex');
    expect(print['.glossary-controls']).toBe('none');
  });

  it('prints black on white, in the dark theme too', async () => {
    const page = await openWith('?mode=interleave', { theme: 'dark' });
    await page.emulateMedia({ colorScheme: 'dark' });
    const colours = () =>
      page.evaluate(() => ({
        page: getComputedStyle(document.documentElement).backgroundColor,
        background: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.body).color,
        english: getComputedStyle(document.querySelector('.interleave-en')!).color,
      }));
    const { screen, print } = await screenAndPrint(page, colours);
    expect(screen).toMatchObject(DARK);
    expect(print).toEqual({
      page: 'rgb(255, 255, 255)',
      background: 'rgb(255, 255, 255)',
      text: 'rgb(0, 0, 0)',
      english: 'rgb(51, 51, 51)',
    });
  });

  it('keeps side by side in two columns on a narrow page, each pair and heading kept together', async () => {
    const { page } = await openReader(context, '?mode=pair', NARROW, 'as loaded');
    const layout = () =>
      page.evaluate(() => {
        const style = (s: string) => getComputedStyle(document.querySelector(s)!);
        return {
          columns: style('.pair').gridTemplateColumns.split(' ').length,
          pairBreakInside: style('.pair').breakInside,
          headlineBreakAfter: style('h1.block-headline').breakAfter,
          pairHeadlineBreakAfter: style('.pair-headline').breakAfter,
        };
      });
    const { screen, print } = await screenAndPrint(page, layout);
    expect(screen).toEqual({
      columns: 1,
      pairBreakInside: 'auto',
      headlineBreakAfter: 'auto',
      pairHeadlineBreakAfter: 'auto',
    });
    expect(print).toEqual({
      columns: 2,
      pairBreakInside: 'avoid',
      headlineBreakAfter: 'avoid',
      pairHeadlineBreakAfter: 'avoid',
    });
  });

  it('keeps each interleaved pair together', async () => {
    const { page } = await openReader(context, '?mode=interleave', undefined, 'as loaded');
    const breakInside = () =>
      page.evaluate(
        () => getComputedStyle(document.querySelector('.interleave-pair')!).breakInside,
      );
    expect(await screenAndPrint(page, breakInside)).toEqual({ screen: 'auto', print: 'avoid' });
  });

  it('drops the marks on terms, numbers, words and links, and the highlight under the pointer', async () => {
    const { page } = await openReader(context, '?mode=pair');
    // No transitions (the sentence's highlight fades): the values read are the final ones.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const word = page.locator(`${sentenceText('p2-2', 'ko')} .word`).first();
    await word.scrollIntoViewIfNeeded();
    await word.hover();
    const marks = () =>
      page.evaluate(() => {
        const style = (s: string) => getComputedStyle(document.querySelector(s)!);
        return {
          term: style('.term').textDecorationLine,
          number: style('.num').textDecorationLine,
          link: style('.views a[aria-current="page"]').textDecorationLine,
          hoveredWord: style('.word:hover').backgroundColor,
          activeSentence: style('.sentence.is-active').backgroundColor,
        };
      });
    const { screen, print } = await screenAndPrint(page, marks);
    const none = 'rgba(0, 0, 0, 0)';
    expect(screen).toMatchObject({ term: 'underline', number: 'underline', link: 'underline' });
    expect(screen.hoveredWord).not.toBe(none);
    expect(screen.activeSentence).not.toBe(none);
    expect(print).toEqual({
      term: 'none',
      number: 'none',
      link: 'none',
      hoveredWord: none,
      activeSentence: none,
    });
  });
});
