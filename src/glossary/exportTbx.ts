/**
 * Glossary export as TBX v3 (ISO 30042:2019), TBX-Basic dialect in DCA style. One conceptEntry
 * per term: subject field and cross references at concept level, then a Korean and an English
 * language section, each with its definition before its terms (auxiliary information ahead of
 * the termSecs is valid in every TBX v3 core structure). Hanja, origin, pronunciation and
 * romanization have no TBX-Basic data category; the CSV export carries them. Few translation
 * tools read v3 yet: the main TBX download is the martif form (exportTbxMartif.ts).
 */
import type { ExportTerm } from './exportCsv.ts';
import {
  crossReferences,
  definition,
  englishTerms,
  escapeXml,
  koreanTerms,
  subjectField,
  wrap,
  type TermLines,
} from './tbxXml.ts';

export interface TbxOptions {
  title: string;
  sourceDesc: string;
}

const termSec = (lines: TermLines) => wrap('<termSec>', '</termSec>', lines);

function langSec(lang: string, definitionText: string, terms: TermLines[]): string[] {
  return wrap(`<langSec xml:lang="${lang}">`, '</langSec>', [
    definition(definitionText),
    ...terms.flatMap(termSec),
  ]);
}

function conceptEntry(term: ExportTerm, headwords: Map<string, string>): string[] {
  return wrap(`<conceptEntry id="${escapeXml(term.id)}">`, '</conceptEntry>', [
    subjectField(term),
    ...crossReferences(term, headwords),
    ...langSec('ko', term.definitionKo, koreanTerms(term)),
    ...langSec('en', term.definitionEn, englishTerms(term)),
  ]);
}

function header(opts: TbxOptions): string[] {
  return wrap('<tbxHeader>', '</tbxHeader>', [
    ...wrap('<fileDesc>', '</fileDesc>', [
      `<titleStmt><title>${escapeXml(opts.title)}</title></titleStmt>`,
      `<sourceDesc><p>${escapeXml(opts.sourceDesc)}</p></sourceDesc>`,
    ]),
  ]);
}

export function glossaryToTbx(rows: ExportTerm[], opts: TbxOptions): string {
  const headwords = new Map(rows.map((row) => [row.id, row.ko]));
  const body = rows.flatMap((row) => conceptEntry(row, headwords));
  const root = wrap(
    '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
    '</tbx>',
    [...header(opts), ...wrap('<text>', '</text>', wrap('<body>', '</body>', body))],
  );
  return `${['<?xml version="1.0" encoding="UTF-8"?>', ...root].join('\n')}\n`;
}
