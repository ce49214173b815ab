/** The glossary as export rows, and the downloads built from them. */
import type { Term } from '../model/model.ts';
import type { ExportTerm } from './exportCsv.ts';

export function toExportTerms(terms: readonly Term[]): ExportTerm[] {
  return terms.map((t) => ({
    id: t.id,
    ko: t.ko,
    en: t.en,
    pos: t.pos,
    category: t.category,
    definitionEn: t.definition.en,
    definitionKo: t.definition.ko,
    romanization: t.romanization,
    pronunciation: t.pronunciation,
    hanja: t.hanja,
    origin: t.origin,
    abbreviation: t.abbreviation,
    related: t.related,
  }));
}
