import { describe, expect, it } from 'vitest';
import { glossaryToCsv, type ExportTerm } from '../../../src/glossary/exportCsv';

/** RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

const AWS: ExportTerm = {
  id: 'aws',
  ko: '아마존웹서비스',
  en: ['Amazon Web Services', 'AWS'],
  pos: 'proper-noun',
  category: 'company',
  definitionEn: 'Amazon\'s cloud arm, the "cash cow", sells storage, computing, etc.',
  definitionKo: '아마존의 클라우드 사업 부문.\n수익의 대부분을 낸다.',
  romanization: 'amajon-wep-seobiseu',
  pronunciation: '[아마존웹써비스]',
  abbreviation: { short: 'AWS', long: 'Amazon Web Services' },
  related: ['amazon', 'cloud'],
};

const TELEMEDICINE: ExportTerm = {
  id: 'telemedicine',
  ko: '원격의료',
  en: ['telemedicine'],
  pos: 'noun',
  category: 'healthcare',
  definitionEn: 'Care given at a distance.',
  definitionKo: '멀리서 하는 진료.',
  romanization: 'wongyeok-uiryo',
  pronunciation: '[원겨긔료]',
  hanja: '遠隔醫療',
  related: [],
};

const HEADER = [
  'id',
  'ko',
  'en',
  'pos',
  'category',
  'definition_en',
  'definition_ko',
  'romanization',
  'pronunciation',
  'hanja',
  'origin',
  'abbreviation',
  'abbreviation_long',
  'related',
];

describe('glossaryToCsv', () => {
  const csv = glossaryToCsv([AWS, TELEMEDICINE]);

  it('starts with the UTF-8 BOM, then the header row', () => {
    expect(csv.startsWith(`\uFEFF${HEADER.join(',')}\r\n`)).toBe(true);
  });

  it('writes plain fields bare and quotes those with commas, quotes or line breaks', () => {
    expect(csv.slice(1).split('\r\n')).toEqual([
      HEADER.join(','),
      'aws,아마존웹서비스,Amazon Web Services; AWS,proper-noun,company,' +
        '"Amazon\'s cloud arm, the ""cash cow"", sells storage, computing, etc.",' +
        '"아마존의 클라우드 사업 부문.\n수익의 대부분을 낸다.",' +
        'amajon-wep-seobiseu,[아마존웹써비스],,,AWS,Amazon Web Services,amazon; cloud',
      'telemedicine,원격의료,telemedicine,noun,healthcare,Care given at a distance.,' +
        '멀리서 하는 진료.,wongyeok-uiryo,[원겨긔료],遠隔醫療,,,,',
      '',
    ]);
  });

  it('parses back to the same values', () => {
    const [header, aws, telemedicine, ...rest] = parseCsv(csv.slice(1));
    expect(header).toEqual(HEADER);
    expect(rest).toEqual([]);
    expect(aws).toHaveLength(HEADER.length);
    expect(aws?.[5]).toBe(AWS.definitionEn);
    expect(aws?.[6]).toBe(AWS.definitionKo);
    expect(aws?.[2]?.split('; ')).toEqual(AWS.en);
    expect(telemedicine?.[9]).toBe('遠隔醫療');
    expect(telemedicine?.[13]).toBe('');
  });

  it('writes only the header for an empty glossary', () => {
    expect(glossaryToCsv([])).toBe(`\uFEFF${HEADER.join(',')}\r\n`);
  });
});
