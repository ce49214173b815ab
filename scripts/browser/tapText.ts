/** Taps on the text as a reader does; shared by the browser tests, bench:web and screenshots. */
import type { Page } from 'playwright-core';
import { TEXT_ATTRIBUTE, textSelectors } from '../../src/reader/textDom';

/** The selector of a sentence's text in one language. */
export const sentenceText = (sid: string, lang: 'ko' | 'en') => textSelectors.sentence(sid, lang);

/** The id of the sentence that has the focus (null when none has). */
export const focusedSentence = (page: Page) =>
  page.evaluate((a) => document.activeElement?.getAttribute(a) ?? null, TEXT_ATTRIBUTE.sentence);

/**
 * Clicks the middle of `needle` in the sentence matched by `sentence`, scrolled to the middle of
 * the viewport first (clear of the sticky toolbar):
 * on plain text the first time (which turns the sentence's block into controls, then opens the
 * word or term under the point), on the word's or term's control afterwards.
 */
export async function tapText(page: Page, sentence: string, needle: string): Promise<void> {
  const point = await page.evaluate(
    ([selector, text]) => {
      const root = document.querySelector(selector!);
      const walker = document.createTreeWalker(root!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(text!);
        if (at < 0) continue;
        const middle = at + Math.floor(text!.length / 2);
        const range = document.createRange();
        range.setStart(node, middle);
        range.setEnd(node, middle + 1);
        node.parentElement!.scrollIntoView({ block: 'center' });
        const box = range.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
      throw new Error(`"${text}" is not in ${selector}`);
    },
    [sentence, needle],
  );
  await page.mouse.click(point.x, point.y);
}
