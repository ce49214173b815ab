/**
 * Screenshots of the built reader for a person to look at: every mode, wide and narrow,
 * both interface languages. Usage: npm run screenshots (writes .tmp/screenshots/*.png).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './browser/chromium';
import { buildSite } from '../build/site';
import { serveStatic } from './browser/staticServer';
import { sentenceText, tapText } from './browser/tapText';
import { textSelectors } from '../src/reader/textDom';

const OUT = resolve('.tmp/screenshots');
const DIST = resolve('.tmp/shots-dist');
const MODES = ['ko', 'en', 'pair', 'interleave'];
const VIEWPORTS = { wide: { width: 1280, height: 900 }, narrow: { width: 390, height: 844 } };
const LANGS = ['en', 'ko'];

await buildSite(DIST, true);
const { server, url } = await serveStatic(DIST, '/');
mkdirSync(OUT, { recursive: true });
const context = await launchChromium();
const page = await context.newPage();
const extra = process.argv.slice(2); // e.g. "#s-p9-3" or "&theme=dark"
/** Scrolls a sentence into view, as a reader would, once the app is live (details loaded). */
async function scrollTo(sid: string) {
  await page.waitForSelector('#main[aria-busy="false"]');
  await page.locator(`#s-${sid}`).scrollIntoViewIfNeeded();
}
for (const lang of LANGS) {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    for (const mode of MODES) {
      await page.goto(url);
      await page.evaluate(
        (l) => localStorage.setItem('dokhae:settings', JSON.stringify({ uiLang: l })),
        lang,
      );
      await page.goto(`${url}?mode=${mode}${extra.join('')}`);
      await page.waitForSelector('#main[aria-busy="false"] article.article');
      if (mode === 'ko') await page.locator(textSelectors.sentence('deck1-1')).first().click();
      const file = `${OUT}/${mode}-${size}-${lang}.png`;
      await page.screenshot({ path: file });
      console.log(file);
    }
    // A term card opened from the text, and the glossary view with one entry open.
    await page.goto(`${url}?mode=pair`);
    await scrollTo('p4-1');
    await tapText(page, sentenceText('p4-1', 'ko'), '헤일로');
    await page.waitForSelector('.card');
    await page.screenshot({ path: `${OUT}/card-word-term-${size}-${lang}.png` });
    await page.keyboard.press('Escape'); // the open card may cover what comes next
    await tapText(page, sentenceText('p4-1', 'en'), 'Halo');
    await page.waitForSelector('.card');
    await page.screenshot({ path: `${OUT}/card-term-${size}-${lang}.png` });
    await page.keyboard.press('Escape');
    await tapText(page, sentenceText('p7-1', 'ko'), '달러(당시');
    await page.waitForSelector('.card');
    await page.screenshot({ path: `${OUT}/card-number-${size}-${lang}.png` });
    await page.keyboard.press('Escape');
    await scrollTo('p1-2');
    await page.locator(textSelectors.grammarMarker('p1-2')).click();
    await page.screenshot({ path: `${OUT}/card-grammar-${size}-${lang}.png` });
    // Interlinear romanization and gloss above the Korean.
    await page.evaluate(
      (l) =>
        localStorage.setItem(
          'dokhae:settings',
          JSON.stringify({ uiLang: l, roman: true, gloss: true }),
        ),
      lang,
    );
    await page.goto(`${url}?mode=ko`);
    await page.waitForSelector('#main[aria-busy="false"] .rt-stack');
    await page.screenshot({ path: `${OUT}/ruby-${size}-${lang}.png` });
    await page.goto(`${url}#grammar`);
    await page.waitForSelector('#main[aria-busy="false"] .pattern');
    await page.screenshot({ path: `${OUT}/grammar-${size}-${lang}.png` });
    // The reading settings panel, and the reader in the dark theme.
    await page.evaluate(
      (l) => localStorage.setItem('dokhae:settings', JSON.stringify({ uiLang: l })),
      lang,
    );
    await page.goto(`${url}?mode=pair`);
    await page.locator('.settings-toggle').click();
    await page.waitForTimeout(400); // let the panel's fade-in finish
    await page.screenshot({ path: `${OUT}/settings-${size}-${lang}.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${url}?mode=interleave`);
    await page.waitForSelector('#main[aria-busy="false"]');
    await tapText(page, sentenceText('p2-3', 'ko'), '정도지만');
    await page.waitForSelector('.card');
    await page.screenshot({ path: `${OUT}/dark-${size}-${lang}.png` });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${url}?mode=pair#term=telemedicine`);
    await page.waitForSelector('.glossary-panel');
    await page.screenshot({ path: `${OUT}/glossary-${size}-${lang}.png` });
  }
}
await context.close();
server.close();
