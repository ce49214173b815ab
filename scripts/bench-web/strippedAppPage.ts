/**
 * References for first paint made from the built app's own index.html, with parts taken out:
 *  - without its scripts (and their module preloads), the stylesheet kept inline: the app as it
 *    would paint if its JavaScript cost nothing before first paint;
 *  - without its stylesheet and scripts: the reader's markup (toolbar, one element per sentence,
 *    notes, grammar markers) drawn by the browser's defaults, what the markup alone costs.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STYLE = [/<style>[\s\S]*?<\/style>/g];
const SCRIPTS = [/<script\b[^>]*>[\s\S]*?<\/script>/g, /<link rel="modulepreload"[^>]*>/g];

/** The page without what `patterns` match; throws if one matches nothing (the build changed). */
function strip(html: string, patterns: RegExp[]): string {
  return patterns.reduce((page, pattern) => {
    if (page.search(pattern) < 0)
      throw new Error(`strippedAppPage: nothing matches ${pattern} in index.html`);
    return page.replace(pattern, '');
  }, html);
}

/** The page without its scripts and module preloads; the inline stylesheet stays. */
export const stripScripts = (html: string): string => strip(html, SCRIPTS);

/** The page without its stylesheet, scripts and module preloads. */
export const stripStyleAndScripts = (html: string): string => strip(html, [...STYLE, ...SCRIPTS]);

/** Copies the built site from `distDir` to `outDir`, its index.html passed through `change`. */
function writeChangedCopy(distDir: string, outDir: string, change: (html: string) => string) {
  rmSync(outDir, { recursive: true, force: true });
  cpSync(distDir, outDir, { recursive: true });
  const index = join(outDir, 'index.html');
  writeFileSync(index, change(readFileSync(index, 'utf8')));
  return outDir;
}

/** Copies the built site to `outDir` with an index.html without scripts; returns `outDir`. */
export const writeNoScriptAppPage = (distDir: string, outDir: string): string =>
  writeChangedCopy(distDir, outDir, stripScripts);

/** Copies the built site to `outDir` with an unstyled index.html; returns `outDir`. */
export const writeUnstyledAppPage = (distDir: string, outDir: string): string =>
  writeChangedCopy(distDir, outDir, stripStyleAndScripts);
