/**
 * What the content pipeline does with unusual input, the same in the build and in the tests
 * (both read through build/content/load.ts): $ patterns, control characters, BOM, line ends.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../build/content/errors';
import { loadContent, readContentJson, readContentText } from '../../build/content/load';
import { rebuildWord } from '../../build/content/validateWords';

const DIR = 'content/amazon-healthcare';
const original = loadContent(DIR);
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the real article, changed by `change(dir)`. */
function copyOfArticle(change: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'dokhae-content-'));
  copies.push(dir);
  cpSync(DIR, dir, { recursive: true });
  change(dir);
  return dir;
}

const edit = (dir: string, name: string, f: (text: string) => string) =>
  writeFileSync(join(dir, name), f(readFileSync(join(dir, name), 'utf8')));
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test edits of raw JSON
const editJson = (dir: string, name: string, f: (json: any) => void) =>
  edit(dir, name, (text) => {
    const json = JSON.parse(text);
    f(json);
    return `${JSON.stringify(json, null, 2)}\n`;
  });

/** The problems loadContent throws, as "name [id]: problem" with the folder left out. */
function problemsOf(dir: string): string[] {
  try {
    loadContent(dir);
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    const folder = `${relative(process.cwd(), dir)}/`;
    return e.problems.map((p) => `${p.file.replace(folder, '')} [${p.id}]: ${p.problem}`);
  }
  return [];
}

const contentFiles = (dir: string) => [
  'article.ko.txt',
  'article.json',
  'glossary.json',
  'grammar.json',
  ...readdirSync(join(dir, 'words')).map((f) => `words/${f}`),
];

describe('a control character', () => {
  it('in article.json fails, named by file, id and path', () => {
    const dir = copyOfArticle((d) =>
      editJson(d, 'article.json', (a) => {
        a.meta.title.en = 'Amazon\tCare';
        a.blocks[3].sentences[1].en = 'Bell\u0007 and\u0085 next line';
      }),
    );
    expect(problemsOf(dir)).toEqual([
      'article.json [(root)]: meta.title.en: control character U+0009 (tab) at character 7',
      'article.json [p1-2]: blocks.3.sentences.1.en: control character U+0007 at character 5, ' +
        'U+0085 (next line) at character 10',
    ]);
  });

  it('in glossary.json, grammar.json and words/*.json fails, each named by file and id', () => {
    const dir = copyOfArticle((d) => {
      editJson(d, 'glossary.json', (g) => {
        g.terms[2].definition.en += '\n';
        g.terms[2].forms = ['\u007f원메디컬'];
      });
      editJson(d, 'grammar.json', (g) => {
        g.patterns[0].meaning.ko += '\u0000';
      });
      editJson(d, 'words/p1.json', (w) => {
        w.sentences['p1-2'][0].g = '\u001b[31mred';
      });
    });
    const problems = problemsOf(dir);
    expect(problems).toContain(
      'glossary.json [one-medical]: terms.2.definition.en: control character U+000A (line feed) ' +
        `at character ${JSON.parse(readFileSync(`${DIR}/glossary.json`, 'utf8')).terms[2].definition.en.length + 1}`,
    );
    expect(problems).toContain(
      'glossary.json [one-medical]: terms.2.forms.0: control character U+007F (delete) at character 1',
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^grammar\.json \[neun-geoseun-jeokjeolhaji-anta\]: patterns\.0\.meaning\.ko: control character U\+0000 \(NUL\) at character \d+$/,
      ),
    );
    expect(problems).toContain(
      'words/p1.json [p1-2]: sentences.p1-2.0.g: control character U+001B (escape) at character 1',
    );
  });

  it('written raw into a JSON string (which JSON.parse refuses) is named by id too', () => {
    const dir = copyOfArticle((d) =>
      edit(d, 'glossary.json', (text) =>
        text.replace('"원메디컬"', () => '"원메디\u0001컬"').replace(/("en": \[\s*")/, '$1\t'),
      ),
    );
    const problems = problemsOf(dir);
    expect(problems.some((p) => p.includes('bad JSON'))).toBe(false);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^glossary\.json \[one-medical\]: terms\.2\.ko: control character U\+0001 at character 4$/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^glossary\.json \[[a-z0-9-]+\]: terms\.0\.en\.0: control character U\+0009 \(tab\) at character 1$/,
      ),
    );
  });

  it('in an id is shown escaped, never printed raw', () => {
    const dir = copyOfArticle((d) =>
      editJson(d, 'glossary.json', (g) => {
        g.terms[2].id = 'one\u0007medical';
      }),
    );
    expect(problemsOf(dir)).toContain(
      'glossary.json [one\\u0007medical]: terms.2.id: control character U+0007 at character 4',
    );
  });

  it('in article.ko.txt fails, named by line and column; tab, LF and CR are allowed', () => {
    const dir = copyOfArticle((d) =>
      edit(d, 'article.ko.txt', (text) => {
        const lines = text.split('\n');
        lines[4] = `${lines[4]!.slice(0, 3)}\u000c${lines[4]!.slice(3)}\t`;
        lines[7] = `\u0080${lines[7]}`;
        return lines.join('\n');
      }),
    );
    expect(problemsOf(dir)).toEqual([
      'article.ko.txt [line 5]: control character U+000C (form feed) at column 4',
      'article.ko.txt [line 8]: control character U+0080 at column 1',
    ]);
  });
});

describe('byte order marks and line ends', () => {
  it('a BOM and CRLF line ends in every file are accepted: the same article as without', () => {
    const dir = copyOfArticle((d) => {
      for (const name of contentFiles(d)) {
        edit(d, name, (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`);
      }
    });
    expect(readFileSync(join(dir, 'glossary.json'), 'utf8').startsWith('\uFEFF{\r\n')).toBe(true);
    expect(loadContent(dir)).toEqual(original);
  });

  it('lone CR line ends (and tabs) in the source text are accepted', () => {
    const dir = copyOfArticle((d) =>
      edit(d, 'article.ko.txt', (text) => text.replace(/\n/g, '\t\r')),
    );
    expect(loadContent(dir)).toEqual(original);
  });

  it('readContentText and readContentJson, which the tests use, drop the BOM as the build does', () => {
    const dir = copyOfArticle((d) => edit(d, 'grammar.json', (text) => `\uFEFF${text}`));
    expect(readContentText(join(dir, 'grammar.json'))).toBe(
      readFileSync(`${DIR}/grammar.json`, 'utf8'),
    );
    expect(readContentJson(join(dir, 'grammar.json'))).toEqual(
      JSON.parse(readFileSync(`${DIR}/grammar.json`, 'utf8')),
    );
  });
});

describe('a contraction', () => {
  it('is applied literally, even with $ patterns in it', () => {
    for (const to of ["$'", '$&', '$$', '$`']) {
      const word = { w: `하${to}다`, g: 'x', m: [{ f: '하였다', pos: 'verb' as const }] };
      expect(rebuildWord({ ...word, contraction: { from: '였', to } })).toBe(`하${to}다`);
    }
  });
});
