/**
 * The reference for first paint: a plain static HTML page with the same article text and the
 * same system font stacks as the app, and no JavaScript.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface SourceBlock {
  type: string;
  sentences: { ko: string; en: string }[];
}

// The font stacks of src/styles.css, copied so that both pages draw text with the same fonts.
const FONT_KO = `'Pretendard', 'Apple SD Gothic Neo', 'Noto Sans KR', 'Noto Sans CJK KR', 'Source Han Sans K', 'Malgun Gothic', 'NanumGothic', sans-serif`;
const FONT_EN = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif`;

const STYLE = `
  body { margin: 0 auto; max-width: 38rem; padding: 1rem; font-family: ${FONT_EN};
         font-size: 1.0625rem; line-height: 1.7; }
  :lang(ko) { font-family: ${FONT_KO}; word-break: keep-all; }
  h1 > span, p > span { display: block; }`;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const joinText = (block: SourceBlock, lang: 'ko' | 'en') =>
  escapeHtml(block.sentences.map((s) => s[lang]).join(' '));

function blockHtml(block: SourceBlock): string {
  const ko = joinText(block, 'ko');
  const en = joinText(block, 'en');
  if (block.type === 'headline') {
    return `<h1><span lang="ko">${ko}</span> <span lang="en">${en}</span></h1>`;
  }
  return `<p><span lang="ko">${ko}</span> <span lang="en">${en}</span></p>`;
}

/** Writes `outDir`/index.html from `contentDir`/article.json and returns its folder. */
export function writeStaticArticlePage(contentDir: string, outDir: string): string {
  const article = JSON.parse(readFileSync(join(contentDir, 'article.json'), 'utf8')) as {
    meta: { title: { ko: string } };
    blocks: SourceBlock[];
  };
  const html = `<!doctype html>
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
      ${article.blocks.map(blockHtml).join('\n      ')}
    </main>
  </body>
</html>
`;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.html'), html);
  return outDir;
}
