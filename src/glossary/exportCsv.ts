/**
 * Glossary export as CSV (RFC 4180): CRLF line ends, a header row, fields quoted when they hold
 * a comma, quote, CR or LF, quotes doubled. Starts with a UTF-8 BOM so spreadsheets read Hangul.
 *
 * Against formula injection (OWASP, "CSV Injection"), a field that starts with = + - @, a tab or
 * a CR is written quoted with a single quote first, so that a spreadsheet shows it as text
 * rather than running it. The rule is mechanical: legitimate text that starts so (a suffix like
 * -률, a figure like +3%) gets the quote too, and nothing else does.
 */
import type { TermCategory, TermPos } from '../model/vocabulary.ts';

/** One glossary term as exported: the source term plus its computed pronunciation data. */
export interface ExportTerm {
  id: string;
  ko: string;
  en: string[];
  pos: TermPos;
  category: TermCategory;
  definitionEn: string;
  definitionKo: string;
  romanization: string;
  pronunciation: string;
  hanja?: string;
  origin?: string;
  abbreviation?: { short: string; long: string };
  related: string[];
}

const CSV_HEADER = [
  'id',
  'ko',
  'en',
  'pos',
  'category',
  'definition_en',
  'definition_ko',
  'romanization',
  'pronunciation',
  'hanja',
  'origin',
  'abbreviation',
  'abbreviation_long',
  'related',
] as const;

/** Separator of the alternatives inside one field (English equivalents, related ids). */
const LIST_SEPARATOR = '; ';

/** What a spreadsheet reads as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: string): string {
  const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
  if (FORMULA_START.test(value)) return quoted(`'${value}`);
  return /[",\r\n]/.test(value) ? quoted(value) : value;
}

function csvRow(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

function termRow(term: ExportTerm): string[] {
  return [
    term.id,
    term.ko,
    term.en.join(LIST_SEPARATOR),
    term.pos,
    term.category,
    term.definitionEn,
    term.definitionKo,
    term.romanization,
    term.pronunciation,
    term.hanja ?? '',
    term.origin ?? '',
    term.abbreviation?.short ?? '',
    term.abbreviation?.long ?? '',
    term.related.join(LIST_SEPARATOR),
  ];
}

export function glossaryToCsv(rows: ExportTerm[]): string {
  return `\uFEFF${csvRow(CSV_HEADER)}${rows.map((row) => csvRow(termRow(row))).join('')}`;
}
