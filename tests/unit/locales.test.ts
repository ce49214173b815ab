import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const LANGS = ['en', 'ko'] as const;

function flatten(obj: unknown, prefix = ''): Record<string, unknown> {
  if (!obj || typeof obj !== 'object') return { [prefix]: obj };
  return Object.fromEntries(
    Object.entries(obj).flatMap(([k, v]) =>
      Object.entries(flatten(v, prefix ? `${prefix}.${k}` : k)),
    ),
  );
}

const catalogue = (lang: string) =>
  Object.fromEntries(
    readdirSync(`locales/${lang}`)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f, flatten(JSON.parse(readFileSync(`locales/${lang}/${f}`, 'utf8')))]),
  );

describe('locales', () => {
  const [en, ko] = LANGS.map(catalogue) as [
    ReturnType<typeof catalogue>,
    ReturnType<typeof catalogue>,
  ];

  it('have the same namespaces in every language', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  for (const ns of Object.keys(en)) {
    it(`${ns}: every key exists in both languages`, () => {
      expect(Object.keys(ko[ns] ?? {}).sort()).toEqual(Object.keys(en[ns] ?? {}).sort());
    });

    it(`${ns}: every value is a non-empty string`, () => {
      for (const lang of [en, ko]) {
        for (const [key, value] of Object.entries(lang[ns] ?? {})) {
          expect(typeof value === 'string' && value.trim().length > 0, key).toBe(true);
        }
      }
    });
  }
});
