// @vitest-environment jsdom
/** The martif form's structure (TBX-Basic, TBX v2); exportTbxReader.test.ts reads it with a real tool. */
import { describe, expect, it } from 'vitest';
import type { ExportTerm } from '../../../src/glossary/exportCsv';
import { glossaryToTbxMartif } from '../../../src/glossary/exportTbxMartif';

const base = { romanization: 'x', pronunciation: '[x]', related: [] } satisfies Partial<ExportTerm>;
const ROWS: ExportTerm[] = [
  {
    ...base,
    id: 'amazon',
    ko: '아마존',
    en: ['Amazon'],
    pos: 'proper-noun',
    category: 'company',
    definitionEn: 'The US retail & cloud company.',
    definitionKo: '미국의 유통·클라우드 기업.',
  },
  {
    ...base,
    id: 'aws',
    ko: '아마존웹서비스',
    en: ['Amazon Web Services', 'AWS'],
    pos: 'proper-noun',
    category: 'company',
    definitionEn: 'Amazon\'s cloud arm, its "cash cow" <profit>.',
    definitionKo: "아마존의 '캐시카우' 클라우드 사업.",
    abbreviation: { short: 'AWS', long: 'Amazon Web Services' },
    related: ['amazon', 'cloud'],
  },
  {
    ...base,
    id: 'take-charge',
    ko: '책임지다',
    en: ['take responsibility'],
    pos: 'phrase',
    category: 'general',
    definitionEn: 'To be answerable for.',
    definitionKo: '맡아서 책임을 지다.',
  },
];

const tbx = glossaryToTbxMartif(ROWS, {
  title: 'Dokhae <Amazon> & "care"',
  sourceDesc: "Point Economy's article",
});
const doc = new DOMParser().parseFromString(tbx, 'application/xml');
const children = (parent: Element, name: string) =>
  [...parent.children].filter((child) => child.localName === name);
const entry = (id: string) =>
  [...doc.getElementsByTagName('termEntry')].find((e) => e.getAttribute('id') === id)!;
const langSet = (id: string, lang: string) =>
  children(entry(id), 'langSet').find((e) => e.getAttribute('xml:lang') === lang)!;
/** Each tig as [term, ...termNote type=value]. */
const tigs = (section: Element) =>
  children(section, 'tig').map((tig) => [
    children(tig, 'term')[0]?.textContent,
    ...children(tig, 'termNote').map((n) => `${n.getAttribute('type')}=${n.textContent}`),
  ]);

describe('glossaryToTbxMartif', () => {
  it('is well-formed XML with the martif root of TBX-Basic, in no namespace', () => {
    expect(tbx.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<martif ')).toBe(true);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect([root.localName, root.namespaceURI]).toEqual(['martif', null]);
    expect(root.getAttribute('type')).toBe('TBX-Basic');
    expect(root.getAttribute('xml:lang')).toBe('en');
    expect(children(root, 'martifHeader')).toHaveLength(1);
    expect(children(children(root, 'text')[0]!, 'body')).toHaveLength(1);
  });

  it('has the header TBX-Basic asks for, its text escaped', () => {
    const header = doc.getElementsByTagName('martifHeader')[0]!;
    expect(header.querySelector('fileDesc > titleStmt > title')?.textContent).toBe(
      'Dokhae <Amazon> & "care"',
    );
    expect(header.querySelector('fileDesc > sourceDesc > p')?.textContent).toBe(
      "Point Economy's article",
    );
    expect(header.querySelector('encodingDesc > p[type="XCSURI"]')?.textContent).toBe(
      'TBXBasicXCSV02.xcs',
    );
  });

  it('writes one termEntry per term, subject field and cross references first', () => {
    const entries = [...doc.getElementsByTagName('termEntry')];
    expect(entries.map((e) => e.getAttribute('id'))).toEqual(['amazon', 'aws', 'take-charge']);
    expect([...entry('aws').children].map((e) => e.localName)).toEqual([
      'descrip',
      'ref',
      'langSet',
      'langSet',
    ]);
    expect(children(entry('aws'), 'descrip')[0]?.getAttribute('type')).toBe('subjectField');
    const refs = children(entry('aws'), 'ref');
    expect(
      refs.map((r) => [r.getAttribute('type'), r.getAttribute('target'), r.textContent]),
    ).toEqual([['crossReference', 'amazon', '아마존']]);
  });

  it('puts Korean first, each langSet with its definition and then its tigs', () => {
    expect(children(entry('aws'), 'langSet').map((e) => e.getAttribute('xml:lang'))).toEqual([
      'ko',
      'en',
    ]);
    const ko = langSet('aws', 'ko');
    expect(children(ko, 'descrip')[0]?.getAttribute('type')).toBe('definition');
    expect(children(ko, 'descrip')[0]?.textContent).toBe("아마존의 '캐시카우' 클라우드 사업.");
    expect(tigs(ko)).toEqual([
      ['아마존웹서비스', 'partOfSpeech=noun'],
      ['AWS', 'partOfSpeech=noun', 'termType=abbreviation'],
    ]);
    expect(children(langSet('aws', 'en'), 'descrip')[0]?.textContent).toBe(
      'Amazon\'s cloud arm, its "cash cow" <profit>.',
    );
    expect(tigs(langSet('aws', 'en'))).toEqual([
      ['Amazon Web Services', 'partOfSpeech=noun', 'administrativeStatus=preferredTerm-admn-sts'],
      ['AWS', 'partOfSpeech=noun'],
    ]);
  });

  it('uses the TBX-Basic parts of speech (phrase → other)', () => {
    expect(tigs(langSet('take-charge', 'ko'))).toEqual([['책임지다', 'partOfSpeech=other']]);
  });
});
