/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { compileHints } from './scripts/compileHints.ts';
import { contentPlugin } from './src/content/plugin.ts';

/** The article to build; DOKHAE_CONTENT picks another content folder (e.g. a benchmark copy). */
export const CONTENT_DIR = process.env.DOKHAE_CONTENT ?? 'content/amazon-healthcare';

/**
 * An installable offline reader: every built file is precached; a new version activates at once
 * and serves the next visit, so no old version gets stuck.
 */
const pwa = (): PluginOption =>
  VitePWA({
    registerType: 'autoUpdate',
    // Registered by src/boot.ts after the page has loaded, off the path to the first paint.
    injectRegister: null,
    includeAssets: ['favicon.svg', 'robots.txt', 'icons/apple-touch-icon.png'],
    manifest: {
      name: 'Dokhae 독해 — Korean business news reader',
      short_name: 'Dokhae',
      description:
        'A Korean–English reader for Korean business news, aligned sentence by sentence.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#fbfaf7',
      theme_color: '#1f4e79',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,txt,webmanifest}'],
      // Every file is precached, however long the article: a long one is still read offline.
      maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: true,
    },
  });

/**
 * The Content-Security-Policy of the built site: no inline script, no eval, nothing from another
 * origin. Inline styles only by hash (the one stylesheet, inlined into index.html below). Build
 * only: the dev server needs an inline script for React Fast Refresh.
 */
export function contentSecurityPolicy(styleHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes.map((h) => `'${h}'`)].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * The stylesheet goes inside index.html, so the first paint waits for no other request (it is
 * 4–5 KB gzip, and every page needs all of it).
 */
const inlineCss = (): PluginOption => ({
  name: 'dokhae-inline-css',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html, { bundle }) {
      const inlinedFiles: string[] = [];
      const inlined = html.replace(
        /<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g,
        (_tag, file) => {
          const asset = bundle?.[file];
          if (asset?.type !== 'asset') throw new Error(`inline-css: ${file} is not in the bundle`);
          delete bundle![file];
          inlinedFiles.push(file);
          return `<style>${String(asset.source)}</style>`;
        },
      );
      const left = Object.keys(bundle ?? {}).filter((f) => f.endsWith('.css'));
      if (left.length > 0) throw new Error(`inline-css: ${left.join(', ')} not in index.html`);
      const css = inlinedFiles.map((f) => f.split('/').pop()!);
      const asking = Object.values(bundle ?? {}).filter(
        (c) => c.type === 'chunk' && css.some((f) => c.code.includes(f)),
      );
      if (asking.length > 0) {
        const names = asking.map((c) => c.fileName).join(', ');
        throw new Error(
          `inline-css: ${names} would load the inlined stylesheet; see codeSplitting`,
        );
      }
      return inlined;
    },
  },
});

/** Puts the policy in a meta tag, with the hash of each inline stylesheet. */
const csp = (): PluginOption => ({
  name: 'dokhae-csp',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html) {
      const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]!));
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes)}" />`,
      );
    },
  },
});

export default defineConfig(({ command, isSsrBuild }) => ({
  // Relative asset URLs: the built site works under any base path, sub-folders included.
  base: './',
  // Whatever the mode (the browser tests build with NODE_ENV=test), a build has a worker.
  define: { __SERVICE_WORKER__: JSON.stringify(command === 'build' && !isSsrBuild) },
  build: {
    // .vite/manifest.json: which chunk loads which (the size report of npm run bench:web).
    manifest: !isSsrBuild,
    rolldownOptions: {
      output: {
        // What src/boot.ts shares with the app (Vite's preload helper, the starting state),
        // in a chunk of its own rather than in the entry chunk: a chunk that imports from the
        // entry would also preload the entry's stylesheet, which inlineCss moves into
        // index.html (inlineCss fails the build if a chunk still asks for it).
        codeSplitting: {
          groups: [{ name: 'start', test: /preload-helper|\/src\/(prerendered|state\/|i18n\/)/ }],
        },
      },
    },
  },
  plugins: [
    react(),
    contentPlugin(CONTENT_DIR),
    ...(isSsrBuild ? [] : [pwa(), inlineCss(), csp(), compileHints('/src/main.tsx')]),
  ],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/components/setup.ts'],
          // The whole reader renders about 2,000 elements; role queries over it are slow in jsdom.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
}));
