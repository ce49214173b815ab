import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from './chromium';
import { baseUrl, sentenceText, tapText } from './page';

let context: BrowserContext;
beforeAll(async () => {
  context = await launchChromium({ locale: 'en-US' });
});
afterAll(async () => {
  await context?.close();
});

describe('offline', () => {
  it('after one visit, reloading offline shows the reader, the glossary and the word cards', async () => {
    const page = await context.newPage();
    await page.goto(baseUrl());
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((done) =>
          navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
        );
      }
    });
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!;
      return (await fetch(link.href)).json();
    });
    expect(manifest.short_name).toBe('Dokhae');
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );

    await context.setOffline(true);
    try {
      await page.reload();
      await page.waitForSelector('#main[aria-busy="false"]');
      await page.waitForSelector('article.article');
      expect(await page.locator('.sentence[lang="ko"]').count()).toBe(41);
      await tapText(page, sentenceText('p2-2', 'ko'), '캐시카우');
      expect(await page.getByRole('dialog').getAttribute('aria-label')).toMatch(/^Word: 캐시카우/);
      await page.keyboard.press('Escape');
      await page.goto(`${baseUrl()}#glossary`);
      await page.waitForSelector('.glossary-summary');
      expect(await page.locator('.glossary-summary').count()).toBeGreaterThanOrEqual(45);
    } finally {
      await context.setOffline(false);
    }
  });
});
