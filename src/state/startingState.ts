// src/state/: reader state: the starting state, the one settings store, mode, route, URL, the open card.
/**
 * The reader's starting state: the mode, the interface language, the view and the saved
 * settings, worked out once. The boot script computes the browser's (browserStartingState), and
 * the app starts from that same object; the prerender renders PRERENDERED_STATE, explicitly. The
 * browser hydrates the prerendered HTML only when its own starting state shows the same page;
 * otherwise it renders afresh, so there is never a hydration mismatch.
 */
import { initialUiLang, type UiLang } from '../i18n/language';
import { DEFAULT_MODE, type Mode } from './mode';
import { parseRoute, type Route } from './route';
import { readSettings, type Settings } from './settings';
import { modeFromSearch } from './url';

export interface StartingState {
  mode: Mode;
  uiLang: UiLang;
  route: Route;
  /** what the reader saved last time (settings.ts) */
  settings: Settings;
}

/** What the prerendered page shows: a first visit, side by side, English interface. */
export const PRERENDERED_STATE: StartingState = {
  mode: DEFAULT_MODE,
  uiLang: 'en',
  route: { view: 'reader' },
  settings: {},
};

export interface StartingPoint {
  search: string;
  hash: string;
  saved: Settings;
  browserLanguages: readonly string[];
}

/** The mode from the address, else the saved one; the saved language, else the browser's. Pure. */
export function startingStateFrom({
  search,
  hash,
  saved,
  browserLanguages,
}: StartingPoint): StartingState {
  return {
    mode: modeFromSearch(search) ?? saved.mode ?? DEFAULT_MODE,
    uiLang: initialUiLang(saved.uiLang, browserLanguages),
    route: parseRoute(hash),
    settings: saved,
  };
}

/** Whether the page prerendered from PRERENDERED_STATE is what `state` shows. Pure. */
export function showsPrerender(state: StartingState): boolean {
  const changed = Object.entries(state.settings).some(
    ([key, value]) => key !== 'mode' && key !== 'uiLang' && value !== undefined && value !== false,
  );
  return (
    state.mode === PRERENDERED_STATE.mode &&
    state.uiLang === PRERENDERED_STATE.uiLang &&
    state.route.view === PRERENDERED_STATE.route.view &&
    !changed
  );
}

let browserState: StartingState | null = null;

/** This page's starting state: read from the address, localStorage and the browser once. */
export function browserStartingState(): StartingState {
  browserState ??= startingStateFrom({
    search: window.location.search,
    hash: window.location.hash,
    saved: readSettings(),
    browserLanguages: navigator.languages ?? [],
  });
  return browserState;
}
