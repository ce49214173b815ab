/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compileHints } from './build/compileHints.ts';
import { csp } from './build/csp.ts';
import { inlineCss } from './build/inlineCss.ts';
import { pwa } from './build/pwa.ts';
import { contentPlugin } from './build/content/plugin.ts';

/** The article to build; DOKHAE_CONTENT picks another content folder (e.g. a benchmark copy). */
export const CONTENT_DIR = process.env.DOKHAE_CONTENT ?? 'content/amazon-healthcare';

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
        // What src/app/boot.ts shares with the app (Vite's preload helper, the starting state),
        // in a chunk of its own rather than in the entry chunk: a chunk that imports from the
        // entry would also preload the entry's stylesheet, which inlineCss moves into
        // index.html (inlineCss fails the build if a chunk still asks for it).
        codeSplitting: {
          groups: [{ name: 'start', test: /preload-helper|\/src\/(state|i18n)\// }],
        },
      },
    },
  },
  plugins: [
    react(),
    contentPlugin(CONTENT_DIR),
    ...(isSsrBuild ? [] : [pwa(), inlineCss(), csp(), compileHints('/src/app/main.tsx')]),
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
