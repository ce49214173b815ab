/** Reads a content folder from disk, validates every file and compiles the article. Node only. */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ProblemList } from './errors';
import type { Article } from './model';
import { validateArticle } from './validateArticle';

function readText(path: string, problems: ProblemList, label: string): string | null {
  if (!existsSync(path)) {
    problems.add(label, '(file)', 'file is missing');
    return null;
  }
  return readFileSync(path, 'utf8');
}

function readJson(path: string, problems: ProblemList, label: string): unknown {
  const text = readText(path, problems, label);
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    problems.add(label, '(file)', `bad JSON: ${(e as Error).message}`);
    return undefined;
  }
}

/** Loads `dir` (content/<slug>), throwing a ContentError that lists every problem found. */
export function loadArticle(dir: string): Article {
  const problems = new ProblemList();
  const label = (name: string) => relative(process.cwd(), join(dir, name)) || name;
  const source = readText(join(dir, 'article.ko.txt'), problems, label('article.ko.txt'));
  const raw = readJson(join(dir, 'article.json'), problems, label('article.json'));
  problems.throwIfAny();
  const article = validateArticle(label('article.json'), raw, source ?? '', problems);
  problems.throwIfAny();
  if (!article) throw new Error('unreachable: article failed validation without a problem');
  return { slug: article.slug, meta: article.meta, blocks: article.blocks };
}
