/** The web app manifest and the service worker (vite-plugin-pwa). */
import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * An installable offline reader: every built file is precached; a new version activates at once
 * and serves the next visit, so no old version gets stuck.
 */
export const pwa = (): PluginOption =>
  VitePWA({
    registerType: 'autoUpdate',
    // Registered by src/app/boot.ts after the page has loaded, off the path to the first paint.
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
