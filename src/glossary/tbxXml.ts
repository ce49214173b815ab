/**
 * What both TBX exports share (the martif form, TBX v2, and TBX v3): XML text, and the terms of
 * one glossary entry as TBX-Basic data categories. The two differ only in element names.
 */
import type { TermPos } from '../model/vocabulary.ts';
import type { ExportTerm } from './exportCsv.ts';

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

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

function indent(lines: string[]): string[] {
  return lines.map((line) => `  ${line}`);
}

/** An element around its children, one a line, indented. */
export function wrap(open: string, close: string, children: string[]): string[] {
  return [open, ...indent(children), close];
}

function termNote(type: string, value: string): string {
  return `<termNote type="${type}">${escapeXml(value)}</termNote>`;
}

export function definition(text: string): string {
  return `<descrip type="definition">${escapeXml(text)}</descrip>`;
}

export function subjectField(term: ExportTerm): string {
  return `<descrip type="subjectField">${escapeXml(term.category)}</descrip>`;
}

/** One term of a language section: the term and its term notes, each a line. */
export type TermLines = string[];

/** The headword, and the abbreviation as a term of its own (or the headword marked, if the same). */
export function koreanTerms(term: ExportTerm): TermLines[] {
  const pos = termNote('partOfSpeech', TBX_POS[term.pos]);
  const abbreviation = termNote('termType', 'abbreviation');
  const headword = `<term>${escapeXml(term.ko)}</term>`;
  const short = term.abbreviation?.short;
  if (short === term.ko) return [[headword, pos, abbreviation]];
  const terms = [[headword, pos]];
  return short === undefined
    ? terms
    : [...terms, [`<term>${escapeXml(short)}</term>`, pos, abbreviation]];
}

/** One term per English equivalent, the first one preferred. */
export function englishTerms(term: ExportTerm): TermLines[] {
  const pos = termNote('partOfSpeech', TBX_POS[term.pos]);
  const preferred = termNote('administrativeStatus', 'preferredTerm-admn-sts');
  return term.en.map((en, i) => [
    `<term>${escapeXml(en)}</term>`,
    pos,
    ...(i === 0 ? [preferred] : []),
  ]);
}

/** Cross references to related terms that are part of this export (a target must exist). */
export function crossReferences(term: ExportTerm, headwords: Map<string, string>): string[] {
  return term.related.flatMap((id) => {
    const headword = headwords.get(id);
    return headword === undefined
      ? []
      : [`<ref type="crossReference" target="${escapeXml(id)}">${escapeXml(headword)}</ref>`];
  });
}
