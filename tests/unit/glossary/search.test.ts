import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  searchGlossary,
  sortTerms,
  type SearchEntry,
  type SearchField,
} from '../../../src/glossary/search';

const ENTRIES: SearchEntry[] = [
  {
    id: 'telemedicine',
    ko: '원격의료',
    en: ['telemedicine', 'telehealth'],
    romanization: ['wongyeok-uiryo'],
  },
  {
    id: 'healthcare-gap',
    ko: '의료 격차',
    en: ['healthcare gap'],
    romanization: ['uiryo gyeokcha'],
  },
  { id: 'medical', ko: '의료', en: ['medical care'], romanization: ['uiryo'] },
  { id: 'remote', ko: '원격', en: ['remote'], romanization: ['wongyeok'] },
  { id: 'halo', ko: '헤일로', en: ['Halo'], romanization: ['heillo'] },
  { id: 'ceo', ko: 'CEO', en: ['CEO', 'chief executive officer'], romanization: ['CEO'] },
];

const index = buildSearchIndex(ENTRIES);
const search = (query: string) => searchGlossary(index, query);

describe('buildSearchIndex', () => {
  const values = (field: SearchField) => field.text.split('\u0000').slice(0, -1);

  it('precomputes the normalized fields once, one value per headword', () => {
    expect(values(index.ko)).toEqual(['원격의료', '의료격차', '의료', '원격', '헤일로', 'ceo']);
    expect(values(index.choseong)).toEqual(['ㅇㄱㅇㄹ', 'ㅇㄹㄱㅊ', 'ㅇㄹ', 'ㅇㄱ', 'ㅎㅇㄹ', '']);
    expect(values(index.romanization)).toEqual([
      'wongyeokuiryo',
      'uiryogyeokcha',
      'uiryo',
      'wongyeok',
      'heillo',
      'ceo',
    ]);
  });

  it('keeps one value per English equivalent, lowercased, with its entry', () => {
    expect(values(index.en)).toEqual([
      'telemedicine',
      'telehealth',
      'healthcare gap',
      'medical care',
      'remote',
      'halo',
      'ceo',
      'chief executive officer',
    ]);
    expect(index.en.owners).toEqual([0, 0, 1, 2, 3, 4, 5, 5]);
    expect(index.en.starts.at(-1)).toBe(index.en.text.length);
  });
});

describe('searchGlossary', () => {
  it('returns every id in index order for an empty or blank query', () => {
    const all = ENTRIES.map((entry) => entry.id);
    expect(search('')).toEqual(all);
    expect(search('   ')).toEqual(all);
  });

  it('finds Korean partial words, spaces ignored', () => {
    expect(search('격차')).toEqual(['healthcare-gap']);
    expect(search('료격')).toEqual(['healthcare-gap']);
    expect(search('의료 격차')).toEqual(['healthcare-gap']);
  });

  it('ranks exact, then prefix, then substring matches', () => {
    expect(search('원격')).toEqual(['remote', 'telemedicine']);
    expect(search('의료')).toEqual(['medical', 'healthcare-gap', 'telemedicine']);
  });

  it('finds English case-insensitively, by substring of any equivalent', () => {
    expect(search('TELE')).toEqual(['telemedicine']);
    expect(search('health')).toEqual(['healthcare-gap', 'telemedicine']);
    expect(search('care')).toEqual(['healthcare-gap', 'medical']);
    expect(search('Chief Executive')).toEqual(['ceo']);
    expect(search('ceo')).toEqual(['ceo']);
  });

  it('finds romanization typed without spaces or hyphens', () => {
    expect(search('wongyeok')).toEqual(['remote', 'telemedicine']);
    expect(search('wongyeokuiryo')).toEqual(['telemedicine']);
    expect(search('Wongyeok-Uiryo')).toEqual(['telemedicine']);
    expect(search('uiryogyeok')).toEqual(['healthcare-gap']);
  });

  it('matches initial consonants when the query is all consonant jamo', () => {
    expect(search('ㅇㄱㅇㄹ')).toEqual(['telemedicine']);
    expect(search('ㅇㄱ')).toEqual(['remote', 'telemedicine']);
    expect(search('ㅇㄹ')).toEqual(['medical', 'healthcare-gap', 'telemedicine', 'halo']);
    expect(search('ㅎ ㅇ')).toEqual(['halo']);
  });

  it('returns nothing when nothing matches', () => {
    expect(search('xyz')).toEqual([]);
    expect(search('ㅋㅋ')).toEqual([]);
    expect(search('-')).toEqual([]);
  });
});

describe('sortTerms', () => {
  it('sorts in 가나다 order of the headword', () => {
    expect(sortTerms(ENTRIES, 'ko').map((entry) => entry.ko)).toEqual([
      '원격',
      '원격의료',
      '의료',
      '의료 격차',
      '헤일로',
      'CEO',
    ]);
  });

  it('sorts A–Z by the preferred English, without changing the input', () => {
    expect(sortTerms(ENTRIES, 'en').map((entry) => entry.id)).toEqual([
      'ceo',
      'halo',
      'healthcare-gap',
      'medical',
      'remote',
      'telemedicine',
    ]);
    expect(ENTRIES[0]?.id).toBe('telemedicine');
  });
});
