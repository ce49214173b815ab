/** Reads a content folder from disk, validates every file and compiles the article. Node only. */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileContent } from './compile.ts';
import { escapeControlsInStrings, reportSourceControlCharacters } from './controlCharacters.ts';
import { ProblemList } from './errors.ts';
import type { CompiledContent, Term } from '../../src/model/model.ts';
import { validateArticle } from './validateArticle.ts';
import { validateGlossary } from './validateGlossary.ts';
import { validateGrammar } from './validateGrammar.ts';
import { validateWords } from './validateWords.ts';
import type { WordAnnotation } from './schema.ts';

/**
 * A content file's text. A UTF-8 byte order mark at its start is dropped (editors on Windows
 * write one); CRLF line ends are kept (JSON takes them as whitespace, and the source text is
 * compared line by line whatever the line end). The build and the tests read through here.
 */
export function readContentText(path: string): string {
  const text = readFileSync(path, 'utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/**
 * A content JSON file, parsed (see readContentText). A raw control character inside a string
 * still parses (controlCharacters.ts), so that the validators report it by id.
 */
export function readContentJson(path: string): unknown {
  const text = readContentText(path);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    try {
      return JSON.parse(escapeControlsInStrings(text)) as unknown;
    } catch {
      throw e;
    }
  }
}

function readText(path: string, problems: ProblemList, label: string): string | null {
  if (!existsSync(path)) {
    problems.add(label, '(file)', 'file is missing');
    return null;
  }
  return readContentText(path);
}

function readJson(path: string, problems: ProblemList, label: string): unknown {
  if (!existsSync(path)) {
    problems.add(label, '(file)', 'file is missing');
    return undefined;
  }
  try {
    return readContentJson(path);
  } catch (e) {
    problems.add(label, '(file)', `bad JSON: ${(e as Error).message}`);
    return undefined;
  }
}

/** Loads `dir` (content/<slug>), throwing a ContentError that lists every problem found. */
export function loadContent(dir: string): CompiledContent {
  const problems = new ProblemList();
  const label = (name: string) => relative(process.cwd(), join(dir, name)) || name;
  const read = (name: string) => readJson(join(dir, name), problems, label(name));

  const source = readText(join(dir, 'article.ko.txt'), problems, label('article.ko.txt'));
  if (source !== null) reportSourceControlCharacters(label('article.ko.txt'), source, problems);
  const raw = read('article.json');
  problems.throwIfAny();
  const article = validateArticle(label('article.json'), raw, source ?? '', problems);
  problems.throwIfAny();
  if (!article) throw new Error('unreachable: article failed validation without a problem');

  const sentences = article.blocks.flatMap((b) => b.sentences);
  const terms = validateGlossary(label('glossary.json'), read('glossary.json'), problems);
  const patterns = validateGrammar(
    label('grammar.json'),
    read('grammar.json'),
    new Map(sentences.map((s) => [s.id, s])),
    problems,
  );
  const words = new Map<string, WordAnnotation[]>();
  for (const block of article.blocks) {
    const name = `words/${block.id}.json`;
    const file = validateWords(label(name), read(name), block, problems);
    for (const [sid, list] of Object.entries(file?.sentences ?? {})) words.set(sid, list);
  }
  problems.throwIfAny();
  if (!terms || !patterns) throw new Error('unreachable: content failed validation without a problem');
  const content = compileContent({ article, terms, words, patterns });
  reportTermsNotFound(label('glossary.json'), content.details.terms, problems);
  problems.throwIfAny();
  return content;
}

/** Every glossary term must occur in the article (its headword or one of its forms). */
export function reportTermsNotFound(file: string, terms: readonly Term[], problems: ProblemList) {
  for (const term of terms) {
    if (term.occurrences.length === 0) {
      problems.add(file, term.id, `headword "${term.ko}" (or its forms) does not occur in the article`);
    }
  }
}
