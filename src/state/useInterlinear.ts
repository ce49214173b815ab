import { createContext, useCallback, useContext, useState } from 'react';
import { readSettings, saveSettings } from './settings';

/** Which interlinear lines show above Korean words (as <ruby>); remembered across reloads. */
export interface Interlinear {
  roman: boolean;
  gloss: boolean;
}

export function useInterlinearState(): [Interlinear, (patch: Partial<Interlinear>) => void] {
  const [state, setState] = useState<Interlinear>(() => {
    const saved = readSettings();
    return { roman: saved.roman ?? false, gloss: saved.gloss ?? false };
  });
  const update = useCallback((patch: Partial<Interlinear>) => {
    setState((cur) => {
      const next = { ...cur, ...patch };
      saveSettings(next);
      return next;
    });
  }, []);
  return [state, update];
}

export const InterlinearContext = createContext<Interlinear>({ roman: false, gloss: false });
export const useInterlinear = () => useContext(InterlinearContext);
