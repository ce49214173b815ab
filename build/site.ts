// build/: Node only, never shipped: the content pipeline (content/), prerender, CSP, CSS inlining, PWA, compile hints.
/**
 * The production build: prerender the reader with React on the server side, then build the
 * client with that HTML already in index.html (so text shows before any script runs).
 * Usage: npm run build (writes dist/). Also used by the browser tests and the benchmarks.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'vite';
import type { Prerendered } from './prerender';
import { injectPrerendered } from './prerenderPage.ts';

const SSR_OUT = resolve('.tmp/ssr');

/** The Vite plugin that puts the prerendered reader into index.html. */
function prerenderPlugin(prerendered: Prerendered): Plugin {
  return {
    name: 'dokhae-prerender',
    transformIndexHtml: (page) => injectPrerendered(page, prerendered),
  };
}

export async function buildSite(outDir = 'dist', quiet = false): Promise<void> {
  const logLevel = quiet ? 'warn' : 'info';
  await build({
    logLevel,
    build: { ssr: 'build/prerender.tsx', outDir: SSR_OUT, emptyOutDir: true },
  });
  const entry = pathToFileURL(resolve(SSR_OUT, 'prerender.js')).href;
  const { render } = (await import(`${entry}?t=${Date.now()}`)) as { render: () => Prerendered };
  await build({
    logLevel,
    build: { outDir: resolve(outDir), emptyOutDir: true },
    plugins: [prerenderPlugin(render())],
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildSite(process.argv[2] ?? 'dist');
}
