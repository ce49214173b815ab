import { useEffect, useRef } from 'react';

/** Handlers keyed by KeyboardEvent.code (layout independent), e.g. "Digit1", "Shift+Slash". */
export type ShortcutMap = Record<string, () => void>;

const NON_TEXT_INPUTS = ['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color'];

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.includes(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The key of an event in ShortcutMap terms, or null when a modifier other than Shift is held. */
export function shortcutOf(
  e: Pick<KeyboardEvent, 'code' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): string | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  return e.shiftKey ? `Shift+${e.code}` : e.code;
}

export function useShortcuts(map: ShortcutMap, enabled = true) {
  const latest = useRef(map);
  useEffect(() => {
    latest.current = map;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || isTyping(e.target)) return;
      const key = shortcutOf(e);
      const handler = key ? latest.current[key] : undefined;
      if (!handler) return;
      e.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
