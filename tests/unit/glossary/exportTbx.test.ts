// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ExportTerm } from '../../../src/glossary/exportCsv';
import { glossaryToTbx } from '../../../src/glossary/exportTbx';

const base = {
  romanization: 'x',
  pronunciation: '[x]',
  related: [],
} satisfies Partial<ExportTerm>;

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
    id: 'ceo',
    ko: 'CEO',
    en: ['CEO', 'chief executive officer'],
    pos: 'noun',
    category: 'role',
    definitionEn: 'The head of a company.',
    definitionKo: '최고경영자.',
    abbreviation: { short: 'CEO', long: 'chief executive officer' },
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

const TBX_NS = 'urn:iso:std:iso:30042:ed-2';
const tbx = glossaryToTbx(ROWS, {
  title: 'Dokhae <Amazon> & "care"',
  sourceDesc: "Point Economy's article",
});
const doc = new DOMParser().parseFromString(tbx, 'application/xml');

function children(parent: Element, name: string): Element[] {
  return [...parent.children].filter((child) => child.localName === name);
}

function entry(id: string): Element {
  const found = [...doc.getElementsByTagNameNS(TBX_NS, 'conceptEntry')].find(
    (element) => element.getAttribute('id') === id,
  );
  if (!found) throw new Error(`no conceptEntry ${id}`);
  return found;
}

function langSec(id: string, lang: string): Element {
  const found = children(entry(id), 'langSec').find(
    (element) => element.getAttribute('xml:lang') === lang,
  );
  if (!found) throw new Error(`no langSec ${lang} in ${id}`);
  return found;
}

/** Each termSec as [term, ...termNote type=value]. */
function termSecs(section: Element): string[][] {
  return children(section, 'termSec').map((termSec) => [
    children(termSec, 'term')[0]?.textContent ?? '',
    ...children(termSec, 'termNote').map(
      (note) => `${note.getAttribute('type')}=${note.textContent}`,
    ),
  ]);
}

function definition(section: Element): string | null {
  return children(section, 'descrip')[0]?.textContent ?? null;
}

describe('glossaryToTbx', () => {
  it('is well-formed XML with the TBX-Basic root and the declaration', () => {
    expect(tbx.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.localName).toBe('tbx');
    expect(root.namespaceURI).toBe(TBX_NS);
    expect(root.getAttribute('type')).toBe('TBX-Basic');
    expect(root.getAttribute('style')).toBe('dca');
    expect(root.getAttribute('xml:lang')).toBe('en');
  });

  it('escapes the header text and reads it back unchanged', () => {
    expect(tbx).toContain('<title>Dokhae &lt;Amazon&gt; &amp; &quot;care&quot;</title>');
    expect(tbx).toContain('<p>Point Economy&apos;s article</p>');
    expect(doc.getElementsByTagName('title')[0]?.textContent).toBe('Dokhae <Amazon> & "care"');
    expect(doc.getElementsByTagName('p')[0]?.textContent).toBe("Point Economy's article");
  });

  it('writes one conceptEntry per term, with its subject field', () => {
    const entries = [...doc.getElementsByTagNameNS(TBX_NS, 'conceptEntry')];
    expect(entries.map((element) => element.getAttribute('id'))).toEqual([
      'amazon',
      'aws',
      'ceo',
      'take-charge',
    ]);
    const subject = children(entry('aws'), 'descrip')[0];
    expect(subject?.getAttribute('type')).toBe('subjectField');
    expect(subject?.textContent).toBe('company');
  });

  it('puts the headword, its part of speech and the abbreviation in the Korean section', () => {
    const ko = langSec('aws', 'ko');
    expect(definition(ko)).toBe("아마존의 '캐시카우' 클라우드 사업.");
    expect(termSecs(ko)).toEqual([
      ['아마존웹서비스', 'partOfSpeech=noun'],
      ['AWS', 'partOfSpeech=noun', 'termType=abbreviation'],
    ]);
  });

  it('marks the headword itself when it is the abbreviation (CEO)', () => {
    expect(termSecs(langSec('ceo', 'ko'))).toEqual([
      ['CEO', 'partOfSpeech=noun', 'termType=abbreviation'],
    ]);
  });

  it('writes one English termSec per equivalent, the first one preferred', () => {
    const en = langSec('aws', 'en');
    expect(definition(en)).toBe('Amazon\'s cloud arm, its "cash cow" <profit>.');
    expect(termSecs(en)).toEqual([
      ['Amazon Web Services', 'partOfSpeech=noun', 'administrativeStatus=preferredTerm-admn-sts'],
      ['AWS', 'partOfSpeech=noun'],
    ]);
  });

  it('maps parts of speech to the TBX-Basic values (phrase → other)', () => {
    expect(termSecs(langSec('take-charge', 'ko'))).toEqual([['책임지다', 'partOfSpeech=other']]);
    expect(termSecs(langSec('amazon', 'ko'))).toEqual([['아마존', 'partOfSpeech=noun']]);
  });

  it('cross-references related terms that are in the export, and only those', () => {
    const refs = children(entry('aws'), 'ref');
    expect(refs.map((ref) => [ref.getAttribute('type'), ref.getAttribute('target')])).toEqual([
      ['crossReference', 'amazon'],
    ]);
    expect(refs[0]?.textContent).toBe('아마존');
  });

  it('escapes & < > " \' in element text', () => {
    expect(tbx).toContain(
      '<descrip type="definition">Amazon&apos;s cloud arm, its &quot;cash cow&quot; &lt;profit&gt;.</descrip>',
    );
    expect(definition(langSec('amazon', 'en'))).toBe('The US retail & cloud company.');
  });
});
