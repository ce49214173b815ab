import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browser/chromium';
import {
  axeViolations,
  baseUrl,
  focusedSentence,
  openReader,
  sentenceText,
  tapText,
  turnAllWords,
} from './page';
import { TEXT_ATTRIBUTE, textSelectors } from '../../src/reader/textDom';

let context: BrowserContext;
beforeAll(async () => {
  context = await launchChromium({ locale: 'en-US' });
});
afterAll(async () => {
  await context?.close();
});

const card = (page: Page) => page.getByRole('dialog');
const word = (page: Page, id: string) => page.locator(textSelectors.word(id));

describe('word cards', () => {
  it('take a word apart: morphemes, dictionary forms, gloss, sound', async () => {
    const { page, errors } = await openReader(context, '?mode=ko');
    await word(page, 'p4-1-w11').click(); // 발표했다.
    expect(await card(page).getAttribute('aria-label')).toBe('Word: 발표했다.');
    const rows = await card(page).locator('.morphemes tbody tr').allTextContents();
    expect(rows.join(' | ')).toContain('past tense');
    expect(await card(page).textContent()).toContain('→ 하다');
    expect(await card(page).textContent()).toContain('Contraction: 하였 → 했');
    expect(await card(page).locator('.term-roman').textContent()).toBe('balpyohaetda');
    expect(errors).toEqual([]);
  });

  it('read a number three ways', async () => {
    const { page } = await openReader(context, '?mode=pair');
    await word(page, 'p7-1-w10').click(); // 39억
    const facts = await card(page).locator('.number-facts').textContent();
    expect(facts).toContain('39억 달러');
    expect(facts).toContain('3,900,000,000');
    expect(facts).toContain('$3.9 billion');
    expect(facts).toContain('삼십구억 달러');
  });

  it('open on a tap and stay on a 390 px screen', async () => {
    const phone = await launchChromium({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    try {
      const { page } = await openReader(phone, '?mode=ko', { width: 390, height: 844 });
      await word(page, 'p9-1-w5').tap();
      const box = await card(page).boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
    } finally {
      await phone.close();
    }
  });

  it('pass axe with a word card open', async () => {
    const { page } = await openReader(context, '?mode=interleave');
    await word(page, 'p2-3-w9').click();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('interlinear ruby', () => {
  /** Pairs of ruby annotations on the same line that overlap. */
  const overlaps = (page: Page) =>
    page.evaluate(() => {
      const boxes = Array.from(document.querySelectorAll('.sentence rt')).map((rt) =>
        rt.getBoundingClientRect(),
      );
      let n = 0;
      for (let i = 1; i < boxes.length; i++) {
        const a = boxes[i - 1]!;
        const b = boxes[i]!;
        const sameLine = a.top < b.bottom && b.top < a.bottom;
        if (sameLine && a.left < b.right - 0.5 && b.left < a.right - 0.5) n++;
      }
      return { n, count: boxes.length };
    });

  it('shows romanization and gloss above words, each on its own, and keeps them', async () => {
    const { page } = await openReader(context, '?mode=ko');
    await page.getByRole('checkbox', { name: 'Romanization' }).check();
    await page.waitForSelector('.rt-roman');
    expect(await page.locator('.rt-roman').count()).toBeGreaterThan(500);
    expect(await page.locator('.rt-gloss').count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Gloss' }).check();
    expect(await page.locator('.rt-gloss').count()).toBeGreaterThan(500);
    await page.getByRole('checkbox', { name: 'Romanization' }).uncheck();
    await page.reload();
    await page.waitForSelector('article');
    await turnAllWords(page);
    expect(await page.locator('.rt-roman').count()).toBe(0);
    expect(await page.locator('.rt-gloss').count()).toBeGreaterThan(500);
    await page.getByRole('radio', { name: 'Side by side' }).check();
    await page.waitForSelector('article.mode-pair');
    await turnAllWords(page);
    expect(await page.locator('.rt-gloss').count()).toBeGreaterThan(500);
    await page.getByRole('checkbox', { name: 'Gloss' }).uncheck();
  });

  it('never overlaps at 390 px', async () => {
    const { page } = await openReader(context, '?mode=ko', { width: 390, height: 844 });
    await page.getByRole('checkbox', { name: 'Romanization' }).check();
    await page.getByRole('checkbox', { name: 'Gloss' }).check();
    await page.waitForSelector('.rt-gloss');
    const { n, count } = await overlaps(page);
    expect(count).toBeGreaterThan(500);
    expect(n).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('checkbox', { name: 'Romanization' }).uncheck();
    await page.getByRole('checkbox', { name: 'Gloss' }).uncheck();
  });
});

describe('grammar', () => {
  it('a sentence marker opens its pattern card', async () => {
    const { page } = await openReader(context, '?mode=pair');
    await page.locator(textSelectors.grammarMarker('p1-1')).click();
    expect(await card(page).getAttribute('aria-label')).toBe('Grammar patterns of sentence p1-1');
    expect(await card(page).getByRole('heading', { name: '-는 것은 적절하지 않다' }).count()).toBe(
      1,
    );
    expect(await card(page).locator('mark').first().textContent()).toBe(
      '묘사하는 것은 적절하지 않다',
    );
  });

  it('the grammar view lists every pattern and links into the text', async () => {
    const { page, errors } = await openReader(context);
    await page.getByRole('link', { name: 'Grammar' }).click();
    await page.waitForSelector('.pattern-list > .pattern');
    expect(await page.locator('.pattern-list > .pattern').count()).toBeGreaterThanOrEqual(15);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Go to sentence p2-4' }).first().click();
    await page.waitForSelector('article.article');
    expect(
      await page.locator(textSelectors.sentence('p2-4', 'ko')).getAttribute('class'),
    ).toContain('is-target');
    expect(errors).toEqual([]);
  });

  it('#pattern=<id> opens the view at that pattern', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl()}#pattern=gi-ttaemun-ida`);
    await page.waitForSelector('.pattern-list');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pattern-gi-ttaemun-ida');
  });
});

describe('words turn into controls when reached', () => {
  const controlsIn = (page: Page, sid: string, lang: 'ko' | 'en' = 'ko') =>
    page.locator(`${sentenceText(sid, lang)} [role="button"]`).count();
  const lastSentence = (page: Page) =>
    page
      .locator(textSelectors.navSentence())
      .last()
      .getAttribute(TEXT_ATTRIBUTE.sentence) as Promise<string>;
  /** The sentences with a term or number marked by a CSS highlight. */
  const highlighted = (page: Page) =>
    page.evaluate(() => {
      const inSentences = (name: string) =>
        [...(CSS.highlights.get(name) ?? [])]
          .filter((range) => !range.collapsed)
          .map((range) => range.startContainer.parentElement?.dataset.sid);
      return { terms: inSentences('dokhae-term'), numbers: inSentences('dokhae-num') };
    });

  it('plain text with its terms and numbers marked, until tapped, focused or linked to', async () => {
    const { page, errors } = await openReader(context, '?mode=pair', undefined, 'as loaded');
    expect(await controlsIn(page, 'p1-1')).toBe(0);
    expect(await page.locator('article [role="button"]').count()).toBe(0);
    // Marks near the viewport only: the top of the article, not its end.
    const marks = await highlighted(page);
    expect(marks.terms).toContain('p1-1');
    expect(marks.numbers).toContain('p2-2');
    expect(marks.terms).not.toContain('p12-2');

    // A tap on a word in plain text opens that word's card, and its block's words are controls.
    await tapText(page, sentenceText('p1-1', 'ko'), '묘사하는');
    await expect.poll(() => card(page).getAttribute('aria-label')).toBe('Word: 묘사하는');
    expect(await controlsIn(page, 'p1-1')).toBeGreaterThan(5);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('묘사하는');
    // The tapped block's marks are spans now; the highlights keep the rest.
    const after = await highlighted(page);
    expect(after.terms).not.toContain('p1-1');
    expect(after.numbers).toContain('p2-2');

    // A tap between words opens nothing.
    await page.mouse.click(5, 5);
    expect(await card(page).count()).toBe(0);

    // Scrolling marks the blocks that come near.
    await page.locator('#s-p12-2').scrollIntoViewIfNeeded();
    await expect.poll(async () => (await highlighted(page)).terms).toContain('p12-2');

    // Focus: K from the top jumps to the last sentence, whose block turns at once.
    const last = await lastSentence(page);
    expect(await controlsIn(page, last)).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.keyboard.press('KeyK');
    expect(await focusedSentence(page)).toBe(last);
    await expect.poll(() => controlsIn(page, last)).toBeGreaterThan(0);
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('button');
    expect(errors).toEqual([]);
  });

  it('a tap on an English term opens it, and its link to a sentence far below turns that block', async () => {
    const { page } = await openReader(context, '?mode=pair', undefined, 'as loaded');
    await tapText(page, sentenceText('headline-1', 'en'), 'Amazon Web Services');
    await expect.poll(() => card(page).getAttribute('aria-label')).toMatch(/아마존웹서비스/);
    const links = card(page).getByRole('button', { name: /^Go to sentence / });
    const label = await links.last().getAttribute('aria-label');
    const sid = label!.replace('Go to sentence ', '');
    expect(await controlsIn(page, sid)).toBe(0);
    await links.last().click();
    const target = page.locator(`${sentenceText(sid, 'ko')} .is-target`);
    expect(await target.count()).toBe(1);
    expect(
      await target.evaluate((el) => el.closest('[role="button"]') === document.activeElement),
    ).toBe(true);
  });

  it('with interlinear lines, the words near the viewport turn by themselves', async () => {
    const { page } = await openReader(context, '?mode=ko', undefined, 'as loaded');
    await page.getByRole('checkbox', { name: 'Gloss' }).check();
    await expect.poll(() => page.locator('#s-p1-1 .rt-gloss').count()).toBeGreaterThan(5);
    const last = await lastSentence(page);
    expect(await page.locator(`#s-${last} .rt-gloss`).count()).toBe(0);
    await page.locator(`#s-${last}`).scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator(`#s-${last} .rt-gloss`).count()).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: 'Gloss' }).uncheck();
  });
});
