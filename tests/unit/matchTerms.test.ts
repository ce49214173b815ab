import { describe, expect, it } from 'vitest';
import { readContentText } from '../../build/content/load';
import type { TermSource } from '../../build/content/schema';
import {
  findTermOccurrences,
  occurrencesBySentence,
  type TermOccurrence,
} from '../../build/content/matchTerms';

function term(id: string, ko: string, en: string[], extra: Partial<TermSource> = {}): TermSource {
  return {
    id,
    ko,
    en,
    pos: 'noun',
    category: 'general',
    definition: { en: `${id}.`, ko: `${ko}.` },
    related: [],
    ...extra,
  };
}

const TERMS: TermSource[] = [
  term('amazon', '아마존', ['Amazon']),
  term('amazon-care', '아마존 케어', ['Amazon Care']),
  term('aws', '아마존웹서비스', ['Amazon Web Services', 'AWS'], { forms: ['AWS'] }),
  term('halo', '헤일로', ['Halo']),
  term('halo-band', '헤일로 밴드', ['Halo Band']),
  term('business', '사업', ['business']),
  term('medical', '의료', ['medical care', 'healthcare']),
  term('gap', '격차', ['gap']),
  term('healthcare-gap', '의료 격차', ['healthcare gap'], { enForms: ['health gap'] }),
  term('telemedicine', '원격의료', ['telemedicine'], { forms: ['원격 진료'] }),
  term('ceo', 'CEO', ['CEO', 'chief executive officer']),
  term('healthcare', '헬스케어', ['healthcare']),
];

function sentence(ko: string, en = '', id = 's1') {
  return { id, ko, en };
}

/** [termId, surface, start] of the Korean occurrences, in order. */
function ko(terms: TermSource[], text: string): [string, string, number][] {
  return findTermOccurrences(terms, [sentence(text)])
    .filter((found) => found.lang === 'ko')
    .map((found) => [found.termId, found.surface, found.start]);
}

/** [termId, surface, start] of the English occurrences, in order. */
function en(text: string, koText: string): [string, string, number][] {
  return findTermOccurrences(TERMS, [sentence(koText, text)])
    .filter((found) => found.lang === 'en')
    .map((found) => [found.termId, found.surface, found.start]);
}

describe('findTermOccurrences, Korean', () => {
  it('takes the particles attached to the word into the surface (헤일로는)', () => {
    expect(ko(TERMS, '2020년부터 선보인 헤일로는 손목밴드')).toEqual([['halo', '헤일로는', 12]]);
  });

  it('gives the full occurrence: ids, lang and UTF-16 offsets', () => {
    expect(findTermOccurrences(TERMS, [sentence('선보인 헤일로는', 'Halo', 'p7-2')])).toEqual([
      { termId: 'halo', sentenceId: 'p7-2', lang: 'ko', start: 4, end: 8, surface: '헤일로는' },
      { termId: 'halo', sentenceId: 'p7-2', lang: 'en', start: 0, end: 4, surface: 'Halo' },
    ]);
  });

  it('includes a parenthetical written right after the form, and the particle after it', () => {
    expect(ko(TERMS, '아마존은 헤일로(Halo)를 종료한다')).toEqual([
      ['amazon', '아마존은', 0],
      ['halo', '헤일로(Halo)를', 5],
    ]);
    // a closing quote ends the word: the particle after it is not part of the surface
    expect(ko(TERMS, "서비스 '헤일로(Halo)'를 오는")).toEqual([['halo', '헤일로(Halo)', 5]]);
  });

  it("matches after ‘ and ' and stops at the closing quote (‘아마존 케어(Amazon Care)'사업을)", () => {
    expect(
      ko(TERMS, "사실 아마존은 이미 지난해 ‘아마존 케어(Amazon Care)'사업을 종료하며"),
    ).toEqual([
      ['amazon', '아마존은', 3],
      ['amazon-care', '아마존 케어(Amazon Care)', 16],
      ['business', '사업을', 36],
    ]);
  });

  it('lets the longest form win where matches overlap (의료 격차를, not 의료 or 격차)', () => {
    expect(ko(TERMS, '지역을 대상으로 의료 격차를 완화하기')).toEqual([
      ['healthcare-gap', '의료 격차를', 9],
    ]);
  });

  it('matches a space inside a form with or without whitespace', () => {
    expect(ko(TERMS, '의료격차가 크다')).toEqual([['healthcare-gap', '의료격차가', 0]]);
    expect(ko(TERMS, '의료  격차는')).toEqual([['healthcare-gap', '의료  격차는', 0]]);
    expect(ko(TERMS, '원격 진료를 원격진료와 원격의료')).toEqual([
      ['telemedicine', '원격 진료를', 0],
      ['telemedicine', '원격진료와', 7],
      ['telemedicine', '원격의료', 13],
    ]);
  });

  it('lets a longer headword with its parenthetical swallow the abbreviation inside it', () => {
    expect(
      ko(TERMS, "현재 아마존을 지탱하는 핵심 사업은 '아마존웹서비스(Amazon Web Services, AWS)'다."),
    ).toEqual([
      ['amazon', '아마존을', 3],
      ['business', '사업은', 16],
      ['aws', '아마존웹서비스(Amazon Web Services, AWS)', 21],
    ]);
  });

  it("matches a Latin form as a whole token, before punctuation (AWS)'다.)", () => {
    const awsOnly = [term('aws', 'AWS', ['AWS'])];
    expect(ko(awsOnly, "'아마존웹서비스(Amazon Web Services, AWS)'다.")).toEqual([
      ['aws', 'AWS', 30],
    ]);
  });

  it('takes Hangul particles after a Latin form (AWS는) but never matches inside a Latin word', () => {
    expect(ko(TERMS, '그동안 AWS는 기업 데이터를')).toEqual([['aws', 'AWS는', 4]]);
    expect(ko(TERMS, 'AWSome AWSs xAWS (AWS)')).toEqual([['aws', 'AWS', 18]]);
  });

  it('accepts U+2008 and the other listed marks as word starts', () => {
    expect(ko(TERMS, '아마존\u2008CEO가')).toEqual([
      ['amazon', '아마존', 0],
      ['ceo', 'CEO가', 4],
    ]);
    expect(ko(TERMS, '"헤일로"·“헬스케어”,사업')).toEqual([
      ['halo', '헤일로', 1],
      ['healthcare', '헬스케어', 7],
      ['business', '사업', 13],
    ]);
  });

  it('does not match inside a word', () => {
    expect(ko(TERMS, '비아마존 원격사업 손목헤일로')).toEqual([]);
  });

  it('matches the longest form at a position (헤일로 밴드 over 헤일로)', () => {
    expect(ko(TERMS, "손목밴드 '헤일로 밴드'·피트니스 밴드 '헤일로 뷰'")).toEqual([
      ['halo-band', '헤일로 밴드', 6],
      ['halo', '헤일로', 23],
    ]);
  });
});

describe('findTermOccurrences, English', () => {
  it('marks the English forms of the terms found in the Korean, surface as written', () => {
    expect(
      en(
        'In fact, amazon already shut down its Amazon Care business last year.',
        "사실 아마존은 이미 지난해 ‘아마존 케어(Amazon Care)'사업을 종료하며",
      ),
    ).toEqual([
      ['amazon', 'amazon', 9],
      ['amazon-care', 'Amazon Care', 38],
      ['business', 'business', 50],
    ]);
  });

  it('marks only terms that occur in the Korean of that sentence', () => {
    expect(en('Amazon ended the Halo business.', '헤일로를 종료했다')).toEqual([
      ['halo', 'Halo', 17],
    ]);
  });

  it('matches whole words only, plurals in -s and -es allowed, enForms included', () => {
    expect(
      en(
        'Healthcare gaps, health gaps and healthcare gapes; a healthcare gapped region.',
        '의료 격차를',
      ),
    ).toEqual([
      ['healthcare-gap', 'Healthcare gaps', 0],
      ['healthcare-gap', 'health gaps', 17],
      ['healthcare-gap', 'healthcare gapes', 33],
    ]);
  });

  it('prefers the longest form across terms, without overlaps', () => {
    expect(
      en(
        'Amazon Web Services (AWS) keeps Amazon going.',
        "아마존을 지탱하는 '아마존웹서비스(Amazon Web Services, AWS)'다.",
      ),
    ).toEqual([
      ['aws', 'Amazon Web Services', 0],
      ['aws', 'AWS', 21],
      ['amazon', 'Amazon', 32],
    ]);
  });
});

describe('findTermOccurrences over the article source', () => {
  const source = readContentText('content/amazon-healthcare/article.ko.txt');
  const lines = source.split('\n').filter((line) => line.trim() !== '');

  function counts(occurrences: TermOccurrence[]): Record<string, number> {
    const byTerm: Record<string, number> = {};
    for (const found of occurrences) byTerm[found.termId] = (byTerm[found.termId] ?? 0) + 1;
    return byTerm;
  }

  it('finds every term, each surface being the text at its offsets, none overlapping', () => {
    const sentences = lines.map((text, i) => sentence(text, '', `l${i}`));
    const found = findTermOccurrences(TERMS, sentences);
    expect(counts(found)).toEqual({
      amazon: 23,
      aws: 10,
      'amazon-care': 3,
      halo: 10,
      'halo-band': 3,
      business: 8,
      healthcare: 10,
      medical: 6,
      telemedicine: 1,
      ceo: 3,
      'healthcare-gap': 1,
    });
    for (const [id, group] of occurrencesBySentence(found)) {
      const text = sentences.find((s) => s.id === id)?.ko ?? '';
      group.forEach((occurrence, i) => {
        expect(text.slice(occurrence.start, occurrence.end)).toBe(occurrence.surface);
        expect(occurrence.start).toBeGreaterThanOrEqual(group[i - 1]?.end ?? 0);
      });
    }
  });

  it('scales to the article replicated 100 times in one text', () => {
    const text = Array.from({ length: 100 }, () => lines.join('\n')).join('\n');
    const found = findTermOccurrences(TERMS, [sentence(text)]);
    expect(found).toHaveLength(7800);
    expect(counts(found).amazon).toBe(2300);
  });
});

describe('occurrencesBySentence', () => {
  it('groups by sentence and sorts each group by start', () => {
    const at = (sentenceId: string, start: number): TermOccurrence => ({
      termId: 't',
      sentenceId,
      lang: 'ko',
      start,
      end: start + 1,
      surface: 'x',
    });
    const grouped = occurrencesBySentence([at('b', 5), at('a', 3), at('b', 1), at('a', 0)]);
    expect([...grouped.keys()]).toEqual(['b', 'a']);
    expect(grouped.get('b')?.map((found) => found.start)).toEqual([1, 5]);
    expect(grouped.get('a')?.map((found) => found.start)).toEqual([0, 3]);
  });
});
