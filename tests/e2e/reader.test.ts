import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browser/chromium';
import { axeViolations, baseUrl, focusedSentence, hasHorizontalScroll, openReader } from './page';
import { TEXT_ATTRIBUTE, textSelectors } from '../../src/reader/textDom';

const KO_FIRST = '지금의 아마존을 전자상거래 회사로 묘사하는 것은 적절하지 않다.';
const MODES = ['ko', 'en', 'pair', 'interleave'] as const;

let context: BrowserContext;
beforeAll(async () => {
  context = await launchChromium({ locale: 'en-US' });
});
afterAll(async () => {
  await context?.close();
});

const sentence = (page: Page, id: string, lang: 'ko' | 'en') =>
  page.locator(textSelectors.sentence(id, lang));

describe('reading modes', () => {
  it('shows the right text in each mode and switches between them', async () => {
    const { page, errors } = await openReader(context);
    expect(await page.locator('input[name=mode]:checked').inputValue()).toBe('pair');
    await expect.poll(() => sentence(page, 'p1-1', 'ko').textContent()).toBe(KO_FIRST);
    expect(await sentence(page, 'p1-1', 'en').textContent()).toMatch(/^It /);

    await page.getByRole('radio', { name: 'English', exact: true }).first().check();
    await page.waitForSelector('article.mode-en');
    expect(await page.locator('[lang="ko"].sentence').count()).toBe(0);
    expect(await page.locator('[lang="en"].sentence').count()).toBe(41);

    await page.getByRole('radio', { name: 'Korean', exact: true }).check();
    await page.waitForSelector('article.mode-ko');
    expect(await page.locator('[lang="en"].sentence').count()).toBe(0);
    expect(await page.locator('[lang="ko"].sentence').count()).toBe(41);

    await page.getByRole('radio', { name: 'Interleaved' }).check();
    await page.waitForSelector('article.mode-interleave');
    const order = await page
      .locator('.sentence')
      .evaluateAll(
        (els, sid) =>
          els.slice(0, 4).map((e) => `${e.getAttribute(sid)}:${e.getAttribute('lang')}`),
        TEXT_ATTRIBUTE.sentence,
      );
    expect(order).toEqual(['headline-1:ko', 'headline-1:en', 'deck1-1:ko', 'deck1-1:en']);
    expect(page.url()).toContain('mode=interleave');
    expect(errors).toEqual([]);
  });

  it('side by side starts each pair on the same line', async () => {
    const { page } = await openReader(context, '?mode=pair');
    const tops = await page.locator('.pair').evaluateAll((pairs) =>
      pairs.map((p) => {
        const [ko, en] = Array.from(p.children) as HTMLElement[];
        return Math.abs(ko!.getBoundingClientRect().top - en!.getBoundingClientRect().top);
      }),
    );
    expect(tops.length).toBe(19);
    expect(Math.max(...tops)).toBeLessThan(1);
  });
});

describe('interaction', () => {
  it('highlights a sentence and its counterpart on hover and on focus', async () => {
    const { page } = await openReader(context, '?mode=pair');
    await sentence(page, 'p2-3', 'ko').hover();
    expect(await sentence(page, 'p2-3', 'en').getAttribute('class')).toContain('is-active');
    await sentence(page, 'p5-1', 'en').hover();
    expect(await sentence(page, 'p5-1', 'ko').getAttribute('class')).toContain('is-active');
    expect(await sentence(page, 'p2-3', 'en').getAttribute('class')).not.toContain('is-active');
    await sentence(page, 'p4-2', 'ko').focus();
    expect(await sentence(page, 'p4-2', 'en').getAttribute('class')).toContain('is-active');
  });

  it('reveals and hides the English of a Korean sentence in Korean-only mode', async () => {
    const { page } = await openReader(context, '?mode=ko');
    const ko = sentence(page, 'p2-1', 'ko');
    const toggle = page.locator(textSelectors.revealButton('p2-1'));
    await toggle.click();
    const reveal = page.locator('#en-p2-1');
    expect(await reveal.getAttribute('lang')).toBe('en');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const [koBox, revealBox] = [await ko.boundingBox(), await reveal.boundingBox()];
    expect(revealBox!.y).toBeGreaterThanOrEqual(koBox!.y + koBox!.height - 1);
    await toggle.click();
    expect(await reveal.count()).toBe(0);
  });
});

describe('state and links', () => {
  it('takes the mode from the URL and keeps it over a reload', async () => {
    const { page } = await openReader(context, '?mode=en');
    expect(await page.locator('input[name=mode]:checked').inputValue()).toBe('en');
    await page.getByRole('radio', { name: 'Interleaved' }).check();
    await page.waitForURL(/mode=interleave/);
    await page.goto(baseUrl());
    await page.waitForSelector('#main[aria-busy="false"]');
    expect(await page.locator('input[name=mode]:checked').inputValue()).toBe('interleave');
    await page.reload();
    await page.waitForSelector('#main[aria-busy="false"]');
    expect(await page.locator('input[name=mode]:checked').inputValue()).toBe('interleave');
  });

  it('falls back to the default for an unknown mode and an unknown sentence id', async () => {
    const { page, errors } = await openReader(context, '?mode=nonsense#s-p99-9');
    await page.evaluate(() => localStorage.clear());
    const fresh = await openReader(context, '?mode=nonsense#s-p99-9');
    expect(await fresh.page.locator('input[name=mode]:checked').inputValue()).toBe('pair');
    expect([...errors, ...fresh.errors]).toEqual([]);
    await page.close();
  });

  it('survives a corrupted saved setting', async () => {
    const { page } = await openReader(context);
    await page.evaluate(() => localStorage.setItem('dokhae:settings', '{"mode": 42'));
    await page.goto(baseUrl());
    expect(await page.locator('input[name=mode]:checked').inputValue()).toBe('pair');
  });

  it('scrolls to and highlights the sentence of #s-<id>', async () => {
    const { page } = await openReader(context, '?mode=pair#s-p11-3');
    const target = sentence(page, 'p11-3', 'ko');
    await expect.poll(() => target.getAttribute('class')).toContain('is-target');
    expect(await sentence(page, 'p11-3', 'en').getAttribute('class')).toContain('is-target');
    const box = await target.boundingBox();
    expect(box!.y).toBeGreaterThan(0);
    expect(box!.y).toBeLessThan(900);
  });
});

describe('interface language', () => {
  it('switches the UI to Korean and back, keeping the mode and <html lang>', async () => {
    const { page } = await openReader(context, '?mode=ko');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('radio', { name: '한국어' }).check();
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    expect(await page.getByRole('group', { name: '읽기 방식' }).count()).toBe(1);
    expect(await page.locator('input[name=mode]:checked').inputValue()).toBe('ko');
    await page.reload();
    await page.waitForSelector('#main[aria-busy="false"]');
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    await page.getByRole('radio', { name: 'English' }).last().check();
    expect(await page.getByRole('group', { name: 'Reading mode' }).count()).toBe(1);
  });
});

describe('narrow screens', () => {
  for (const mode of MODES) {
    it(`has no horizontal scroll at 390 px in ${mode} mode`, async () => {
      const { page } = await openReader(context, `?mode=${mode}`, { width: 390, height: 844 });
      expect(await hasHorizontalScroll(page)).toBe(false);
    });
  }

  it('stacks side by side pairs below 720 px', async () => {
    const { page } = await openReader(context, '?mode=pair', { width: 390, height: 844 });
    const [ko, en] = await Promise.all([
      sentence(page, 'p1-1', 'ko').boundingBox(),
      sentence(page, 'p1-1', 'en').boundingBox(),
    ]);
    expect(en!.y).toBeGreaterThan(ko!.y + ko!.height - 1);
  });
});

describe('keyboard only', () => {
  it('reaches the controls, sentences and dialog with Tab, Enter and shortcuts', async () => {
    const { page } = await openReader(context, '?mode=pair');
    await page.keyboard.press('Tab'); // skip link
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Article');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Glossary');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Grammar');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(
      'mode',
    );
    await page.keyboard.press('ArrowRight'); // radio group: pair → interleave
    await page.waitForSelector('article.mode-interleave');
    expect(await page.locator('input[name=mode]:checked').inputValue()).toBe('interleave');
    await page.keyboard.press('Digit1');
    await page.waitForSelector('article.mode-ko');
    expect(await page.locator('input[name=mode]:checked').inputValue()).toBe('ko');
    await page.locator('body').click({ position: { x: 1, y: 300 } });
    await page.keyboard.press('KeyJ');
    expect(await focusedSentence(page)).toBe('headline-1');
    await page.keyboard.press('KeyJ');
    await page.keyboard.press('Enter');
    expect(await page.locator('#en-deck1-1').count()).toBe(1);
    await page.keyboard.press('Shift+Slash');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(await dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    await page.keyboard.press('KeyL');
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
  });

  it('shows a visible focus ring', async () => {
    const { page } = await openReader(context, '?mode=pair');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const seg = document.activeElement?.closest('.segment');
      return seg ? getComputedStyle(seg).outlineStyle : 'none';
    });
    expect(outline).toBe('solid');
  });
});

describe('accessibility', () => {
  for (const mode of MODES) {
    it(`axe finds no violations in ${mode} mode`, async () => {
      const { page, errors } = await openReader(context, `?mode=${mode}`);
      if (mode === 'ko') await sentence(page, 'deck1-1', 'ko').click();
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it('every piece of article text carries lang', async () => {
    const { page } = await openReader(context, '?mode=interleave');
    const missing = await page
      .locator('.sentence, .note, .reveal')
      .evaluateAll((els) => els.filter((e) => !e.closest('[lang="ko"], [lang="en"]')).length);
    expect(missing).toBe(0);
  });
});
