/**
 * The state the prerendered HTML shows. The browser hydrates that HTML only when its own starting
 * state is the same (no saved preferences, no ?mode= or view in the address, an English browser);
 * otherwise it renders afresh, so there is never a hydration mismatch. Pure.
 */
import { initialUiLang, type UiLang } from '../i18n/language';
import { DEFAULT_MODE, type Mode } from './mode';
import { parseRoute } from './route';
import type { Settings } from './settings';
import { modeFromSearch } from './url';

export const PRERENDERED: { mode: Mode; uiLang: UiLang } = { mode: DEFAULT_MODE, uiLang: 'en' };

export interface StartingPoint {
  search: string;
  hash: string;
  saved: Settings;
  browserLanguages: readonly string[];
}

export function matchesPrerender({
  search,
  hash,
  saved,
  browserLanguages,
}: StartingPoint): boolean {
  const mode = modeFromSearch(search) ?? saved.mode ?? DEFAULT_MODE;
  const uiLang = initialUiLang(saved.uiLang, browserLanguages);
  const changed = Object.entries(saved).some(
    ([key, value]) => key !== 'mode' && key !== 'uiLang' && value !== undefined && value !== false,
  );
  return (
    mode === PRERENDERED.mode &&
    uiLang === PRERENDERED.uiLang &&
    parseRoute(hash).view === 'reader' &&
    !changed
  );
}
