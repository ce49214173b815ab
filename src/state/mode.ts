/** Reading modes. Pure. */
export const MODES = ['ko', 'en', 'pair', 'interleave'] as const;
export type Mode = (typeof MODES)[number];
export const DEFAULT_MODE: Mode = 'pair';

export function parseMode(value: unknown): Mode | null {
  return MODES.find((m) => m === value) ?? null;
}
