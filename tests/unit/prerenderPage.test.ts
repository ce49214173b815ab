import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { injectPrerendered } from '../../build/prerenderPage';

const PAGE = [
  '<!doctype html>',
  '<html lang="en">',
  '<head><title>Dokhae 독해</title></head>',
  '<body>',
  '<div id="root"></div>',
  '<script type="module" src="/src/app/boot.ts"></script>',
  '</body>',
  '</html>',
].join('\n');

/** Every sequence that means something in a String.replace replacement string. */
const DOLLARS = ["$'", '$&', '$$', '$`', '$1', '$<x>'];

const prerendered = (text: string) => ({
  html: `<p>price ${text} end</p>`,
  noscript: `<dl><dt>${text}</dt></dl>`,
  title: `Title ${text} <b> & co`,
  htmlAttributes: { lang: 'en', 'data-note': `say "${text}"` },
});

/** What the title and attribute values become: & and < escaped (and " in attributes). */
const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe('injectPrerendered', () => {
  for (const text of DOLLARS) {
    it(`puts HTML, title and attributes containing ${text} in literally`, () => {
      const out = injectPrerendered(PAGE, prerendered(text));
      expect(out).toBe(
        [
          '<!doctype html>',
          `<html lang="en" data-note="say &quot;${escaped(text)}&quot;">`,
          `<head><title>Title ${escaped(text)} &lt;b> &amp; co</title></head>`,
          '<body>',
          `<div id="root"><p>price ${text} end</p></div><noscript><dl><dt>${text}</dt></dl></noscript>`,
          '<script type="module" src="/src/app/boot.ts"></script>',
          '</body>',
          '</html>',
        ].join('\n'),
      );
    });
  }

  it('takes all of them at once', () => {
    const text = DOLLARS.join(' ');
    const out = injectPrerendered(PAGE, prerendered(text));
    expect(out).toContain(`<div id="root"><p>price ${text} end</p></div>`);
    expect(out).toContain(`<title>Title ${escaped(text)} &lt;b> &amp; co</title>`);
    expect(out.match(/<div id="root">/g)).toHaveLength(1);
  });

  it('fills the real index.html', () => {
    const out = injectPrerendered(readFileSync('index.html', 'utf8'), prerendered('$&'));
    expect(out).toContain('<div id="root"><p>price $& end</p></div>');
    expect(out).toContain('<title>Title $&amp; &lt;b> &amp; co</title>');
    expect(out).toContain('<html lang="en" data-note="say &quot;$&amp;&quot;">');
  });

  it('refuses a page without an empty #root', () => {
    expect(() => injectPrerendered('<html lang="en"></html>', prerendered('x'))).toThrow(
      'index.html has no empty #root',
    );
  });
});
