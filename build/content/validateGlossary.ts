import { findTermOccurrences, type MatchSentence, type TermOccurrence } from './matchTerms.ts';
import type { ProblemList } from './errors.ts';
import { glossarySchema, zodProblems } from './schema.ts';
import type { TermSource } from '../../src/model/types.ts';

export interface ValidGlossary {
  terms: TermSource[];
  occurrences: TermOccurrence[];
}

/**
 * Validates glossary.json: the schema (a missing field names the term), unique ids, related ids
 * that exist, and every term occurring in the article. Returns the occurrences it computed.
 */
export function validateGlossary(
  file: string,
  raw: unknown,
  sentences: MatchSentence[],
  problems: ProblemList,
): ValidGlossary | null {
  const parsed = glossarySchema.safeParse(raw);
  if (!parsed.success) {
    for (const p of zodProblems(file, raw, parsed.error)) problems.add(p.file, p.id, p.problem);
    return null;
  }
  const terms = parsed.data.terms as TermSource[];
  const before = problems.items.length;
  const ids = new Set<string>();
  for (const term of terms) {
    if (ids.has(term.id)) problems.add(file, term.id, 'duplicate term id');
    ids.add(term.id);
  }
  for (const term of terms) {
    for (const rel of term.related) {
      if (!ids.has(rel)) problems.add(file, term.id, `related term "${rel}" does not exist`);
      if (rel === term.id) problems.add(file, term.id, 'a term cannot be related to itself');
    }
  }
  const occurrences = findTermOccurrences(terms, sentences);
  const found = new Set(occurrences.filter((o) => o.lang === 'ko').map((o) => o.termId));
  for (const term of terms) {
    if (!found.has(term.id)) {
      problems.add(file, term.id, `headword "${term.ko}" (or its forms) does not occur in the article`);
    }
  }
  return problems.items.length === before ? { terms, occurrences } : null;
}
