/** Which interface language to start in. Pure. */
export const UI_LANGS = ['en', 'ko'] as const;
export type UiLang = (typeof UI_LANGS)[number];

export function parseUiLang(value: unknown): UiLang | null {
  return UI_LANGS.find((l) => l === value) ?? null;
}

/** The saved choice if valid, else the first browser language we support, else English. */
export function initialUiLang(saved: unknown, browserLanguages: readonly string[]): UiLang {
  const chosen = parseUiLang(saved);
  if (chosen) return chosen;
  for (const tag of browserLanguages) {
    const lang = parseUiLang(tag.toLowerCase().split('-')[0]);
    if (lang) return lang;
  }
  return 'en';
}
