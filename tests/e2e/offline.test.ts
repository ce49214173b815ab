import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/browser/chromium';
import { baseUrl, sentenceText, tapText } from './page';
import { serveStatic } from '../../scripts/browser/staticServer';

let context: BrowserContext;
beforeAll(async () => {
  context = await launchChromium({ locale: 'en-US' });
});
afterAll(async () => {
  await context?.close();
});

/** Waits until a service worker controls the page. */
async function waitForWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) =>
        navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
      );
    }
  });
}

describe('offline', () => {
  it('after one visit, reloading offline shows the reader, the glossary and the word cards', async () => {
    const page = await context.newPage();
    await page.goto(baseUrl());
    await waitForWorker(page);
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

describe('a new version', () => {
  // A copy of the built site, served on its own, so that a new version can be deployed over it.
  const site = resolve('.tmp/e2e-update-site');
  const VERSION_MARK = '<meta name="dokhae-test-version" content="2" />';

  /**
   * Deploys a second version: its index.html differs, so its service worker lists a new
   * revision of index.html (as a real build does) and is itself a new file.
   */
  function deployNewVersion() {
    const index = join(site, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('</head>', `${VERSION_MARK}</head>`));
    const worker = join(site, 'sw.js');
    const code = readFileSync(worker, 'utf8');
    const updated = code.replace(
      /("?url"?:\s*"index\.html",\s*"?revision"?:\s*")[0-9a-f]+"/,
      (_m, start: string) => `${start}${'2'.repeat(32)}"`,
    );
    expect(updated).not.toBe(code);
    writeFileSync(worker, updated);
  }

  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('is picked up on the next visit, and the old one is gone, offline too', async () => {
    rmSync(site, { recursive: true, force: true });
    cpSync(inject('distDir'), site, { recursive: true });
    const { server, url } = await serveStatic(site, '/update/');
    const visitor = await launchChromium({ locale: 'en-US' });
    try {
      const page = await visitor.newPage();
      await page.goto(url);
      await waitForWorker(page);
      const versionMark = () => page.locator('meta[name="dokhae-test-version"]').count();
      expect(await versionMark()).toBe(0);

      deployNewVersion();
      // The browser checks for a new worker on each visit; here, at once from the open page.
      // The new worker installs, takes over at once (skipWaiting, clientsClaim) and drops the
      // old version's files.
      await page.evaluate(
        () =>
          new Promise<void>((done) => {
            navigator.serviceWorker.addEventListener('controllerchange', () => done(), {
              once: true,
            });
            void navigator.serviceWorker.getRegistration().then((r) => r?.update());
          }),
      );

      await page.reload();
      await page.waitForSelector('article.article');
      expect(await versionMark()).toBe(1);
      // Only the new index.html is kept (precached under its revision).
      const cachedPages = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) {
          for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
        }
        return urls.filter((u) => u.includes('index.html'));
      });
      expect(cachedPages).toEqual([expect.stringContaining('2'.repeat(32))]);

      await visitor.setOffline(true);
      await page.reload();
      await page.waitForSelector('#main[aria-busy="false"]');
      expect(await versionMark()).toBe(1);
      expect(await page.locator('.sentence[lang="ko"]').count()).toBe(41);
    } finally {
      await visitor.close();
      await new Promise((done) => server.close(done));
    }
  });
});
