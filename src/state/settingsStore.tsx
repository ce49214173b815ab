/**
 * The one store of the reader's saved settings (mode, interface language, interlinear lines,
 * reading comfort). It starts from the starting state's settings, so nothing reads localStorage
 * again; every change goes through `update`, which saves the patch (settings.ts).
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { saveSettings, type Settings } from './settings';

export interface SettingsStore {
  settings: Settings;
  update: (patch: Settings) => void;
}

const SettingsCtx = createContext<SettingsStore | null>(null);

export function SettingsProvider({
  initial,
  children,
}: {
  initial: Settings;
  children: ReactNode;
}) {
  const [settings, setSettings] = useState(initial);
  const update = useCallback((patch: Settings) => {
    setSettings((current) => ({ ...current, ...patch }));
    saveSettings(patch);
  }, []);
  const store = useMemo(() => ({ settings, update }), [settings, update]);
  return <SettingsCtx.Provider value={store}>{children}</SettingsCtx.Provider>;
}

export function useSettings(): SettingsStore {
  const store = useContext(SettingsCtx);
  if (!store) throw new Error('useSettings outside SettingsProvider');
  return store;
}
