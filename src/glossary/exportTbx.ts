/**
 * Glossary export as TBX (ISO 30042:2019), TBX-Basic dialect in DCA style. One conceptEntry
 * per term: subject field and cross references at concept level, then a Korean and an English
 * language section, each with its definition before its terms (auxiliary information ahead of
 * the termSecs is valid in every TBX v3 core structure). Hanja, origin, pronunciation and
 * romanization have no TBX-Basic data category; the CSV export carries them.
 */
import type { TermPos } from '../model/vocabulary.ts';
import type { ExportTerm } from './exportCsv.ts';

export interface TbxOptions {
  title: string;
  sourceDesc: string;
}

/** TBX-Basic allows only noun, verb, adjective, adverb and other as part of speech. */
const TBX_POS: Record<TermPos, string> = {
  noun: 'noun',
  'proper-noun': 'noun',
  verb: 'verb',
  adjective: 'adjective',
  adverb: 'adverb',
  phrase: 'other',
};

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

function indent(lines: string[]): string[] {
  return lines.map((line) => `  ${line}`);
}

function wrap(open: string, close: string, children: string[]): string[] {
  return [open, ...indent(children), close];
}

function termNote(type: string, value: string): string {
  return `<termNote type="${type}">${escapeXml(value)}</termNote>`;
}

function termSec(term: string, notes: string[]): string[] {
  return wrap('<termSec>', '</termSec>', [`<term>${escapeXml(term)}</term>`, ...notes]);
}

function definition(text: string): string {
  return `<descrip type="definition">${escapeXml(text)}</descrip>`;
}

/** The headword, and the abbreviation as its own termSec (or the headword marked, if the same). */
function koTerms(term: ExportTerm, pos: string): string[] {
  const abbreviation = termNote('termType', 'abbreviation');
  const short = term.abbreviation?.short;
  if (short === term.ko) return termSec(term.ko, [pos, abbreviation]);
  const headword = termSec(term.ko, [pos]);
  return short === undefined ? headword : [...headword, ...termSec(short, [pos, abbreviation])];
}

function koLangSec(term: ExportTerm): string[] {
  const pos = termNote('partOfSpeech', TBX_POS[term.pos]);
  return wrap('<langSec xml:lang="ko">', '</langSec>', [
    definition(term.definitionKo),
    ...koTerms(term, pos),
  ]);
}

function enLangSec(term: ExportTerm): string[] {
  const pos = termNote('partOfSpeech', TBX_POS[term.pos]);
  const preferred = termNote('administrativeStatus', 'preferredTerm-admn-sts');
  const terms = term.en.flatMap((en, i) => termSec(en, i === 0 ? [pos, preferred] : [pos]));
  return wrap('<langSec xml:lang="en">', '</langSec>', [definition(term.definitionEn), ...terms]);
}

/** Cross references to related terms that are part of this export (a target must exist). */
function crossReferences(term: ExportTerm, headwords: Map<string, string>): string[] {
  return term.related.flatMap((id) => {
    const headword = headwords.get(id);
    return headword === undefined
      ? []
      : [`<ref type="crossReference" target="${escapeXml(id)}">${escapeXml(headword)}</ref>`];
  });
}

function conceptEntry(term: ExportTerm, headwords: Map<string, string>): string[] {
  return wrap(`<conceptEntry id="${escapeXml(term.id)}">`, '</conceptEntry>', [
    `<descrip type="subjectField">${escapeXml(term.category)}</descrip>`,
    ...crossReferences(term, headwords),
    ...koLangSec(term),
    ...enLangSec(term),
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
