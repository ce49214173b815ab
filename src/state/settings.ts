/** Saved reader settings in localStorage. A corrupted value is dropped, never fatal. */
import { parseUiLang, type UiLang } from '../i18n/language';
import { parseMode, type Mode } from './mode';
import {
  parseFontSize,
  parseLineSpacing,
  parseTheme,
  type FontSize,
  type LineSpacing,
  type Theme,
} from './readingSettings';

export const SETTINGS_KEY = 'dokhae:settings';

export interface Settings {
  mode?: Mode;
  uiLang?: UiLang;
  /** interlinear lines above Korean words */
  roman?: boolean;
  gloss?: boolean;
  /** reading comfort (see readingSettings.ts) */
  fontSize?: FontSize;
  lineSpacing?: LineSpacing;
  theme?: Theme;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked (privacy settings): run without saving
  }
}

/** Reads what is valid of the saved settings; resets the entry when it is not JSON. */
export function readSettings(store: Storage | null = storage()): Settings {
  const text = store?.getItem(SETTINGS_KEY);
  if (!text) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    store?.removeItem(SETTINGS_KEY);
    return {};
  }
  if (!raw || typeof raw !== 'object') return {};
  const rec = raw as Record<string, unknown>;
  const settings: Settings = {};
  const mode = parseMode(rec.mode);
  const uiLang = parseUiLang(rec.uiLang);
  if (mode) settings.mode = mode;
  if (uiLang) settings.uiLang = uiLang;
  if (typeof rec.roman === 'boolean') settings.roman = rec.roman;
  if (typeof rec.gloss === 'boolean') settings.gloss = rec.gloss;
  const fontSize = parseFontSize(rec.fontSize);
  const lineSpacing = parseLineSpacing(rec.lineSpacing);
  const theme = parseTheme(rec.theme);
  if (fontSize) settings.fontSize = fontSize;
  if (lineSpacing) settings.lineSpacing = lineSpacing;
  if (theme) settings.theme = theme;
  return settings;
}

export function saveSettings(patch: Settings, store: Storage | null = storage()): void {
  if (!store) return;
  try {
    store.setItem(SETTINGS_KEY, JSON.stringify({ ...readSettings(store), ...patch }));
  } catch {
    // quota or privacy mode: the setting simply is not remembered
  }
}
