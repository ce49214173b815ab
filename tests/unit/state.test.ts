import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memoryStorage';
import { initialUiLang } from '../../src/i18n/language';
import { readSettings, saveSettings, SETTINGS_KEY, type Settings } from '../../src/state/settings';
import {
  PRERENDERED_STATE,
  showsPrerender,
  startingStateFrom,
} from '../../src/state/startingState';
import { hrefWithMode, modeFromSearch, sentenceIdFromHash } from '../../src/state/url';

describe('URL state', () => {
  it('reads a known mode and ignores anything else', () => {
    expect(modeFromSearch('?mode=interleave')).toBe('interleave');
    expect(modeFromSearch('?mode=KO')).toBeNull();
    expect(modeFromSearch('?mode=')).toBeNull();
    expect(modeFromSearch('')).toBeNull();
  });

  it('sets the mode and keeps other parameters and the hash', () => {
    expect(hrefWithMode('http://h/sub/?x=1#s-p2-1', 'ko')).toBe('/sub/?x=1&mode=ko#s-p2-1');
  });

  it('reads a sentence id from #s-<id>', () => {
    expect(sentenceIdFromHash('#s-p2-1')).toBe('p2-1');
    expect(sentenceIdFromHash('#term=aws')).toBeNull();
    expect(sentenceIdFromHash('#s-')).toBeNull();
    expect(sentenceIdFromHash('#s-%E0%A4%A')).toBeNull();
  });
});

describe('saved settings', () => {
  it('keeps valid values and drops unknown ones', () => {
    const store = memoryStorage({ [SETTINGS_KEY]: '{"mode":"warp","uiLang":"ko"}' });
    expect(readSettings(store)).toEqual({ uiLang: 'ko' });
  });

  it('resets an entry that is not JSON', () => {
    const store = memoryStorage({ [SETTINGS_KEY]: '{oops' });
    expect(readSettings(store)).toEqual({});
    expect(store.getItem(SETTINGS_KEY)).toBeNull();
  });

  it('merges a saved patch with what is there', () => {
    const store = memoryStorage();
    saveSettings({ mode: 'en' }, store);
    saveSettings({ uiLang: 'ko' }, store);
    expect(JSON.parse(store.getItem(SETTINGS_KEY)!)).toEqual({ mode: 'en', uiLang: 'ko' });
  });
});

describe('initial interface language', () => {
  it('prefers the saved choice, then the browser, then English', () => {
    expect(initialUiLang('ko', ['en-US'])).toBe('ko');
    expect(initialUiLang('fr', ['ko-KR', 'en'])).toBe('ko');
    expect(initialUiLang(undefined, ['fr-FR', 'de'])).toBe('en');
  });
});

describe('starting state', () => {
  const start = (search: string, hash: string, saved: Settings, languages = ['en-US']) =>
    startingStateFrom({ search, hash, saved, browserLanguages: languages });

  it('takes the mode from the address, else the saved one, else side by side', () => {
    expect(start('?mode=ko', '', { mode: 'en' }).mode).toBe('ko');
    expect(start('?mode=nope', '', { mode: 'en' }).mode).toBe('en');
    expect(start('', '', {}).mode).toBe('pair');
  });

  it('reads the view from the hash and keeps the saved settings', () => {
    expect(start('', '#term=aws', { roman: true })).toMatchObject({
      route: { view: 'glossary', termId: 'aws' },
      settings: { roman: true },
    });
  });

  it('shows the prerendered page only for a first visit in English, reader view', () => {
    expect(showsPrerender(PRERENDERED_STATE)).toBe(true);
    expect(showsPrerender(start('', '', {}))).toBe(true);
    expect(showsPrerender(start('', '#s-p2-1', { mode: 'pair', uiLang: 'en' }))).toBe(true);
    expect(showsPrerender(start('?mode=ko', '', {}))).toBe(false);
    expect(showsPrerender(start('', '', {}, ['ko-KR']))).toBe(false);
    expect(showsPrerender(start('', '#glossary', {}))).toBe(false);
    expect(showsPrerender(start('', '', { theme: 'dark' }))).toBe(false);
    expect(showsPrerender(start('', '', { gloss: false }))).toBe(true);
  });
});
