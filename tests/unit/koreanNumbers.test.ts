import { describe, expect, it } from 'vitest';
import {
  findKoreanNumbers,
  parseKoreanAmount,
  readHangul,
  toDigits,
  toEnglish,
  type KoreanNumber,
  type NumberKind,
} from '../../src/korean/numbers';

/** The one number found in `text`; fails when there is none or more than one. */
function only(text: string): KoreanNumber {
  const found = findKoreanNumbers(text);
  expect(found.map((n) => n.text)).toHaveLength(1);
  return found[0] as KoreanNumber;
}

const texts = (text: string): string[] => findKoreanNumbers(text).map((n) => n.text);

interface Row {
  sentence: string;
  text: string;
  kind: NumberKind;
  value: number;
  unit?: string;
  english: string;
  digits: string;
  hangul: string;
}

const ONE_MEDICAL =
  '더욱이 사업 종료를 발표하기 한 달 전 원메디컬(One Medical)을 39억 달러(당시 약 5조 1000억 원)에 인수한다는 내용을 알렸는가 하면';
const LAYOFFS = '아마존은 지난해부터 2만 7000명에 달하는 정리 해고를 병행한 구조조정을 진행했다.';
const US_MARKET =
  '미국 헬스케어 시장만 놓고 보더라도 그 규모가 연간 4조 달러(약 5364조 원)에 달한다고 말한다.';
const AI_MARKET =
  '전 세계 AI 헬스케어 시장 규모가 2027년에 674억 달러(약 90조 원)까지 성장할 것이라고 전망하고 있다.';
const GROWTH =
  'AWS 사업매출 성장률이 37%에서 15.8%로 크게 둔화한 것은 시장에서도 우려되는 부분으로 지적한다.';
const FIRST_QUARTER =
  '올해 1분기 실적을 보더라도 매출은 아마존 전체 매출의 1/6 정도지만, 영업이익은 혼자 책임지는 수준이다.';
const CLOUD =
  '2015년 시작한 클라우드(Cloud) 서비스로 글로벌 1위를 차지한 이후 아마존의 캐시카우 역할을 톡톡히 하고 있다.';
const HALO =
  "헬스케어 서비스 '헤일로(Halo)'를 오는 7월 말로 종료한다고 발표했다. 2020년부터 선보인 헤일로는";
const CARE =
  '2019년 처음 선보인 아마존 케어는 시애틀 본사 직원들을 대상으로 원격의료 서비스를 시작';
const JASSY =
  '곧 취임 2년이 되는 앤디 재시(Andy Jassy) CEO가 의료기관을 대상으로 한 B2B에 집중하려는 의도';
const REFUND = '제품 판매 중단과 동시에 1년 내 구매한 제품은 전액 환불에 들어가기로 했다.';
const HQ = '워싱턴 DC 인근에 짓고 있던 제2본사 건설도 중단했다.';

const ARTICLE: Row[] = [
  {
    sentence: ONE_MEDICAL,
    text: '39억 달러',
    kind: 'amount',
    value: 3_900_000_000,
    unit: '달러',
    english: '$3.9 billion',
    digits: '3,900,000,000',
    hangul: '삼십구억 달러',
  },
  {
    sentence: ONE_MEDICAL,
    text: '5조 1000억 원',
    kind: 'amount',
    value: 5_100_000_000_000,
    unit: '원',
    english: '5.1 trillion won',
    digits: '5,100,000,000,000',
    hangul: '오조 천억 원',
  },
  {
    sentence: LAYOFFS,
    text: '2만 7000명',
    kind: 'amount',
    value: 27_000,
    unit: '명',
    english: '27,000 people',
    digits: '27,000',
    hangul: '이만 칠천 명',
  },
  {
    sentence: US_MARKET,
    text: '4조 달러',
    kind: 'amount',
    value: 4_000_000_000_000,
    unit: '달러',
    english: '$4 trillion',
    digits: '4,000,000,000,000',
    hangul: '사조 달러',
  },
  {
    sentence: US_MARKET,
    text: '5364조 원',
    kind: 'amount',
    value: 5_364_000_000_000_000,
    unit: '원',
    english: '5,364 trillion won',
    digits: '5,364,000,000,000,000',
    hangul: '오천삼백육십사조 원',
  },
  {
    sentence: AI_MARKET,
    text: '2027년',
    kind: 'year',
    value: 2027,
    unit: '년',
    english: '2027',
    digits: '2027',
    hangul: '이천이십칠 년',
  },
  {
    sentence: AI_MARKET,
    text: '674억 달러',
    kind: 'amount',
    value: 67_400_000_000,
    unit: '달러',
    english: '$67.4 billion',
    digits: '67,400,000,000',
    hangul: '육백칠십사억 달러',
  },
  {
    sentence: AI_MARKET,
    text: '90조 원',
    kind: 'amount',
    value: 90_000_000_000_000,
    unit: '원',
    english: '90 trillion won',
    digits: '90,000,000,000,000',
    hangul: '구십조 원',
  },
  {
    sentence: GROWTH,
    text: '37%',
    kind: 'percent',
    value: 37,
    unit: '%',
    english: '37%',
    digits: '37%',
    hangul: '삼십칠 퍼센트',
  },
  {
    sentence: GROWTH,
    text: '15.8%',
    kind: 'percent',
    value: 15.8,
    unit: '%',
    english: '15.8%',
    digits: '15.8%',
    hangul: '십오 점 팔 퍼센트',
  },
  {
    sentence: FIRST_QUARTER,
    text: '1분기',
    kind: 'count',
    value: 1,
    unit: '분기',
    english: 'first quarter',
    digits: '1',
    hangul: '일 분기',
  },
  {
    sentence: FIRST_QUARTER,
    text: '1/6',
    kind: 'fraction',
    value: 1 / 6,
    english: 'one-sixth',
    digits: '1/6',
    hangul: '육 분의 일',
  },
  {
    sentence: CLOUD,
    text: '2015년',
    kind: 'year',
    value: 2015,
    unit: '년',
    english: '2015',
    digits: '2015',
    hangul: '이천십오 년',
  },
  {
    sentence: CLOUD,
    text: '1위',
    kind: 'count',
    value: 1,
    unit: '위',
    english: 'No. 1',
    digits: '1',
    hangul: '일 위',
  },
  {
    sentence: HALO,
    text: '7월',
    kind: 'count',
    value: 7,
    unit: '월',
    english: 'July',
    digits: '7',
    hangul: '칠월',
  },
  {
    sentence: HALO,
    text: '2020년',
    kind: 'year',
    value: 2020,
    unit: '년',
    english: '2020',
    digits: '2020',
    hangul: '이천이십 년',
  },
  {
    sentence: CARE,
    text: '2019년',
    kind: 'year',
    value: 2019,
    unit: '년',
    english: '2019',
    digits: '2019',
    hangul: '이천십구 년',
  },
  {
    sentence: JASSY,
    text: '2년',
    kind: 'count',
    value: 2,
    unit: '년',
    english: 'two years',
    digits: '2',
    hangul: '이 년',
  },
  {
    sentence: REFUND,
    text: '1년',
    kind: 'count',
    value: 1,
    unit: '년',
    english: 'one year',
    digits: '1',
    hangul: '일 년',
  },
  {
    sentence: HQ,
    text: '제2',
    kind: 'count',
    value: 2,
    unit: '제',
    english: 'second',
    digits: '2',
    hangul: '제이',
  },
];

describe('findKoreanNumbers on the article', () => {
  it.each([
    [ONE_MEDICAL, ['39억 달러', '5조 1000억 원']],
    [LAYOFFS, ['2만 7000명']],
    [US_MARKET, ['4조 달러', '5364조 원']],
    [AI_MARKET, ['2027년', '674억 달러', '90조 원']],
    [GROWTH, ['37%', '15.8%']],
    [FIRST_QUARTER, ['1분기', '1/6']],
    [CLOUD, ['2015년', '1위']],
    [HALO, ['7월', '2020년']],
    [CARE, ['2019년']],
    [JASSY, ['2년']],
    [REFUND, ['1년']],
    [HQ, ['제2']],
  ])('finds exactly the numbers of %s', (sentence, expected) => {
    expect(texts(sentence)).toEqual(expected);
  });

  it.each(ARTICLE)('finds $text with its offsets, kind, value and unit', (row) => {
    const found = findKoreanNumbers(row.sentence).find((n) => n.text === row.text);
    const start = row.sentence.indexOf(row.text);
    expect(found).toEqual({
      start,
      end: start + row.text.length,
      text: row.text,
      kind: row.kind,
      value: row.value,
      ...(row.unit === undefined ? {} : { unit: row.unit }),
    });
  });

  it.each(ARTICLE)('reads $text as "$english", "$digits" and "$hangul"', (row) => {
    const found = findKoreanNumbers(row.sentence).find((n) => n.text === row.text) as KoreanNumber;
    expect([toEnglish(found), toDigits(found), readHangul(found)]).toEqual([
      row.english,
      row.digits,
      row.hangul,
    ]);
  });

  it('ignores numbers written in Hangul, such as 한 달', () => {
    expect(texts('발표하기 한 달 전 원메디컬을 인수했다')).toEqual([]);
  });
});

describe('findKoreanNumbers edge cases', () => {
  it('reads digits mixed with units without spaces', () => {
    const n = only('매출은 3억5000만 원이다');
    expect([n.text, n.kind, n.value, n.unit]).toEqual([
      '3억5000만 원',
      'amount',
      350_000_000,
      '원',
    ]);
    expect([toEnglish(n), toDigits(n), readHangul(n)]).toEqual([
      '350 million won',
      '350,000,000',
      '삼억 오천만 원',
    ]);
  });

  it('reads thousands commas before a scale', () => {
    const n = only('월 1,000만 원을 번다');
    expect([n.text, n.value]).toEqual(['1,000만 원', 10_000_000]);
    expect([toEnglish(n), toDigits(n), readHangul(n)]).toEqual([
      '10 million won',
      '10,000,000',
      '천만 원',
    ]);
  });

  it('reads thousands commas before a counter as a count', () => {
    const n = only('직원 27,000명이 떠났다');
    expect([n.text, n.kind, n.value, n.unit]).toEqual(['27,000명', 'count', 27_000, '명']);
    expect([toEnglish(n), toDigits(n), readHangul(n)]).toEqual([
      '27,000 people',
      '27,000',
      '이만 칠천 명',
    ]);
  });

  it.each([
    ['1만', 10_000, '10,000', '10,000', '만'],
    ['10억', 1_000_000_000, '1 billion', '1,000,000,000', '십억'],
    ['1조 2000억', 1_200_000_000_000, '1.2 trillion', '1,200,000,000,000', '일조 이천억'],
    [
      '5364조',
      5_364_000_000_000_000,
      '5,364 trillion',
      '5,364,000,000,000,000',
      '오천삼백육십사조',
    ],
    ['1만 1000', 11_000, '11,000', '11,000', '만 천'],
    ['3.5조', 3_500_000_000_000, '3.5 trillion', '3,500,000,000,000', '삼조 오천억'],
  ])('reads the bare amount %s', (text, value, english, digits, hangul) => {
    const n = only(`약 ${text} 규모`);
    expect([n.text, n.kind, n.value, n.unit]).toEqual([text, 'amount', value, undefined]);
    expect([toEnglish(n), toDigits(n), readHangul(n)]).toEqual([english, digits, hangul]);
  });

  it('keeps decimals in percentages', () => {
    const n = only('성장률 15.8%');
    expect([n.value, toEnglish(n), toDigits(n), readHangul(n)]).toEqual([
      15.8,
      '15.8%',
      '15.8%',
      '십오 점 팔 퍼센트',
    ]);
  });

  it('reads percentage points', () => {
    const n = only('금리가 0.25%p 올랐다');
    expect([n.text, n.unit, toEnglish(n), readHangul(n)]).toEqual([
      '0.25%p',
      '%p',
      '0.25 percentage points',
      '영 점 이오 퍼센트포인트',
    ]);
  });

  it.each(['B2B', 'AWS', 'B2B 시장과 AWS', 'v2.5', 'H2O 3D', '2023/05/01', '버전 12.5'])(
    'finds nothing in %s',
    (text) => {
      expect(findKoreanNumbers(text)).toEqual([]);
    },
  );

  it('does not read digits glued to a Latin word, even before a counter', () => {
    expect(findKoreanNumbers('X5개, COVID19명, MP3 2개')).toEqual([
      { start: 19, end: 21, text: '2개', kind: 'count', value: 2, unit: '개' },
    ]);
  });

  it('does not chain groups that are out of order or too large', () => {
    expect(texts('1000억 5조')).toEqual(['1000억', '5조']);
    expect(texts('2만 3만')).toEqual(['2만', '3만']);
  });

  it('only takes a plain trailing group after 만', () => {
    expect(texts('1억 2345만 6789원')).toEqual(['1억 2345만 6789원']);
    expect(texts('5조 2027년')).toEqual(['5조', '2027년']);
    expect(texts('2만 5%')).toEqual(['2만', '5%']);
  });

  it('tells years from durations', () => {
    expect(findKoreanNumbers('2015년부터 3년, 500년').map((n) => [n.text, n.kind])).toEqual([
      ['2015년', 'year'],
      ['3년', 'count'],
      ['500년', 'count'],
    ]);
  });

  it('prefers 개월 over 개', () => {
    const n = only('3개월 만에');
    expect([n.text, n.unit, toEnglish(n), readHangul(n)]).toEqual([
      '3개월',
      '개월',
      'three months',
      '삼 개월',
    ]);
  });

  it('reads native Korean numbers for people and things under 100', () => {
    expect(findKoreanNumbers('1명, 3명, 20개, 150명').map(readHangul)).toEqual([
      '한 명',
      '세 명',
      '스무 개',
      '백오십 명',
    ]);
    expect(findKoreanNumbers('1명, 3명').map(toEnglish)).toEqual(['one person', 'three people']);
  });

  it('reads the irregular months 유월 and 시월', () => {
    expect(findKoreanNumbers('6월, 10월, 12월').map(readHangul)).toEqual([
      '유월',
      '시월',
      '십이월',
    ]);
    expect(findKoreanNumbers('6월, 10월, 12월').map(toEnglish)).toEqual([
      'June',
      'October',
      'December',
    ]);
  });

  it('names common fractions and keeps the rest in figures', () => {
    expect(findKoreanNumbers('1/2, 2/3, 3/4, 3/16').map(toEnglish)).toEqual([
      'one-half',
      'two-thirds',
      'three-quarters',
      '3/16',
    ]);
    expect(only('2/3').value).toBe(2 / 3);
  });

  it('uses English scale words from a million up', () => {
    expect(findKoreanNumbers('99만 원, 150만 명, 11억 달러').map(toEnglish)).toEqual([
      '990,000 won',
      '1.5 million people',
      '$1.1 billion',
    ]);
  });

  it('does not read 제 inside a word as an ordinal prefix', () => {
    expect(texts('문제2번')).toEqual([]);
    expect(texts('제3분기')).toEqual(['제3']);
  });

  it('counts offsets in UTF-16 code units', () => {
    const text = '🚀 39억 달러';
    const n = only(text);
    expect([n.start, n.end]).toEqual([3, 9]);
    expect(text.slice(n.start, n.end)).toBe(n.text);
  });
});

describe('parseKoreanAmount', () => {
  it.each([
    ['5조 1000억', 5_100_000_000_000],
    ['2만 7000', 27_000],
    ['1,000만', 10_000_000],
    ['1조 2000억', 1_200_000_000_000],
    ['10억', 1_000_000_000],
    ['1만', 10_000],
    ['5364조', 5_364_000_000_000_000],
    ['3억5000만', 350_000_000],
    ['1.5만', 15_000],
    ['27,000', 27_000],
    [' 2만 ', 20_000],
  ])('parses %s', (text, value) => {
    expect(parseKoreanAmount(text)).toBe(value);
  });

  it.each(['', 'abc', '1000억 5조', '5조 1000억 원', '1만 1.5', '1,00만', '만'])(
    'rejects %j',
    (text) => {
      expect(parseKoreanAmount(text)).toBeNull();
    },
  );
});
