import type { ProblemList } from './errors.ts';
import { articleSchema, parseSource } from './schema.ts';
import { findSourceMismatch } from './source.ts';
import type { ArticleSource } from './schema.ts';

/** Validates article.json against its schema and the source text; null when it is unusable. */
export function validateArticle(
  file: string,
  raw: unknown,
  source: string,
  problems: ProblemList,
): ArticleSource | null {
  const article = parseSource(articleSchema, file, raw, problems);
  if (!article) return null;
  const seen = new Set<string>();
  const before = problems.items.length;
  for (const block of article.blocks) {
    for (const id of [block.id, ...block.sentences.map((s) => s.id)]) {
      if (seen.has(id)) problems.add(file, id, 'duplicate id');
      seen.add(id);
    }
    for (const s of block.sentences) {
      if (!source.includes(s.ko)) {
        problems.add(file, s.id, 'Korean text is not found verbatim in the source');
      }
    }
  }
  if (problems.items.length === before) {
    const mismatch = findSourceMismatch(article.blocks, source);
    if (mismatch) {
      problems.add(
        file,
        mismatch.sentenceId,
        `sentences do not rebuild the source: expected "${mismatch.expected}", found "${mismatch.found}"`,
      );
    }
  }
  return problems.items.length === before ? article : null;
}
