/**
 * The one pronunciation module. Expected values are written by hand from 표준 발음법 and the
 * Revised Romanization rules, not copied from the code's output.
 */
import { describe, expect, it } from 'vitest';
import {
  pronounce,
  romanizeKorean,
  spelledRomanization,
  termSound,
} from '../../src/korean/pronunciation';

describe('pronounce', () => {
  it.each([
    ['현재', '[현재]'],
    ['인수', '[인수]'],
    ['분기', '[분기]'],
    ['있다', '[읻따]'], // 제9항 + 제23항
    ['핵심', '[핵씸]'], // 제23항
    ['먹고', '[먹꼬]'],
    ['확대하면서', '[확때하면서]'],
    ['국민', '[궁민]'], // 제18항
    ['없는', '[엄는]'],
    ['같이', '[가치]'], // 제17항
    ['신라', '[실라]'], // 제20항
    ['헤일로', '[헤일로]'],
    ['의료 격차', '[의료 격차]'],
  ])('%s is %s', (word, expected) => {
    expect(pronounce(word)).toBe(expected);
  });

  it('puts a hand-checked reading in first, then links what follows it (제29항, 제13항)', () => {
    const reading = { start: 0, end: 4, sound: '영엄니익' };
    expect(pronounce('영업이익', [reading])).toBe('[영엄니익]');
    expect(pronounce('영업이익은', [reading])).toBe('[영엄니이근]');
    expect(pronounce('실적이', [{ start: 0, end: 2, sound: '실쩍' }])).toBe('[실쩌기]');
  });

  it('reads Latin letters only through a reading', () => {
    expect(pronounce('CEO가', [{ start: 0, end: 3, sound: '시이오' }])).toBe('[시이오가]');
  });

  it('ignores a reading that does not cover as many characters as its sound has', () => {
    expect(pronounce('영업이익', [{ start: 0, end: 4, sound: '영엄' }])).toBe(
      pronounce('영업이익'),
    );
  });
});

describe('romanizeKorean', () => {
  it.each([
    ['국민', 'gungmin'],
    ['헤일로', 'heillo'],
    ['원격의료', 'wongyeoguiryo'],
    ['의료 격차', 'uiryo gyeokcha'],
  ])('%s is %s', (word, expected) => {
    expect(romanizeKorean(word)).toBe(expected);
  });

  it('follows the reading, ㄴ insertion included, but never writes tensing', () => {
    expect(romanizeKorean('영업이익은', [{ start: 0, end: 4, sound: '영엄니익' }])).toBe(
      'yeongeomniigeun',
    );
    expect(romanizeKorean('실적이', [{ start: 0, end: 2, sound: '실쩍' }])).toBe('siljeogi');
  });

  it('keeps Latin letters and digits as written', () => {
    expect(romanizeKorean('B2B 영업')).toBe('B2B yeongeop');
  });
});

describe('termSound', () => {
  it("takes the glossary's hand-checked values", () => {
    expect(termSound({ ko: 'CEO', pronunciation: '[시이오]', romanization: 'siio' })).toEqual({
      pronunciation: '[시이오]',
      romanization: 'siio',
    });
  });

  it('romanizes from the hand-checked sound when only that is given', () => {
    expect(termSound({ ko: '실적', pronunciation: '[실쩍]' })).toEqual({
      pronunciation: '[실쩍]',
      romanization: 'siljeok',
    });
  });

  it('computes both when the glossary gives neither', () => {
    expect(termSound({ ko: '국민' })).toEqual({ pronunciation: '[궁민]', romanization: 'gungmin' });
  });
});

describe('spelledRomanization', () => {
  it('romanizes each syllable on its own, with no sound changes', () => {
    expect(spelledRomanization('원격의료')).toBe('wongyeokuiryo');
    expect(spelledRomanization('영업이익')).toBe('yeongeopiik');
    expect(spelledRomanization('의료 격차')).toBe('uiryo gyeokcha');
  });
});
