import { useLayoutEffect, useMemo } from 'react';
import {
  cssVariables,
  readingSettingsFrom,
  rootAttributes,
  type ReadingSettings,
} from './readingSettings';
import { useSettings } from './settingsStore';

/**
 * Text size, line spacing and theme: from the settings store, applied to <html> as
 * data-* attributes and custom properties, and saved when changed (never on start, so an
 * untouched reader stores nothing). The prerendered page already carries the default attributes
 * (build/prerender.tsx): an attribute that already has its value is not set again, since any
 * change on <html> restyles the whole document.
 */
export function useReadingSettings(): [ReadingSettings, (patch: Partial<ReadingSettings>) => void] {
  const { settings: saved, update } = useSettings();
  const { fontSize, lineSpacing, theme } = saved;
  const settings = useMemo(
    () => readingSettingsFrom({ fontSize, lineSpacing, theme }),
    [fontSize, lineSpacing, theme],
  );

  // A layout effect: applied before the first paint of the reader, so no flash of the default.
  useLayoutEffect(() => {
    const root = document.documentElement;
    const attributes = rootAttributes(settings);
    const variables = cssVariables(settings);
    for (const [name, value] of Object.entries(attributes)) {
      if (root.getAttribute(name) !== value) root.setAttribute(name, value);
    }
    for (const [name, value] of Object.entries(variables)) root.style.setProperty(name, value);
    return () => {
      for (const name of Object.keys(attributes)) root.removeAttribute(name);
      for (const name of Object.keys(variables)) root.style.removeProperty(name);
    };
  }, [settings]);

  return [settings, update];
}
