import { describe, expect, it } from 'vitest';
import { stripStyleAndScripts } from '../../scripts/bench-web/unstyledPage';

const BUILT = `<!doctype html><html lang="en"><head>
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
