import { describe, expect, it } from 'vitest';
import { stripScripts, stripStyleAndScripts } from '../../scripts/bench-web/strippedAppPage';

const CSP = `<meta http-equiv="Content-Security-Policy" content="style-src 'self' 'sha256-x'" />`;
const BUILT = `<!doctype html><html lang="en"><head>
${CSP}
<link rel="modulepreload" crossorigin href="./assets/start-1.js">
<script type="module" crossorigin src="./assets/index-1.js"></script>
<style>body{color:red}</style>
<link rel="manifest" href="./manifest.webmanifest">
</head><body><main><p lang="ko">한국어</p></main>
<script type="module" src="./assets/later.js"></script></body></html>`;

describe('the unstyled reference page of bench:web', () => {
  it('keeps the markup and drops the stylesheet, every script and the module preloads', () => {
    const page = stripStyleAndScripts(BUILT);
    expect(page).toContain('<main><p lang="ko">한국어</p></main>');
    expect(page).toContain('rel="manifest"');
    expect(page).not.toMatch(/<style|<script|modulepreload/);
  });

  it('gives the same page when called twice (no state left in its patterns)', () => {
    expect(stripStyleAndScripts(BUILT)).toBe(stripStyleAndScripts(BUILT));
  });

  it('fails, naming the pattern, when the build no longer inlines its stylesheet', () => {
    expect(() => stripStyleAndScripts(BUILT.replace(/<style>.*<\/style>/, ''))).toThrow(/<style>/);
  });
});

describe('the no-script app page of bench:web', () => {
  it('drops every script and module preload, and keeps the inline style and the CSP', () => {
    const page = stripScripts(BUILT);
    expect(page).not.toMatch(/<script|modulepreload/);
    expect(page).toContain('<style>body{color:red}</style>');
    expect(page).toContain(CSP);
    expect(page).toContain('<main><p lang="ko">한국어</p></main>');
  });

  it('fails, naming the pattern, when the build has no script to take out', () => {
    const withoutScripts = BUILT.replace(/<script\b[^>]*><\/script>/g, '');
    expect(() => stripScripts(withoutScripts)).toThrow(/<script/);
  });
});
