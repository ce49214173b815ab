/**
 * Writes a copy of an article's content folder with the article replicated N times, for the
 * scaling benchmark. Copy 1 keeps its ids; copy k gets "-r<k>" after every block and sentence
 * id ("p1" → "p1-r2", "p1-1" → "p1-1-r2"). The glossary is kept as it is.
 *
 * Usage: tsx scripts/bench-web/replicate.ts N [source folder]  (writes .tmp/content-xN)
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const DEFAULT_CONTENT = 'content/amazon-healthcare';

interface ArticleFile {
  blocks: { id: string; sentences: { id: string }[] }[];
}
interface WordsFile {
  block: string;
  sentences: Record<string, unknown[]>;
}
interface GrammarFile {
  patterns: { occurrences: { sentence: string }[] }[];
}

/** The id of `id` in copy `copy` (1-based); the first copy keeps the original ids. */
export const copyId = (id: string, copy: number) => (copy === 1 ? id : `${id}-r${copy}`);

const copies = (times: number) => Array.from({ length: times }, (_, i) => i + 1);
const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const writeJson = (path: string, data: unknown) =>
  writeFileSync(path, JSON.stringify(data, null, 2) + '\n');

function replicateArticle(article: ArticleFile, times: number): ArticleFile {
  return {
    ...article,
    blocks: copies(times).flatMap((copy) =>
      article.blocks.map((block) => ({
        ...block,
        id: copyId(block.id, copy),
        sentences: block.sentences.map((s) => ({ ...s, id: copyId(s.id, copy) })),
      })),
    ),
  };
}

function replicateWords(words: WordsFile, copy: number): WordsFile {
  return {
    block: copyId(words.block, copy),
    sentences: Object.fromEntries(
      Object.entries(words.sentences).map(([sid, list]) => [copyId(sid, copy), list]),
    ),
  };
}

function replicateGrammar(grammar: GrammarFile, times: number): GrammarFile {
  return {
    ...grammar,
    patterns: grammar.patterns.map((pattern) => ({
      ...pattern,
      occurrences: copies(times).flatMap((copy) =>
        pattern.occurrences.map((o) => ({ ...o, sentence: copyId(o.sentence, copy) })),
      ),
    })),
  };
}

/** Writes `sourceDir` replicated `times` times into `outDir` (default .tmp/content-x<times>). */
export function replicateContent(
  times: number,
  sourceDir = DEFAULT_CONTENT,
  outDir = `.tmp/content-x${times}`,
): string {
  const out = resolve(outDir);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'words'), { recursive: true });

  const source = readFileSync(join(sourceDir, 'article.ko.txt'), 'utf8').trimEnd();
  writeFileSync(join(out, 'article.ko.txt'), Array(times).fill(source).join('\n\n') + '\n');
  const article = readJson<ArticleFile>(join(sourceDir, 'article.json'));
  writeJson(join(out, 'article.json'), replicateArticle(article, times));
  for (const block of article.blocks) {
    const words = readJson<WordsFile>(join(sourceDir, 'words', `${block.id}.json`));
    for (const copy of copies(times)) {
      writeJson(join(out, 'words', `${copyId(block.id, copy)}.json`), replicateWords(words, copy));
    }
  }
  const grammar = readJson<GrammarFile>(join(sourceDir, 'grammar.json'));
  writeJson(join(out, 'grammar.json'), replicateGrammar(grammar, times));
  // Everything else (the glossary, and any file added later) is copied unchanged.
  const handled = new Set(['article.ko.txt', 'article.json', 'grammar.json', 'words']);
  for (const name of readdirSync(sourceDir).filter((n) => !handled.has(n))) {
    writeFileSync(join(out, name), readFileSync(join(sourceDir, name)));
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const times = Number(process.argv[2]);
  if (!Number.isInteger(times) || times < 1) {
    console.error('usage: tsx scripts/bench-web/replicate.ts N [source folder]');
    process.exit(2);
  }
  console.log(replicateContent(times, process.argv[3]));
}
