import { createContext, useCallback, useContext } from 'react';
import { useSettings } from './settingsStore';

/** Which interlinear lines show above Korean words (as <ruby>); remembered across reloads. */
export interface Interlinear {
  roman: boolean;
  gloss: boolean;
}

export function useInterlinearState(): [Interlinear, (patch: Partial<Interlinear>) => void] {
  const { settings, update } = useSettings();
  const roman = settings.roman ?? false;
  const gloss = settings.gloss ?? false;
  const set = useCallback((patch: Partial<Interlinear>) => update(patch), [update]);
  return [{ roman, gloss }, set];
}

export const InterlinearContext = createContext<Interlinear>({ roman: false, gloss: false });
export const useInterlinear = () => useContext(InterlinearContext);
