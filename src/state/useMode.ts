import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_MODE, type Mode } from './mode';
import { useSettings } from './settingsStore';
import { hrefWithMode, modeFromSearch } from './url';

/**
 * The reading mode, from the starting state. The address always shows it (?mode=); a mode the
 * reader chooses is saved as the default, a mode that only came in with a link is not.
 */
export function useMode(initial: Mode): [Mode, (mode: Mode) => void] {
  const { settings, update } = useSettings();
  const [mode, setModeState] = useState<Mode>(initial);

  useEffect(() => {
    window.history.replaceState(window.history.state, '', hrefWithMode(window.location.href, mode));
  }, [mode]);

  const saved = settings.mode;
  useEffect(() => {
    const onPop = () =>
      setModeState(modeFromSearch(window.location.search) ?? saved ?? DEFAULT_MODE);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [saved]);

  const setMode = useCallback(
    (next: Mode) => {
      setModeState(next);
      update({ mode: next });
    },
    [update],
  );
  return [mode, setMode];
}
