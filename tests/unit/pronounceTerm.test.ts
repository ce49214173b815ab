import { describe, expect, it } from 'vitest';
import {
  pronunciationOf,
  romanizationOf,
  spelledRomanizationOf,
} from '../../src/korean/pronounceTerm';

describe('pronunciationOf', () => {
  it('pins es-hangul 2.4.0 on plain words, in brackets', () => {
    expect(pronunciationOf({ ko: '국민' })).toBe('[궁민]');
    expect(pronunciationOf({ ko: '같이' })).toBe('[가치]');
    expect(pronunciationOf({ ko: '신라' })).toBe('[실라]');
    expect(pronunciationOf({ ko: '헤일로' })).toBe('[헤일로]');
    expect(pronunciationOf({ ko: '의료 격차' })).toBe('[의료 격차]');
  });

  it('shows the known gap that overrides exist for (no ㄴ insertion in 영업이익)', () => {
    expect(pronunciationOf({ ko: '영업이익' })).toBe('[영어비익]');
  });

  it('lets the hand-checked override win', () => {
    expect(pronunciationOf({ ko: '영업이익', pronunciation: '[영엄니익]' })).toBe('[영엄니익]');
  });

  it('keeps Latin letters and digits as written', () => {
    expect(pronunciationOf({ ko: 'CEO' })).toBe('[CEO]');
    expect(pronunciationOf({ ko: 'CEO', pronunciation: '[씨이오]' })).toBe('[씨이오]');
  });
});

describe('romanizationOf', () => {
  it('pins es-hangul 2.4.0 on plain words: lowercase, spaces kept', () => {
    expect(romanizationOf({ ko: '국민' })).toBe('gungmin');
    expect(romanizationOf({ ko: '헤일로' })).toBe('heillo');
    expect(romanizationOf({ ko: '원격의료' })).toBe('wongyeoguiryo');
    expect(romanizationOf({ ko: '의료 격차' })).toBe('uiryo gyeokcha');
    expect(romanizationOf({ ko: '영업이익' })).toBe('yeongeobiik');
  });

  it('lets the hand-checked override win', () => {
    expect(romanizationOf({ ko: '원격의료', romanization: 'wongyeok-uiryo' })).toBe(
      'wongyeok-uiryo',
    );
  });

  it('romanizes only the Hangul of a headword with Latin letters', () => {
    expect(romanizationOf({ ko: 'CEO' })).toBe('CEO');
    expect(romanizationOf({ ko: 'B2B 영업' })).toBe('B2B yeongeop');
  });
});

describe('spelledRomanizationOf', () => {
  it('romanizes each syllable on its own, with no sound changes', () => {
    expect(spelledRomanizationOf('원격의료')).toBe('wongyeokuiryo');
    expect(spelledRomanizationOf('영업이익')).toBe('yeongeopiik');
    expect(spelledRomanizationOf('의료 격차')).toBe('uiryo gyeokcha');
  });
});
