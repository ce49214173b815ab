/**
 * A second reference for first paint: the built app's own index.html with its stylesheet and
 * scripts taken out. It holds the reader's markup (toolbar, one element per sentence, notes,
 * grammar markers) drawn by the browser's defaults, so it shows how much of the gap to the
 * plain page the markup alone accounts for, before any CSS or JavaScript.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of the built page that style it or run code. */
const STYLE_AND_SCRIPTS = [
  /<style>[\s\S]*?<\/style>/g,
  /<script\b[^>]*>[\s\S]*?<\/script>/g,
  /<link rel="modulepreload"[^>]*>/g,
];

/** The page without its stylesheet and scripts; throws if the build's markup changed shape. */
export function stripStyleAndScripts(html: string): string {
  return STYLE_AND_SCRIPTS.reduce((page, pattern) => {
    if (page.search(pattern) < 0)
      throw new Error(`unstyledPage: nothing matches ${pattern} in index.html`);
    return page.replace(pattern, '');
  }, html);
}

/** Copies the built site from `distDir` to `outDir` with an unstyled index.html; returns `outDir`. */
export function writeUnstyledAppPage(distDir: string, outDir: string): string {
  rmSync(outDir, { recursive: true, force: true });
  cpSync(distDir, outDir, { recursive: true });
  const index = join(outDir, 'index.html');
  writeFileSync(index, stripStyleAndScripts(readFileSync(index, 'utf8')));
  return outDir;
}
