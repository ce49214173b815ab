/**
 * Reading comfort: text size, line spacing and colour theme. Pure: the choices, their
 * defaults, the parsing of saved values and the CSS values each choice maps to.
 */

export const FONT_SIZES = ['xs', 's', 'm', 'l', 'xl'] as const;
export type FontSize = (typeof FONT_SIZES)[number];

export const LINE_SPACINGS = ['tight', 'normal', 'loose'] as const;
export type LineSpacing = (typeof LINE_SPACINGS)[number];

/** 'system' follows prefers-color-scheme; 'light' and 'dark' override it. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface ReadingSettings {
  fontSize: FontSize;
  lineSpacing: LineSpacing;
  theme: Theme;
}

/** The defaults are the reader's original look: 1.0625rem body text, line-height 1.7. */
export const DEFAULT_READING_SETTINGS: Readonly<ReadingSettings> = {
  fontSize: 'm',
  lineSpacing: 'normal',
  theme: 'system',
};

/**
 * Root font-size of each step. A percentage keeps the reader's own browser font size as the
 * base, and everything sized in rem (headline, captions, notes, controls) scales with it.
 */
export const FONT_SIZE_SCALE: Readonly<Record<FontSize, string>> = {
  xs: '87.5%',
  s: '93.75%',
  m: '100%',
  l: '112.5%',
  xl: '125%',
};

/** Body line-height of each step ('normal' is the original 1.7). */
export const LINE_HEIGHT: Readonly<Record<LineSpacing, string>> = {
  tight: '1.5',
  normal: '1.7',
  loose: '2',
};

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): T | null =>
    values.find((v) => v === value) ?? null;

export const parseFontSize = oneOf(FONT_SIZES);
export const parseLineSpacing = oneOf(LINE_SPACINGS);
export const parseTheme = oneOf(THEMES);

/** Each saved value if it is valid, else its default. */
export function readingSettingsFrom(saved: {
  fontSize?: unknown;
  lineSpacing?: unknown;
  theme?: unknown;
}): ReadingSettings {
  return {
    fontSize: parseFontSize(saved.fontSize) ?? DEFAULT_READING_SETTINGS.fontSize,
    lineSpacing: parseLineSpacing(saved.lineSpacing) ?? DEFAULT_READING_SETTINGS.lineSpacing,
    theme: parseTheme(saved.theme) ?? DEFAULT_READING_SETTINGS.theme,
  };
}

/** The attributes set on <html>; src/app/base.css styles the theme from data-theme. */
export function rootAttributes(settings: ReadingSettings): Record<string, string> {
  return {
    'data-font-size': settings.fontSize,
    'data-line-spacing': settings.lineSpacing,
    'data-theme': settings.theme,
  };
}

/**
 * The custom properties set on <html>; src/app/base.css reads them. Only for a choice other than
 * the default: the default values are the fallbacks in base.css, so the reader's first
 * render (hydrating the prerendered page) changes no style on <html>, which would restyle the
 * whole document.
 */
export function cssVariables(settings: ReadingSettings): Record<string, string> {
  const variables: Record<string, string> = {};
  if (settings.fontSize !== DEFAULT_READING_SETTINGS.fontSize) {
    variables['--reading-font-size'] = FONT_SIZE_SCALE[settings.fontSize];
  }
  if (settings.lineSpacing !== DEFAULT_READING_SETTINGS.lineSpacing) {
    variables['--reading-line-height'] = LINE_HEIGHT[settings.lineSpacing];
  }
  return variables;
}
