import { readFileSync } from 'node:fs';
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

  it('leave the defaults to the fallbacks of settings.css, which are the same values', () => {
    expect(cssVariables(DEFAULT_READING_SETTINGS)).toEqual({});
    const css = readFileSync('src/settings.css', 'utf8');
    expect(css).toContain(
      `var(--reading-font-size, ${FONT_SIZE_SCALE[DEFAULT_READING_SETTINGS.fontSize]})`,
    );
    expect(css).toContain(
      `var(--reading-line-height, ${LINE_HEIGHT[DEFAULT_READING_SETTINGS.lineSpacing]})`,
    );
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

describe('theme and print styles (src/settings.css)', () => {
  const styles = readFileSync('src/styles.css', 'utf8');
  const settings = readFileSync('src/settings.css', 'utf8');
  const block = (css: string, pattern: RegExp) => {
    const body = pattern.exec(css)?.[1];
    if (body === undefined) throw new Error(`no match for ${pattern}`);
    return body;
  };
  const variables = (body: string): Record<string, string> =>
    Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]]));
  const rulesIn = (css: string) =>
    [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
      selectors: m[1]!.split(',').map((sel) => sel.trim()),
      body: m[2]!,
    }));
  const selectorsWith = (css: string, declaration: RegExp) =>
    rulesIn(css)
      .filter((r) => declaration.test(r.body))
      .flatMap((r) => r.selectors);

  const root = variables(block(styles, /^:root\s*\{([^}]*)\}/m));
  const colours = Object.entries(root).filter(([, value]) => value.includes('#'));

  it('give every colour its light and dark value in one place, picked by color-scheme', () => {
    expect(colours.length).toBeGreaterThan(5);
    for (const [, value] of colours) {
      expect(value).toMatch(/^light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)$/);
    }
    expect(block(styles, /\n\.grammar-marker\s*\{\s*color:\s*([^;]+);/)).toMatch(/^light-dark\(/);
    expect(styles).not.toMatch(/prefers-color-scheme/);
  });

  it('force a theme by its color-scheme alone', () => {
    expect(block(settings, /:root\[data-theme='light'\]\s*\{([^}]*)\}/).trim()).toBe(
      'color-scheme: light;',
    );
    expect(block(settings, /:root\[data-theme='dark'\]\s*\{([^}]*)\}/).trim()).toBe(
      'color-scheme: dark;',
    );
  });

  it('print without the controls, each pair kept together, side by side in two columns', () => {
    const print = settings.slice(settings.indexOf('@media print'));
    expect(selectorsWith(print, /display:\s*none/)).toEqual(
      expect.arrayContaining([
        '.toolbar',
        '.skip-link',
        '.card',
        '.dialog',
        '.reveal-toggle',
        '.grammar-marker',
        '.hint',
      ]),
    );
    expect(selectorsWith(print, /break-inside:\s*avoid/)).toEqual(
      expect.arrayContaining(['.pair', '.interleave-pair']),
    );
    expect(selectorsWith(print, /break-after:\s*avoid/)).toEqual(
      expect.arrayContaining(['h1', '.block-headline', '.pair-headline']),
    );
    expect(
      selectorsWith(print, /grid-template-columns:\s*minmax\(0, 1fr\) minmax\(0, 1fr\)/),
    ).toEqual(['.pair']);
    expect(selectorsWith(print, /text-decoration:\s*none/)).toEqual(
      expect.arrayContaining(['.term', '.num', '.word', 'a']),
    );
  });
});
