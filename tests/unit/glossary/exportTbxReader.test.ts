/**
 * The TBX download read back by a real TBX reader: translate-toolkit (Debian package
 * translate-toolkit, the reader behind Pootle and Virtaal), and checked for well-formedness by
 * xmllint (Debian package libxml2-utils). Locally, a missing tool skips its test with a message;
 * under CI (CI=true) it fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, type TestContext } from 'vitest';
import { loadContent } from '../../../build/content/load';
import type { ExportTerm } from '../../../src/glossary/exportCsv';
import { glossaryToTbx } from '../../../src/glossary/exportTbx';
import { glossaryToTbxMartif } from '../../../src/glossary/exportTbxMartif';
import { toExportTerms } from '../../../src/glossary/exportTerms';

const CI = process.env.CI === 'true';

/** Without the tool: a skip that says so locally, a failure under CI. */
function requireTool(ctx: TestContext, found: boolean, what: string) {
  if (found) return;
  const message = `${what} is not installed, so this test cannot run`;
  if (CI) throw new Error(`${message} (CI needs it)`);
  console.warn(`SKIPPED: ${message}`);
  ctx.skip(message);
}

/**
 * A Python 3 that has translate-toolkit. Debian installs it for /usr/bin/python3, which need not
 * be the python3 first on PATH (pyenv, a venv).
 */
const python = ['/usr/bin/python3', 'python3'].find(
  (candidate) =>
    spawnSync(candidate, ['-c', 'from translate.storage import tbx'], { stdio: 'ignore' })
      .status === 0,
);
const xmllint = spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status === 0;

/** Every unit as translate-toolkit reads it; all terms of each language, not only the first. */
const READER = `
import json, sys
from translate.storage import tbx, lisa

with open(sys.argv[1], 'rb') as f:
    store = tbx.tbxfile(f)

def terms(unit, lang):
    node = unit.getlanguageNode(lang=lang)
    if node is None:
        return None
    return [lisa.getText(t) for t in node.iter(unit.namespaced('term'))]

print(json.dumps([{
    'id': unit.getid(),
    'source': unit.source,
    'target': unit.target,
    'ko': terms(unit, 'ko'),
    'en': terms(unit, 'en'),
    'definitions': unit.getnotes('definition').split('\\n'),
} for unit in store.units]))
`;

interface ReadUnit {
  id: string;
  source: string;
  target: string;
  ko: string[] | null;
  en: string[] | null;
  definitions: string[];
}

const base = { romanization: 'x', pronunciation: '[x]', related: [] } satisfies Partial<ExportTerm>;
/** The hard cases: markup characters, an abbreviation, a headword that is the abbreviation. */
const TRICKY: ExportTerm[] = [
  {
    ...base,
    id: 'tricky-aws',
    ko: '아마존웹서비스 <AWS> & "클라우드"',
    en: ['Amazon\'s <Web> & "Services"', 'AWS'],
    pos: 'proper-noun',
    category: 'company',
    definitionEn: 'Its "cash cow" <profit> & more; it\'s $&.',
    definitionKo: "아마존의 '캐시카우' & <수익>.",
    abbreviation: { short: 'AWS', long: 'Amazon Web Services' },
    related: ['tricky-ceo', 'not-exported'],
  },
  {
    ...base,
    id: 'tricky-ceo',
    ko: 'CEO',
    en: ['CEO', 'chief executive officer'],
    pos: 'noun',
    category: 'role',
    definitionEn: 'The head of a company.',
    definitionKo: '최고경영자.',
    abbreviation: { short: 'CEO', long: 'chief executive officer' },
  },
];

const rows = [...toExportTerms(loadContent('content/amazon-healthcare').details.terms), ...TRICKY];
const options = { title: 'Dokhae <glossary> & "terms"', sourceDesc: "Point Economy's article" };
const dir = mkdtempSync(join(tmpdir(), 'dokhae-tbx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The Korean terms each row must give back, in order. */
const koreanOf = (row: ExportTerm) =>
  row.abbreviation && row.abbreviation.short !== row.ko
    ? [row.ko, row.abbreviation.short]
    : [row.ko];

describe('the TBX download (martif, TBX-Basic v2) read by translate-toolkit', () => {
  const file = write('glossary.tbx', glossaryToTbxMartif(rows, options));

  it('gives back every term: id, Korean and English terms, both definitions', (ctx) => {
    requireTool(
      ctx,
      python !== undefined,
      'translate-toolkit (python3 -c "from translate.storage import tbx")',
    );
    const run = spawnSync(python!, ['-c', READER, file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const units = JSON.parse(run.stdout) as ReadUnit[];
    expect(units.map((u) => u.id)).toEqual(rows.map((r) => r.id));
    expect(rows.length).toBeGreaterThanOrEqual(45 + TRICKY.length);
    units.forEach((unit, i) => {
      const row = rows[i]!;
      expect(unit, row.id).toEqual({
        id: row.id,
        // translate-toolkit's own view: the first language set is the source, the second the target
        source: row.ko,
        target: row.en[0],
        ko: koreanOf(row),
        en: row.en,
        definitions: expect.arrayContaining([row.definitionKo, row.definitionEn]),
      });
    });
  });
});

describe('both TBX forms are well-formed XML (xmllint)', () => {
  const forms = {
    'martif (TBX v2)': write('martif.tbx', glossaryToTbxMartif(rows, options)),
    'TBX v3': write('v3.tbx', glossaryToTbx(rows, options)),
  };
  for (const [form, file] of Object.entries(forms)) {
    it(form, (ctx) => {
      requireTool(ctx, xmllint, 'xmllint (libxml2-utils)');
      const run = spawnSync('xmllint', ['--noout', '--nonet', file], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    });
  }
});
