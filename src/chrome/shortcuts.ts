/** The keyboard shortcuts: which key codes do what, and how the help dialog lists them. */
import type { Mode } from '../state/mode';

export const MODE_KEYS: Record<string, Mode> = {
  Digit1: 'ko',
  Digit2: 'en',
  Digit3: 'pair',
  Digit4: 'interleave',
  Numpad1: 'ko',
  Numpad2: 'en',
  Numpad3: 'pair',
  Numpad4: 'interleave',
};

export const KEY_NEXT = 'KeyJ';
export const KEY_PREVIOUS = 'KeyK';
export const KEY_LANGUAGE = 'KeyL';
export const KEY_HELP = 'Shift+Slash';

type HelpLabel =
  | 'modeKo'
  | 'modeEn'
  | 'modePair'
  | 'modeInterleave'
  | 'next'
  | 'previous'
  | 'activate'
  | 'language'
  | 'help'
  | 'close';

/** Key caps are the same in every language (physical keys), so they are not translated. */
export const SHORTCUT_HELP: { keys: string[]; label: HelpLabel }[] = [
  { keys: ['1'], label: 'modeKo' },
  { keys: ['2'], label: 'modeEn' },
  { keys: ['3'], label: 'modePair' },
  { keys: ['4'], label: 'modeInterleave' },
  { keys: ['J'], label: 'next' },
  { keys: ['K'], label: 'previous' },
  { keys: ['Enter'], label: 'activate' },
  { keys: ['L'], label: 'language' },
  { keys: ['?'], label: 'help' },
  { keys: ['Esc'], label: 'close' },
];
