/**
 * The plain page that the app's first paint is judged against: the article's text laid out as
 * the app's default mode lays it out (side by side: one row per block, the Korean level with
 * its English, in two columns; one column below 720 px), with the app's font stacks, font
 * sizes and block styles, and nothing else: no toolbar, no notes, no script.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface SourceBlock {
  type: string;
  sentences: { ko: string; en: string }[];
}

export interface SourceArticle {
  meta: { title: { ko: string } };
  blocks: SourceBlock[];
}

// The font stacks of src/app/base.css, copied so that both pages draw text with the same fonts
// (a unit test compares them).
const FONT_KO = `'Pretendard', 'Apple SD Gothic Neo', 'Noto Sans KR', 'Noto Sans CJK KR', 'Source Han Sans K', 'Malgun Gothic', '맑은 고딕', 'NanumGothic', sans-serif`;
const FONT_EN = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif`;

// The rules of src/reader/reader.css that place and size the text in side-by-side mode (its light
// theme), on plain elements: a block is classed by its type, as the app's .block-<type>.
const STYLE = `
  body { margin: 0; background: #fbfaf7; color: #1d1d1f; font-family: ${FONT_EN};
         font-size: 1.0625rem; line-height: 1.7; }
  :lang(ko) { font-family: ${FONT_KO};
              word-break: keep-all; overflow-wrap: anywhere; line-break: strict; }
  main { padding: 1.5rem 1rem 4rem; }
  article { max-width: 76rem; margin: 0 auto; }
  .pair { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
          column-gap: 2.5rem; align-items: start; }
  .pair > * { margin: 0 0 1.1em; }
  .headline { font-size: 1.75rem; line-height: 1.35; margin-bottom: 0.6em; }
  .deck { font-size: 1.1rem; font-weight: 600; color: #5a5a60; margin-bottom: 0.4em;
          padding-left: 0.75rem; border-left: 3px solid #d9d6ce; }
  .caption { font-size: 0.9rem; color: #5a5a60; padding: 0.5rem 0.75rem; background: #f3efe4;
             border-radius: 6px; }
  .byline { margin-top: 2em; font-weight: 600; text-align: right; }
  .copyright { font-size: 0.8rem; color: #5a5a60; text-align: right; }
  @media (max-width: 719.98px) {
    main { padding: 1rem 0.85rem 3rem; }
    .pair { grid-template-columns: minmax(0, 1fr); padding-bottom: 0.6em; margin-bottom: 1em;
            border-bottom: 1px solid #d9d6ce; }
    .pair > :first-child { margin-bottom: 0.4em; }
    .headline { font-size: 1.45rem; }
  }`;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function side(block: SourceBlock, lang: 'ko' | 'en'): string {
  const tag = block.type === 'headline' ? 'h1' : 'p';
  const text = escapeHtml(block.sentences.map((s) => s[lang]).join(' '));
  return `<${tag} class="${block.type}" lang="${lang}">${text}</${tag}>`;
}

/** The page's HTML: one `.pair` row per block, its Korean side first. */
export function staticPairPage(article: SourceArticle): string {
  const rows = article.blocks.map(
    (block) => `<div class="pair">${side(block, 'ko')}${side(block, 'en')}</div>`,
  );
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(article.meta.title.ko)}</title>
    <style>${STYLE}
    </style>
  </head>
  <body>
    <main>
      <article>
        ${rows.join('\n        ')}
      </article>
    </main>
  </body>
</html>
`;
}

/** Writes `outDir`/index.html from `contentDir`/article.json and returns its folder. */
export function writeStaticPairPage(contentDir: string, outDir: string): string {
  const article = JSON.parse(
    readFileSync(join(contentDir, 'article.json'), 'utf8'),
  ) as SourceArticle;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.html'), staticPairPage(article));
  return outDir;
}
