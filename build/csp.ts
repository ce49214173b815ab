/** The Content-Security-Policy of the built site, put in a meta tag of index.html. */
import { createHash } from 'node:crypto';
import type { PluginOption } from 'vite';

/**
 * The Content-Security-Policy of the built site: no inline script, no eval, nothing from another
 * origin. Inline styles only by hash (the one stylesheet, inlined into index.html below). Build
 * only: the dev server needs an inline script for React Fast Refresh.
 */
function contentSecurityPolicy(styleHashes: readonly string[]): string {
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

/** Puts the policy in a meta tag, with the hash of each inline stylesheet. */
export const csp = (): PluginOption => ({
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
