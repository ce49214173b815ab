import { describe, expect, it } from 'vitest';
import { loadContent, readContentText } from '../../build/content/load';
import type { TermSource } from '../../build/content/schema';

const { article, details } = loadContent('content/amazon-healthcare');
const term = (id: string) => {
  const t = details.terms.find((x) => x.id === id);
  if (!t) throw new Error(`no term ${id}`);
  return t;
};
const raw: TermSource[] = JSON.parse(
  readContentText('content/amazon-healthcare/glossary.json'),
).terms;

describe('glossary content', () => {
  it('has at least 45 terms, each occurring in the article', () => {
    expect(details.terms.length).toBeGreaterThanOrEqual(45);
    for (const t of details.terms) expect(t.occurrences.length, t.id).toBeGreaterThan(0);
  });

  it('includes the vocabulary the article turns on', () => {
    const headwords = new Set(details.terms.map((t) => t.ko));
    for (const ko of [
      '아마존웹서비스',
      '헤일로',
      '원격의료',
      '의료형평성 이니셔티브',
      '아마존 케어',
      '원메디컬',
      '아마존 오믹스',
      '아마존 헬스레이크',
      '영업이익',
      '매출',
      '실적',
      '캐시카우',
      '성장 둔화',
      '구조조정',
      '정리 해고',
      '인수',
      '비용 절감',
      '수익성',
      '주주',
      '서한',
      '역풍',
      '부사장',
      '수석 부사장',
      'CEO',
      '헬스케어',
      '의료기관',
      '의료 격차',
      '유전체학',
      '머신러닝',
      '클라우드',
      '디지털 전환',
      '스마트홈',
    ]) {
      expect(headwords.has(ko), ko).toBe(true);
    }
  });

  it('links the 의료 word family', () => {
    expect(term('medical-care').related).toEqual(
      expect.arrayContaining([
        'telemedicine',
        'health-equity-initiative',
        'medical-institution',
        'medical-community',
        'medical-supplies',
        'healthcare-gap',
      ]),
    );
  });

  it('gives hanja, loanword sources and abbreviations', () => {
    expect(term('telemedicine').hanja).toBe('遠隔醫療');
    expect(term('health-equity-initiative').hanja).toContain('衡平性');
    expect(term('healthcare').origin).toBe('healthcare');
    expect(term('cash-cow').origin).toBe('cash cow');
    expect(term('health-equity-initiative').origin).toBe('initiative');
    expect(term('aws').abbreviation).toEqual({ short: 'AWS', long: 'Amazon Web Services' });
    expect(term('health-equity-initiative').abbreviation?.short).toBe('HEI');
    expect(term('machine-learning').abbreviation?.short).toBe('ML');
  });
});

describe('pronunciation and romanization pins', () => {
  it.each([
    ['aws', '[아마조뉍써비스]', 'amajonwepseobiseu'],
    ['halo', '[헤일로]', 'heillo'],
    ['telemedicine', '[원겨긔료]', 'wongyeoguiryo'],
    ['health-equity-initiative', '[의료형평썽 이니셔티브]', 'uiryohyeongpyeongseong inisyeotibeu'],
    ['operating-profit', '[영엄니익]', 'yeongeomniik'],
  ])('%s is %s, %s', (id, pronunciation, romanization) => {
    expect(term(id).pronunciation).toBe(pronunciation);
    expect(term(id).romanization).toBe(romanization);
  });

  // Every hand-checked override in glossary.json, pinned: es-hangul gets these wrong.
  const OVERRIDES: Record<string, [string, string | undefined]> = {
    'operating-profit': ['[영엄니익]', 'yeongeomniik'],
    ceo: ['[시이오]', 'siio'],
    b2b: ['[비투비]', 'bitubi'],
    'halo-band': ['[헤일로 밴드]', undefined],
    acquisition: ['[인수]', undefined],
    'e-commerce': ['[전자상거래]', undefined],
    quarter: ['[분기]', undefined],
    'new-business': ['[신사업]', undefined],
    priority: ['[우선수뉘]', undefined],
    telemedicine: ['[원겨긔료]', undefined],
    'artificial-intelligence': ['[인공지능]', undefined],
    results: ['[실쩍]', undefined],
    'health-equity-initiative': ['[의료형평썽 이니셔티브]', undefined],
    'senior-vice-president': ['[수석 뿌사장]', undefined],
    'business-shutdown': ['[사업 쫑뇨]', undefined],
  };

  it('pins every override in the file', () => {
    const overridden = Object.fromEntries(
      raw
        .filter((t) => t.pronunciation || t.romanization)
        .map((t) => [t.id, [t.pronunciation, t.romanization]]),
    );
    expect(overridden).toEqual(OVERRIDES);
  });
});

describe('marks in the text', () => {
  const sentences = article.blocks.flatMap((b) => b.sentences);

  it('marks every Korean occurrence, and nothing else', () => {
    const marked = sentences.flatMap((s) =>
      s.marks.ko.map((m) => `${s.id}:${m.start}:${m.termId}:${s.ko.slice(m.start, m.end)}`),
    );
    const occurrences = details.terms.flatMap((t) =>
      t.occurrences.map((o) => `${o.sentenceId}:${o.start}:${t.id}:${o.surface}`),
    );
    expect(marked.sort()).toEqual(occurrences.sort());
  });

  it('covers particles, parentheses and both spellings', () => {
    const surfaces = term('halo').occurrences.map((o) => o.surface);
    expect(surfaces).toEqual(expect.arrayContaining(['헤일로는', '헤일로(Halo)', '헤일로에']));
    expect(term('aws').occurrences.map((o) => o.surface)).toEqual(
      expect.arrayContaining(['아마존웹서비스(AWS)', 'AWS는', 'AWS가']),
    );
  });

  it('marks the English equivalent in the paired sentence', () => {
    const p41 = sentences.find((s) => s.id === 'p4-1')!;
    const en = p41.marks.en.map((m) => `${m.termId}:${p41.en.slice(m.start, m.end)}`);
    expect(en).toEqual(
      expect.arrayContaining(['halo:Halo', 'healthcare:healthcare', 'amazon:Amazon']),
    );
  });

  it('marks an English equivalent only where its term occurs in the Korean', () => {
    for (const s of sentences) {
      const ko = new Set(s.marks.ko.map((m) => m.termId));
      for (const m of s.marks.en) expect(ko.has(m.termId), `${s.id} ${m.termId}`).toBe(true);
    }
  });
});
