import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_MODE, type Mode } from './mode';
import { readSettings, saveSettings } from './settings';
import { hrefWithMode, modeFromSearch } from './url';

/** The reading mode: from the URL, else the saved setting, else the default (also on the server). */
export function initialMode(): Mode {
  if (typeof window === 'undefined') return DEFAULT_MODE;
  return modeFromSearch(window.location.search) ?? readSettings().mode ?? DEFAULT_MODE;
}

export function useMode(): [Mode, (mode: Mode) => void] {
  const [mode, setModeState] = useState<Mode>(initialMode);

  useEffect(() => {
    window.history.replaceState(window.history.state, '', hrefWithMode(window.location.href, mode));
    saveSettings({ mode });
  }, [mode]);

  useEffect(() => {
    const onPop = () => setModeState(initialMode());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const setMode = useCallback((next: Mode) => setModeState(next), []);
  return [mode, setMode];
}
