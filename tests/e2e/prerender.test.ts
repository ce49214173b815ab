import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browser/chromium';
import { baseUrl, openReader } from './page';
import { textSelectors } from '../../src/reader/textDom';

const HEADLINE = '아마존에서 가장 큰 이익을 올리는 아마존웹서비스(AWS)';
const FIRST_PARAGRAPH_START = '지금의 아마존을 전자상거래 회사로 묘사하는 것은 적절하지 않다.';

describe('prerendered HTML', () => {
  let noJs: BrowserContext;
  beforeAll(async () => {
    noJs = await launchChromium({ javaScriptEnabled: false, locale: 'en-US' });
  });
  afterAll(async () => {
    await noJs?.close();
  });

  it('is readable with JavaScript disabled: headline, first paragraph and glossary', async () => {
    const page = await noJs.newPage();
    await page.goto(baseUrl());
    expect(await page.locator('h1[lang="ko"]').first().innerText()).toBe(HEADLINE);
    const firstParagraph = page.locator('.pair-paragraph p[lang="ko"]').first();
    expect(await firstParagraph.innerText()).toContain(FIRST_PARAGRAPH_START);
    expect(await firstParagraph.isVisible()).toBe(true);
    const glossary = page.locator('.static-glossary');
    expect(await glossary.isVisible()).toBe(true);
    expect(await glossary.locator('dt').count()).toBeGreaterThanOrEqual(45);
    expect(await page.title()).toContain('아마존웹서비스');
  });
});

describe('hydration', () => {
  it('hydrates the prerendered reader without a mismatch or any console error', async () => {
    const context = await launchChromium({ locale: 'en-US' });
    try {
      const { page, errors } = await openReader(context);
      // Prove the page is live: hydrated event handlers switch the mode.
      await page.getByRole('radio', { name: 'Interleaved' }).check();
      await page.waitForSelector('article.mode-interleave');
      expect(await page.locator('.interleave-pair').count()).toBeGreaterThan(30);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('changes nothing on <html> while hydrating (any change there restyles the whole page)', async () => {
    const context = await launchChromium({ locale: 'en-US' });
    try {
      await context.addInitScript(() => {
        const changes: string[] = [];
        (window as unknown as { htmlChanges: string[] }).htmlChanges = changes;
        // On the document: <html> does not exist yet when this runs.
        new MutationObserver((records) => {
          for (const r of records) {
            if (r.target === document.documentElement) changes.push(r.attributeName ?? '');
          }
        }).observe(document, { attributes: true, subtree: true });
      });
      const { page, errors } = await openReader(context, '', undefined, 'as loaded');
      const htmlChanges = () =>
        page.evaluate(() => (window as unknown as { htmlChanges: string[] }).htmlChanges);
      expect(await page.evaluate(() => document.documentElement.dataset)).toMatchObject({
        fontSize: 'm',
        lineSpacing: 'normal',
        theme: 'system',
      });
      expect(await htmlChanges()).toEqual([]);
      // A reading setting still reaches <html>.
      await page.getByRole('button', { name: 'Reading settings' }).click();
      await page.getByRole('radio', { name: 'Largest' }).check();
      expect(await page.getAttribute('html', 'data-font-size')).toBe('xl');
      expect(await htmlChanges()).toContain('data-font-size');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('renders afresh, without errors, when the visitor’s state differs (Korean UI, saved mode)', async () => {
    const context = await launchChromium({ locale: 'ko-KR' });
    try {
      const { page, errors } = await openReader(context, '?mode=ko');
      expect(await page.getAttribute('html', 'lang')).toBe('ko');
      expect(await page.locator(textSelectors.revealButton()).count()).toBe(41);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('security a static host can serve', () => {
  it('makes no request that is not same-origin and breaks no Content-Security-Policy', async () => {
    const context = await launchChromium({ locale: 'en-US' });
    try {
      const origin = new URL(baseUrl()).origin;
      const foreign: string[] = [];
      context.on('request', (r) => {
        const url = new URL(r.url());
        if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
          foreign.push(r.url());
        }
      });
      const { page, errors } = await openReader(context);
      await page.evaluate(() => {
        (window as unknown as { cspViolations: string[] }).cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { cspViolations: string[] }).cspViolations.push(
            e.violatedDirective,
          ),
        );
      });
      await page.locator(textSelectors.word('p1-1-w5')).click();
      // The card's code loads on this first click: leaving before it arrives would abort it.
      await page.waitForSelector('[role=dialog].card');
      await page.keyboard.press('Escape');
      await page.goto(`${baseUrl()}#glossary`);
      await page.waitForSelector('.glossary-list');
      const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(
        await page.evaluate(
          () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
        ),
      ).toEqual([]);
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
