import type { ProblemList } from './errors.ts';
import { grammarSchema, parseSource } from './schema.ts';
import type { GrammarPatternSource, Sentence } from './schema.ts';

/** Validates grammar.json: unique ids, and every span an exact substring of its sentence. */
export function validateGrammar(
  file: string,
  raw: unknown,
  sentences: ReadonlyMap<string, Sentence>,
  problems: ProblemList,
): GrammarPatternSource[] | null {
  const patterns = parseSource(grammarSchema, file, raw, problems)?.patterns;
  if (!patterns) return null;
  const before = problems.items.length;
  const ids = new Set<string>();
  for (const pattern of patterns) {
    if (ids.has(pattern.id)) problems.add(file, pattern.id, 'duplicate pattern id');
    ids.add(pattern.id);
    for (const occ of pattern.occurrences) {
      const sentence = sentences.get(occ.sentence);
      if (!sentence) problems.add(file, pattern.id, `sentence "${occ.sentence}" does not exist`);
      else if (!sentence.ko.includes(occ.span)) {
        problems.add(file, pattern.id, `span "${occ.span}" is not in sentence ${occ.sentence}`);
      }
    }
  }
  return problems.items.length === before ? patterns : null;
}
