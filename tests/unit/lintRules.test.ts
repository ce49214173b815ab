/** The lint rules that keep the house in order fire where they should, and only there. */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint();
// Loading the config (typescript-eslint, the plugins) takes seconds on a busy machine: once, first.
beforeAll(() => eslint.calculateConfigForFile('src/app/App.tsx'), 60_000);

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('browser code never imports build code', () => {
  it.each([
    ["import { loadContent } from '../../build/content/load';", /Node-only build code/],
    ["import { readFileSync } from 'node:fs';", /Node's modules/],
    ["import { join } from 'path';", /Node's modules/],
    ["import { z } from 'zod';", /zod is for build-time validation/],
    ["import { build } from 'vite';", /build tooling/],
  ])('src/reader: %s is an error', async (code, message) => {
    const messages = await restrictedImports('src/reader/example.ts', `${code}\nexport {};\n`);
    expect(messages).toEqual([expect.stringMatching(message)]);
  });

  it('build/ may import what it likes', async () => {
    const code =
      "import { z } from 'zod';\nimport { readFileSync } from 'node:fs';\nexport { z, readFileSync };\n";
    expect(await restrictedImports('build/content/example.ts', code)).toEqual([]);
  });
});

describe('imports run one way: app → features → model, korean, state, i18n', () => {
  it.each([
    ['src/korean/example.ts', "import { ArticleView } from '../reader/ArticleView';"],
    ['src/model/example.ts', "import { App } from '../app/App';"],
    ['src/state/example.ts', "import { TermCard } from '../cards/TermCard';"],
    ['src/glossary/example.ts', "import { App } from '../app/App';"],
  ])('%s: %s is an error', async (file, code) => {
    const messages = await restrictedImports(file, `${code}\nexport {};\n`);
    expect(messages).toEqual([expect.stringMatching(/Imports run one way/)]);
  });

  it.each([
    ['src/reader/example.ts', "import { wordSpans } from '../korean/words';"],
    ['src/cards/example.ts', "import { TermEntry } from '../glossary/TermEntry';"],
    ['src/app/example.ts', "import { ArticleView } from '../reader/ArticleView';"],
  ])('%s: %s is fine', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {};\n`)).toEqual([]);
  });
});
