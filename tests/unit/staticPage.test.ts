// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { staticPairPage, type SourceArticle } from '../../scripts/bench-web/staticPage';

const ARTICLE: SourceArticle = {
  meta: { title: { ko: '제목 <1>' } },
  blocks: [
    { type: 'headline', sentences: [{ ko: '제목 <1>', en: 'Title & <one>' }] },
    { type: 'deck', sentences: [{ ko: '부제', en: 'Deck' }] },
    {
      type: 'paragraph',
      sentences: [
        { ko: '첫 문장이다.', en: 'The first sentence.' },
        { ko: '둘째 문장이다.', en: 'The second sentence.' },
      ],
    },
    { type: 'caption', sentences: [{ ko: '사진 설명', en: 'A caption' }] },
  ],
};

const html = staticPairPage(ARTICLE);
const page = new DOMParser().parseFromString(html, 'text/html');
const style = page.querySelector('style')!.textContent!;

/** The value of a custom property of the app's stylesheet, on one line. */
const appFontStack = (name: string) =>
  readFileSync('src/app/base.css', 'utf8')
    .match(new RegExp(`${name}:\\s*([^;]+);`))![1]!
    .replace(/\s+/g, ' ');

describe('the plain side-by-side page of bench:web', () => {
  it('has one row per block, its Korean side then its English side', () => {
    const rows = [...page.querySelectorAll('article > .pair')];
    expect(rows).toHaveLength(ARTICLE.blocks.length);
    for (const [i, row] of rows.entries()) {
      const sides = [...row.children];
      expect(sides.map((side) => side.getAttribute('lang'))).toEqual(['ko', 'en']);
      expect(sides.map((side) => side.className)).toEqual(Array(2).fill(ARTICLE.blocks[i]!.type));
    }
  });

  it("holds each block's sentences, joined, as text (escaped)", () => {
    const sides = (lang: string) =>
      [...page.querySelectorAll(`.pair > [lang="${lang}"]`)].map((e) => e.textContent);
    expect(sides('ko')).toEqual(['제목 <1>', '부제', '첫 문장이다. 둘째 문장이다.', '사진 설명']);
    expect(sides('en')).toEqual([
      'Title & <one>',
      'Deck',
      'The first sentence. The second sentence.',
      'A caption',
    ]);
  });

  it('sets the headline as two h1 and every other block as paragraphs', () => {
    expect(page.querySelectorAll('h1[lang="ko"], h1[lang="en"]')).toHaveLength(2);
    expect(page.querySelectorAll('p')).toHaveLength(2 * (ARTICLE.blocks.length - 1));
  });

  it('lays the rows out in two columns, and in one below 720 px', () => {
    expect(style).toMatch(/\.pair \{[^}]*grid-template-columns: minmax\(0, 1fr\) minmax\(0, 1fr\)/);
    expect(style).toMatch(
      /@media \(max-width: 719\.98px\) \{[\s\S]*\.pair \{[^}]*grid-template-columns: minmax\(0, 1fr\);/,
    );
  });

  it("draws the text with the app's font stacks", () => {
    expect(style).toContain(`font-family: ${appFontStack('--font-ko')};`);
    expect(style).toContain(`font-family: ${appFontStack('--font-en')};`);
  });

  it('has no script', () => {
    expect(html).not.toMatch(/<script/i);
  });
});
