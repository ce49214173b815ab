import type { ProblemList } from './errors.ts';
import { glossarySchema, parseSource, type TermSource } from './schema.ts';

/**
 * Validates glossary.json: the schema (a missing field names the term), unique ids and related
 * ids that exist. Whether each term occurs in the article is checked once the terms are matched
 * (build/content/load.ts).
 */
export function validateGlossary(
  file: string,
  raw: unknown,
  problems: ProblemList,
): TermSource[] | null {
  const terms = parseSource(glossarySchema, file, raw, problems)?.terms;
  if (!terms) return null;
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
  return problems.items.length === before ? terms : null;
}
