import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memoryStorage';
import {
  cssVariables,
  DEFAULT_READING_SETTINGS,
  FONT_SIZE_SCALE,
  FONT_SIZES,
  LINE_HEIGHT,
  LINE_SPACINGS,
  parseFontSize,
  parseLineSpacing,
  parseTheme,
  readingSettingsFrom,
  rootAttributes,
  THEMES,
} from '../../src/state/readingSettings';
import { readSettings, saveSettings, SETTINGS_KEY } from '../../src/state/settings';

describe('reading settings: choices and defaults', () => {
  it('offer five text sizes, three line spacings and three themes', () => {
    expect(FONT_SIZES).toEqual(['xs', 's', 'm', 'l', 'xl']);
    expect(LINE_SPACINGS).toEqual(['tight', 'normal', 'loose']);
    expect(THEMES).toEqual(['system', 'light', 'dark']);
  });

  it('default to the original look: 100% root size, line-height 1.7, the system theme', () => {
    expect(DEFAULT_READING_SETTINGS).toEqual({
      fontSize: 'm',
      lineSpacing: 'normal',
      theme: 'system',
    });
    expect(FONT_SIZE_SCALE[DEFAULT_READING_SETTINGS.fontSize]).toBe('100%');
    expect(LINE_HEIGHT[DEFAULT_READING_SETTINGS.lineSpacing]).toBe('1.7');
  });

  // That the stylesheet's fallbacks are these defaults: tests/e2e/styles.test.ts.
  it('set no custom property on <html> for the defaults', () => {
    expect(cssVariables(DEFAULT_READING_SETTINGS)).toEqual({});
  });

  it('grow the text and the spacing with each step', () => {
    const sizes = FONT_SIZES.map((s) => parseFloat(FONT_SIZE_SCALE[s]));
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(new Set(sizes).size).toBe(FONT_SIZES.length);
    expect(LINE_SPACINGS.map((s) => Number(LINE_HEIGHT[s]))).toEqual([1.5, 1.7, 2]);
  });

  it('map a choice to the attributes and custom properties set on <html>', () => {
    const chosen = { fontSize: 'xl', lineSpacing: 'loose', theme: 'dark' } as const;
    expect(rootAttributes(chosen)).toEqual({
      'data-font-size': 'xl',
      'data-line-spacing': 'loose',
      'data-theme': 'dark',
    });
    expect(cssVariables(chosen)).toEqual({
      '--reading-font-size': '125%',
      '--reading-line-height': '2',
    });
  });
});

describe('reading settings: parsing saved values', () => {
  it('accepts exactly the known values', () => {
    expect(parseFontSize('xl')).toBe('xl');
    expect(parseLineSpacing('tight')).toBe('tight');
    expect(parseTheme('light')).toBe('light');
    for (const bad of ['XL', 'medium', '', ' m', 2, null, undefined, {}, ['m'], true]) {
      expect(parseFontSize(bad)).toBeNull();
      expect(parseLineSpacing(bad)).toBeNull();
      expect(parseTheme(bad)).toBeNull();
    }
    expect(parseTheme('Dark')).toBeNull();
    expect(parseLineSpacing('normal ')).toBeNull();
  });

  it('falls back to the default for each unknown or missing value, keeping the valid ones', () => {
    expect(readingSettingsFrom({})).toEqual(DEFAULT_READING_SETTINGS);
    expect(readingSettingsFrom({ fontSize: 'huge', lineSpacing: 'loose', theme: 42 })).toEqual({
      fontSize: 'm',
      lineSpacing: 'loose',
      theme: 'system',
    });
    expect(readingSettingsFrom({ fontSize: 's', lineSpacing: null, theme: 'dark' })).toEqual({
      fontSize: 's',
      lineSpacing: 'normal',
      theme: 'dark',
    });
  });
});

describe('reading settings in the saved settings', () => {
  it('are read back with the other settings', () => {
    const store = memoryStorage({
      [SETTINGS_KEY]: JSON.stringify({
        mode: 'en',
        fontSize: 'l',
        lineSpacing: 'tight',
        theme: 'light',
      }),
    });
    expect(readSettings(store)).toEqual({
      mode: 'en',
      fontSize: 'l',
      lineSpacing: 'tight',
      theme: 'light',
    });
  });

  it('drop corrupted values and keep the rest', () => {
    const store = memoryStorage({
      [SETTINGS_KEY]: JSON.stringify({
        uiLang: 'ko',
        fontSize: 'gigantic',
        lineSpacing: 3,
        theme: 'dark',
      }),
    });
    expect(readSettings(store)).toEqual({ uiLang: 'ko', theme: 'dark' });
    expect(readingSettingsFrom(readSettings(store))).toEqual({
      fontSize: 'm',
      lineSpacing: 'normal',
      theme: 'dark',
    });
  });

  it('are merged into the entry without losing the other settings', () => {
    const store = memoryStorage({ [SETTINGS_KEY]: JSON.stringify({ mode: 'ko', gloss: true }) });
    saveSettings({ fontSize: 'xs' }, store);
    saveSettings({ theme: 'dark' }, store);
    expect(JSON.parse(store.getItem(SETTINGS_KEY)!)).toEqual({
      mode: 'ko',
      gloss: true,
      fontSize: 'xs',
      theme: 'dark',
    });
  });
});
