/** Puts the prerendered reader into index.html: pure, text in and text out (build/site.ts uses it). */
import type { Prerendered } from './prerender';

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const attributes = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([name, value]) => `${name}="${escapeText(value).replace(/"/g, '&quot;')}"`)
    .join(' ');

/** index.html with the reader in #root, the glossary in <noscript>, the title and <html>'s attributes. */
export function injectPrerendered(
  page: string,
  { html, noscript, title, htmlAttributes }: Prerendered,
): string {
  if (!page.includes('<div id="root"></div>')) throw new Error('index.html has no empty #root');
  // Replacer functions, never replacement strings: in a string, $& $' $` $$ (which content can
  // hold: prices, quotes, code) would be read as patterns and corrupt the page.
  return page
    .replace(
      '<div id="root"></div>',
      () => `<div id="root">${html}</div><noscript>${noscript}</noscript>`,
    )
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeText(title)}</title>`)
    .replace(/<html lang="[^"]*">/, () => `<html ${attributes(htmlAttributes)}>`);
}
