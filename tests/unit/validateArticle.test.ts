import { describe, expect, it } from 'vitest';
import { ProblemList } from '../../build/content/errors';
import { loadContent, readContentText } from '../../build/content/load';
import { validateArticle } from '../../build/content/validateArticle';

const DIR = 'content/amazon-healthcare';
const source = readContentText(`${DIR}/article.ko.txt`);
const good = () => JSON.parse(readContentText(`${DIR}/article.json`));

function problemsOf(raw: unknown): string[] {
  const problems = new ProblemList();
  validateArticle('article.json', raw, source, problems);
  return problems.items.map((p) => `${p.file} [${p.id}]: ${p.problem}`);
}

describe('the real article', () => {
  it('validates with no problem', () => {
    expect(problemsOf(good())).toEqual([]);
  });

  it('has the blocks of the source in order', () => {
    const a = loadContent(DIR).article;
    expect(a.blocks.map((b) => b.type)).toEqual([
      'headline',
      'deck',
      'deck',
      'paragraph',
      'paragraph',
      'paragraph',
      'caption',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'caption',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'byline',
      'copyright',
    ]);
  });

  it('gives back the source exactly when its Korean sentences are joined (captions once)', () => {
    const a = loadContent(DIR).article;
    const rebuilt = a.blocks.map((b) => b.sentences.map((s) => s.ko).join(' '));
    const lines = source.split('\n').filter((l) => l !== '');
    const once = lines.filter((l, i) => l !== lines[i - 1]);
    expect(rebuilt).toEqual(once);
  });

  it('keeps the punctuation space before AI and both quote styles', () => {
    const all = loadContent(DIR)
      .article.blocks.flatMap((b) => b.sentences.map((s) => s.ko))
      .join('\n');
    expect(all).toContain('전 세계\u2008AI');
    expect(all).toContain("‘아마존 케어(Amazon Care)'사업을");
  });
});

describe('broken content is rejected, naming file, id and problem', () => {
  it('a sentence without its English', () => {
    const raw = good();
    delete raw.blocks[3].sentences[1].en;
    expect(problemsOf(raw)).toEqual(['article.json [p1-2]: blocks.3.sentences.1.en: is missing']);
  });

  it('an empty string', () => {
    const raw = good();
    raw.blocks[0].sentences[0].en = '  ';
    expect(problemsOf(raw)).toEqual([
      'article.json [headline-1]: blocks.0.sentences.0.en: must not be empty',
    ]);
  });

  it('a duplicate id', () => {
    const raw = good();
    raw.blocks[4].sentences[1].id = 'p2-1';
    expect(problemsOf(raw)).toEqual(['article.json [p2-1]: duplicate id']);
  });

  it('a block type the reader does not know', () => {
    const raw = good();
    raw.blocks[5].type = 'sidebar';
    expect(problemsOf(raw)).toEqual([
      'article.json [p3]: blocks.5.type: unknown block type "sidebar" (known: headline, deck, paragraph, caption, byline, copyright)',
    ]);
  });

  it('Korean that was edited', () => {
    const raw = good();
    raw.blocks[3].sentences[0].ko = raw.blocks[3].sentences[0].ko.replace('적절하지', '적절치');
    expect(problemsOf(raw)).toEqual([
      'article.json [p1-1]: Korean text is not found verbatim in the source',
    ]);
  });

  it('a sentence left out', () => {
    const raw = good();
    raw.blocks[4].sentences.splice(2, 1);
    expect(problemsOf(raw)).toEqual([
      'article.json [p2-4]: sentences do not rebuild the source: expected "올해", found "역설적으로"',
    ]);
  });
});
