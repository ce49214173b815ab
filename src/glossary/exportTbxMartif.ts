/**
 * Glossary export as TBX-Basic in the martif form (TBX v2, ISO 30042:2008), the form that
 * OmegaT, Okapi and translate-toolkit read. One termEntry per term: subject field and cross
 * references at entry level, then a Korean and an English langSet (Korean first: the glossary
 * goes from Korean to English), each with its definition before its tigs. Same data categories
 * as the v3 export (exportTbx.ts); hanja, origin, pronunciation and romanization have none in
 * TBX-Basic, and the CSV export carries them.
 */
import type { ExportTerm } from './exportCsv.ts';
import type { TbxOptions } from './exportTbx.ts';
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

const tig = (lines: TermLines) => wrap('<tig>', '</tig>', lines);

function langSet(lang: string, definitionText: string, terms: TermLines[]): string[] {
  return wrap(`<langSet xml:lang="${lang}">`, '</langSet>', [
    definition(definitionText),
    ...terms.flatMap(tig),
  ]);
}

function termEntry(term: ExportTerm, headwords: Map<string, string>): string[] {
  return wrap(`<termEntry id="${escapeXml(term.id)}">`, '</termEntry>', [
    subjectField(term),
    ...crossReferences(term, headwords),
    ...langSet('ko', term.definitionKo, koreanTerms(term)),
    ...langSet('en', term.definitionEn, englishTerms(term)),
  ]);
}

function header(opts: TbxOptions): string[] {
  return wrap('<martifHeader>', '</martifHeader>', [
    ...wrap('<fileDesc>', '</fileDesc>', [
      `<titleStmt><title>${escapeXml(opts.title)}</title></titleStmt>`,
      `<sourceDesc><p>${escapeXml(opts.sourceDesc)}</p></sourceDesc>`,
    ]),
    // The TBX-Basic constraint specification this file follows (the dialect's own name for it).
    '<encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>',
  ]);
}

export function glossaryToTbxMartif(rows: ExportTerm[], opts: TbxOptions): string {
  const headwords = new Map(rows.map((row) => [row.id, row.ko]));
  const body = rows.flatMap((row) => termEntry(row, headwords));
  const root = wrap('<martif type="TBX-Basic" xml:lang="en">', '</martif>', [
    ...header(opts),
    ...wrap('<text>', '</text>', wrap('<body>', '</body>', body)),
  ]);
  return `${['<?xml version="1.0" encoding="UTF-8"?>', ...root].join('\n')}\n`;
}
