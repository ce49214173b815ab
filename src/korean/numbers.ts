/**
 * Finds Korean numbers in text (만/억/조 amounts, counters, years, percentages, fractions)
 * and reads them three ways: in English, in plain digits and aloud in Hangul.
 */
import { numberToHangul, susa } from 'es-hangul';

export type NumberKind = 'amount' | 'percent' | 'fraction' | 'year' | 'count';

export interface KoreanNumber {
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  /** Exactly `text.slice(start, end)` of the searched text. */
  text: string;
  kind: NumberKind;
  value: number;
  /** The counter word as written ("달러", "명", "%", …); "제" for the ordinal prefix of "제2". */
  unit?: string;
}

// ---- Recognition -------------------------------------------------------------------------

/** Digits with well-formed thousands commas or none, optionally with decimals. */
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** Counters, longest first so that 개월 wins over 개. */
const UNIT = '개월|분기|달러|년|월|위|명|개|원';
const SCALE_EXPONENT: Record<string, number> = { 만: 4, 억: 8, 조: 12 };

// Sticky patterns, each tried at one position.
const PLAIN = new RegExp(`(?:${NUM})`, 'y');
const GROUP = new RegExp(`[ ]?(${NUM})([만억조])`, 'y');
/** The group below 만, as in "2만 7000"; it must not run on into a longer number. */
const TAIL = /[ ]?(\d{1,4}|\d,\d{3})(?![\d만억조%]|[.,/]\d)/y;
const UNIT_AFTER = new RegExp(`[ ]?(${UNIT})`, 'y');
const COUNTED = new RegExp(`(${NUM})[ ]?(${UNIT})`, 'y');
const PERCENT = new RegExp(`(${NUM})[ ]?(%p|%)`, 'y');
const FRACTION = /(\d+)\/(\d+)(?![\d/]|\.\d)/y;
const ORDINAL_PREFIX = /제(\d+)(?!\d|[.,]\d)/y;

/** Where a number may start: a digit, or 제 + digit, not glued to a Latin word ("B2B") or a date ("2023/05"). */
const CANDIDATE = /(?<![\p{Script=Latin}\d/])(?:(?<![가-힣])제)?\d/gu;

interface Scan {
  end: number;
  value: number;
}

type Found = Omit<KoreanNumber, 'text'>;

function matchAt(pattern: RegExp, text: string, pos: number): RegExpExecArray | null {
  pattern.lastIndex = pos;
  return pattern.exec(text);
}

const toNumber = (digits: string): number => Number(digits.replaceAll(',', ''));

/** A later group needs a smaller scale and a whole coefficient under 10,000. */
const fitsBelow = (coefficient: string, exponent: number, lastExponent: number): boolean =>
  exponent < lastExponent && !coefficient.includes('.') && toNumber(coefficient) < 1e4;

/** Reads "5조 1000억", "3억5000만" or "2만 7000": scales falling, every group after the first under 10,000. */
function scanScaled(text: string, pos: number): Scan | null {
  let end = pos;
  let value = 0;
  let lastExponent = Infinity;
  for (let m = matchAt(GROUP, text, end); m; m = matchAt(GROUP, text, end)) {
    const [, coefficient = '', scale = ''] = m;
    const exponent = SCALE_EXPONENT[scale] ?? 0;
    if (lastExponent !== Infinity && !fitsBelow(coefficient, exponent, lastExponent)) break;
    // "3.5e12" parses exactly, where 3.5 * 1e12 style arithmetic can drift.
    value += Number(`${coefficient.replaceAll(',', '')}e${exponent}`);
    end = GROUP.lastIndex;
    lastExponent = exponent;
  }
  if (lastExponent === Infinity) return null;
  const tail = lastExponent === SCALE_EXPONENT['만'] ? matchAt(TAIL, text, end) : null;
  return tail ? { end: TAIL.lastIndex, value: value + toNumber(tail[1] ?? '') } : { end, value };
}

function scanPlain(text: string, pos: number): Scan | null {
  const m = matchAt(PLAIN, text, pos);
  return m ? { end: PLAIN.lastIndex, value: toNumber(m[0]) } : null;
}

/**
 * Parses a Korean-style numeral: "5조 1000억" → 5100000000000, "2만 7000" → 27000,
 * "1,000만" → 10000000, "27,000" → 27000. Anything else (including a trailing unit) → null.
 */
export function parseKoreanAmount(s: string): number | null {
  const text = s.trim();
  const scan = scanScaled(text, 0) ?? scanPlain(text, 0);
  return scan?.end === text.length ? scan.value : null;
}

function readOrdinalPrefix(text: string, start: number): Found | null {
  const m = matchAt(ORDINAL_PREFIX, text, start);
  if (!m) return null;
  return {
    start,
    end: ORDINAL_PREFIX.lastIndex,
    kind: 'count',
    value: toNumber(m[1] ?? ''),
    unit: '제',
  };
}

function readFraction(text: string, start: number): Found | null {
  const m = matchAt(FRACTION, text, start);
  const denominator = toNumber(m?.[2] ?? '0');
  if (!m || denominator === 0) return null;
  return {
    start,
    end: FRACTION.lastIndex,
    kind: 'fraction',
    value: toNumber(m[1] ?? '') / denominator,
  };
}

function readAmount(text: string, start: number): Found | null {
  const scan = scanScaled(text, start);
  if (!scan) return null;
  const unit = matchAt(UNIT_AFTER, text, scan.end);
  return unit
    ? { start, end: UNIT_AFTER.lastIndex, kind: 'amount', value: scan.value, unit: unit[1] }
    : { start, end: scan.end, kind: 'amount', value: scan.value };
}

function readPercent(text: string, start: number): Found | null {
  const m = matchAt(PERCENT, text, start);
  if (!m) return null;
  return {
    start,
    end: PERCENT.lastIndex,
    kind: 'percent',
    value: toNumber(m[1] ?? ''),
    unit: m[2],
  };
}

function readCounted(text: string, start: number): Found | null {
  const m = matchAt(COUNTED, text, start);
  if (!m) return null;
  const [, digits = '', unit = ''] = m;
  const kind = unit === '년' && /^\d{4}$/.test(digits) ? 'year' : 'count';
  return { start, end: COUNTED.lastIndex, kind, value: toNumber(digits), unit };
}

function readNumberAt(text: string, pos: number): Found | null {
  if (text[pos] === '제') return readOrdinalPrefix(text, pos) ?? readNumberAt(text, pos + 1);
  return (
    readFraction(text, pos) ??
    readAmount(text, pos) ??
    readPercent(text, pos) ??
    readCounted(text, pos)
  );
}

/** All Korean numbers in `text`, in order and without overlaps. Bare digits without a counter are skipped. */
export function findKoreanNumbers(text: string): KoreanNumber[] {
  const numbers: KoreanNumber[] = [];
  let pos = 0;
  for (
    let candidate = matchAt(CANDIDATE, text, pos);
    candidate;
    candidate = matchAt(CANDIDATE, text, pos)
  ) {
    const found = readNumberAt(text, candidate.index);
    if (found) {
      numbers.push({ ...found, text: text.slice(found.start, found.end) });
      pos = found.end;
    } else {
      // Skip the whole digit run so that "1,000" is not retried from an inner digit.
      const digitStart = candidate.index + candidate[0].length - 1;
      pos = scanPlain(text, digitStart)?.end ?? digitStart + 1;
    }
  }
  return numbers;
}

// ---- English -----------------------------------------------------------------------------

const englishNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
const ENGLISH_SCALES: readonly (readonly [number, string])[] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];
const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 3900000000 → "3.9 billion", 27000 → "27,000". */
function quantity(value: number): string {
  const scale = ENGLISH_SCALES.find(([size]) => value >= size);
  return scale
    ? `${englishNumber.format(value / scale[0])} ${scale[1]}`
    : englishNumber.format(value);
}

/** Whole numbers under ten as words, the rest as figures. */
const spelled = (value: number): string => SMALL[value] ?? quantity(value);

const counted = (value: number, one: string, many: string): string =>
  `${spelled(value)} ${value === 1 ? one : many}`;

function ordinal(n: number): string {
  const word = ORDINALS[n - 1];
  if (word) return word;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}

const ENGLISH_BY_UNIT: Record<string, (value: number) => string> = {
  달러: (v) => `$${quantity(v)}`,
  원: (v) => `${quantity(v)} won`,
  명: (v) => counted(v, 'person', 'people'),
  년: (v) => counted(v, 'year', 'years'),
  개월: (v) => counted(v, 'month', 'months'),
  개: spelled,
  월: (v) => MONTHS[v - 1] ?? `month ${v}`,
  분기: (v) => `${ordinal(v)} quarter`,
  위: (v) => `No. ${quantity(v)}`,
  제: ordinal,
};

function fractionParts(n: KoreanNumber): [number, number] {
  const [numerator = '', denominator = ''] = n.text.split('/');
  return [Number(numerator), Number(denominator)];
}

/** 1/6 → "one-sixth", 2/3 → "two-thirds"; figures when there is no everyday name. */
function fractionEnglish(n: KoreanNumber): string {
  const [numerator, denominator] = fractionParts(n);
  const count = SMALL[numerator];
  if (!count || denominator < 2 || denominator > 10) return n.text;
  const part = denominator === 2 ? 'half' : denominator === 4 ? 'quarter' : ordinal(denominator);
  const parts = numerator === 1 ? part : part === 'half' ? 'halves' : `${part}s`;
  return `${count}-${parts}`;
}

function percentEnglish(n: KoreanNumber): string {
  const asWritten = n.text.slice(0, n.text.length - (n.unit ?? '').length).trim();
  if (n.unit === '%p') return `${asWritten} percentage point${n.value === 1 ? '' : 's'}`;
  return `${asWritten}%`;
}

/** "39억 달러" → "$3.9 billion", "2만 7000명" → "27,000 people", "1분기" → "first quarter". */
export function toEnglish(n: KoreanNumber): string {
  switch (n.kind) {
    case 'year':
      return String(n.value);
    case 'percent':
      return percentEnglish(n);
    case 'fraction':
      return fractionEnglish(n);
    default: {
      const format = n.unit === undefined ? undefined : ENGLISH_BY_UNIT[n.unit];
      return format ? format(n.value) : quantity(n.value);
    }
  }
}

// ---- Digits ------------------------------------------------------------------------------

const plainDigits = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });

/** "39억 달러" → "3,900,000,000", "37%" → "37%", "1/6" → "1/6" (exact), "2015년" → "2015". */
export function toDigits(n: KoreanNumber): string {
  switch (n.kind) {
    case 'year':
      return String(n.value);
    case 'fraction':
      return n.text;
    case 'percent':
      return `${plainDigits.format(n.value)}${n.unit ?? '%'}`;
    default:
      return plainDigits.format(n.value);
  }
}

// ---- Hangul ------------------------------------------------------------------------------

const HANGUL_DIGITS = '영일이삼사오육칠팔구';
/** Counters read with native Korean numbers (세 명, 스무 개) below 100. */
const NATIVE_COUNTERS = new Set(['명', '개']);
/** Month names are single words, two of them irregular: 칠월, but 유월 and 시월. */
const MONTH_READINGS: Record<number, string> = { 6: '유월', 10: '시월' };

/** Sino-Korean reading: 27000 → "이만 칠천", 10000 → "만", 15.8 → "십오 점 팔". */
function sino(value: number): string {
  const [whole = '', decimals] = String(value).split('.');
  const wholeReading = numberToHangul(Number(whole), { spacing: true }).replace(/^일만/, '만');
  if (decimals === undefined) return wholeReading;
  const decimalReading = [...decimals].map((digit) => HANGUL_DIGITS[Number(digit)]).join('');
  return `${wholeReading} 점 ${decimalReading}`;
}

function readWithUnit(value: number, unit: string): string {
  if (unit === '제') return `제${sino(value)}`;
  if (unit === '월') return MONTH_READINGS[value] ?? `${sino(value)}월`;
  const isNative =
    NATIVE_COUNTERS.has(unit) && Number.isInteger(value) && value >= 1 && value < 100;
  return `${isNative ? susa(value, true) : sino(value)} ${unit}`;
}

/** "5조 1000억 원" → "오조 천억 원", "15.8%" → "십오 점 팔 퍼센트", "1/6" → "육 분의 일". */
export function readHangul(n: KoreanNumber): string {
  switch (n.kind) {
    case 'fraction': {
      const [numerator, denominator] = fractionParts(n);
      return `${sino(denominator)} 분의 ${sino(numerator)}`;
    }
    case 'percent':
      return `${sino(n.value)} ${n.unit === '%p' ? '퍼센트포인트' : '퍼센트'}`;
    default:
      return n.unit === undefined ? sino(n.value) : readWithUnit(n.value, n.unit);
  }
}
