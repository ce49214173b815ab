import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browser/chromium';
import { axeViolations, openReader } from './page';
import { TEXT_ATTRIBUTE, textSelectors } from '../../src/reader/textDom';

let context: BrowserContext;
beforeAll(async () => {
  context = await launchChromium({ locale: 'en-US', acceptDownloads: true });
});
afterAll(async () => {
  await context?.close();
});

const mark = (page: Page, sid: string, lang: 'ko' | 'en', term: string) =>
  page.locator(`${textSelectors.sentence(sid, lang)} ${textSelectors.term(term)}`).first();
const card = (page: Page) => page.getByRole('dialog');

describe('term cards in the text', () => {
  const cases = [
    ['ko', 'ko'],
    ['en', 'en'],
    ['pair', 'ko'],
    ['interleave', 'en'],
  ] as const;
  for (const [mode, lang] of cases) {
    it(`opens a term from the ${lang === 'ko' ? 'Korean' : 'English'} in ${mode} mode`, async () => {
      const { page, errors } = await openReader(context, `?mode=${mode}`);
      await mark(page, 'p6-2', lang, 'telemedicine').click();
      expect(await card(page).getAttribute('aria-label')).toBe(
        lang === 'ko' ? 'Word: 원격의료, with its glossary entry' : 'Glossary entry: 원격의료',
      );
      expect(await card(page).textContent()).toContain('遠隔醫療');
      if (mode === 'ko') expect(await page.locator('#en-p6-2').count()).toBe(0);
      await page.keyboard.press('Escape');
      expect(await card(page).count()).toBe(0);
      expect(errors).toEqual([]);
    });
  }

  it('highlights the counterpart term in the other language', async () => {
    const { page } = await openReader(context, '?mode=pair');
    await mark(page, 'p9-4', 'ko', 'shareholder').hover();
    expect(await mark(page, 'p9-4', 'en', 'shareholder').getAttribute('class')).toContain(
      'is-active',
    );
    expect(await mark(page, 'p9-4', 'en', 'letter').getAttribute('class')).not.toContain(
      'is-active',
    );
  });

  it('goes to another occurrence from the card', async () => {
    const { page } = await openReader(context, '?mode=pair');
    await mark(page, 'p4-1', 'ko', 'halo').click();
    await card(page).getByRole('button', { name: 'Go to sentence p7-1' }).click();
    const target = mark(page, 'p7-1', 'ko', 'halo');
    expect(await target.getAttribute('class')).toContain('is-target');
    expect(
      await target.evaluate((el) => el.closest('[role="button"]') === document.activeElement),
    ).toBe(true);
    const box = await target.boundingBox();
    expect(box!.y).toBeGreaterThan(0);
    expect(box!.y).toBeLessThan(900);
  });

  it('works from the keyboard alone', async () => {
    const { page } = await openReader(context, '?mode=pair');
    await page.keyboard.press('KeyJ');
    await page.keyboard.press('KeyJ'); // deck1-1
    await page.keyboard.press('ArrowRight');
    const focused = () =>
      page.evaluate((a) => document.activeElement?.getAttribute(a), TEXT_ATTRIBUTE.word);
    expect(await focused()).toBe('deck1-1-w1');
    await page.keyboard.press('Enter');
    expect(await card(page).getAttribute('aria-label')).toBe(
      "Word: '아마존, with its glossary entry",
    );
    expect(await card(page).getByRole('heading', { name: '아마존 케어' }).count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('dialog');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('[role=dialog]') !== null),
    ).toBe(true);
    await page.keyboard.press('Escape');
    expect(await card(page).count()).toBe(0);
    expect(await focused()).toBe('deck1-1-w1');
  });

  it('opens on a tap at 390 px and stays on screen', async () => {
    const phone = await launchChromium({
      locale: 'ko-KR',
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    try {
      const { page } = await openReader(phone, '?mode=ko', { width: 390, height: 844 });
      expect(await page.getAttribute('html', 'lang')).toBe('ko');
      await mark(page, 'p11-2', 'ko', 'machine-learning').tap();
      const box = await card(page).boundingBox();
      expect(await card(page).getAttribute('aria-label')).toBe(
        '단어: 머신러닝(ML)을, 용어 설명 포함',
      );
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(844);
      await page.locator('.hint').tap();
      expect(await card(page).count()).toBe(0);
    } finally {
      await phone.close();
    }
  });

  it('passes axe with a card open', async () => {
    const { page } = await openReader(context, '?mode=pair');
    await mark(page, 'p2-3', 'ko', 'operating-profit').click();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('glossary view', () => {
  it('is linked from the toolbar and searchable, by 초성 too', async () => {
    const { page, errors } = await openReader(context);
    await page.getByRole('link', { name: 'Glossary' }).click();
    await page.getByRole('searchbox').fill('ㅇㄱㅇㄹ');
    await page.waitForSelector('.glossary-summary');
    const first = page.locator('.glossary-summary').first();
    expect(await first.locator('[lang="ko"]').textContent()).toBe('원격의료');
    await page.getByRole('searchbox').press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('heading', { name: '원격의료' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('opens #term=<id> directly, and says when there is no such term', async () => {
    const { page } = await openReader(context, '#term=health-equity-initiative');
    await page.waitForSelector('.glossary-summary[aria-expanded=true]');
    expect(await page.locator('.glossary-summary[aria-expanded=true]').textContent()).toContain(
      '의료형평성 이니셔티브',
    );
    const missing = await openReader(context, '#term=metaverse');
    await missing.page.waitForSelector('.glossary-summary');
    expect(await missing.page.getByRole('alert').textContent()).toContain('metaverse');
    expect(await missing.page.locator('.glossary-summary').count()).toBeGreaterThanOrEqual(45);
  });

  it('has no horizontal scroll at 390 px', async () => {
    const { page } = await openReader(context, '#term=telemedicine', { width: 390, height: 844 });
    await page.waitForSelector('.glossary-panel');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
  });

  it('downloads the glossary as CSV with a BOM and as TBX', async () => {
    const { page } = await openReader(context, '#glossary');
    await page.waitForSelector('.glossary-summary');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV (spreadsheet)' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('dokhae-amazon-healthcare-glossary.csv');
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    expect(csvText).toContain('telemedicine,원격의료,');

    const [tbx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'TBX (translation tools)' }).click(),
    ]);
    const tbxText = readFileSync((await tbx.path())!, 'utf8');
    const counts = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.localName,
        entries: doc.getElementsByTagName('termEntry').length,
        ko: doc.querySelectorAll('langSet[*|lang="ko"]').length,
      };
    }, tbxText);
    expect(counts.errors).toBe(0);
    expect(counts.root).toBe('martif');
    expect(counts.entries).toBeGreaterThanOrEqual(45);
    expect(counts.ko).toBe(counts.entries);
  });
});
