/** A problem in a content file, named by file, id and problem so that an author can fix it. */
export interface ContentProblem {
  file: string;
  id: string;
  problem: string;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(
      `Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.file} [${p.id}]: ${p.problem}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Collects problems while checks run, then throws them all at once. */
export class ProblemList {
  readonly items: ContentProblem[] = [];

  add(file: string, id: string, problem: string): void {
    this.items.push({ file, id, problem });
  }

  throwIfAny(): void {
    if (this.items.length > 0) throw new ContentError(this.items);
  }
}

/**
 * The id a problem at `path` inside `raw` is named by: the nearest enclosing object's `id`, or
 * the sentence id that keys a words file's list ({ "sentences": { "p1-1": [...] } }).
 */
export function nearestId(raw: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = raw;
  let id = '(root)';
  let parentKey: PropertyKey | undefined;
  for (const key of path) {
    if (node && typeof node === 'object') {
      const rec = node as Record<PropertyKey, unknown>;
      if (typeof rec.id === 'string') id = rec.id;
      if (parentKey === 'sentences' && typeof key === 'string') id = key;
      node = rec[key];
    }
    parentKey = key;
  }
  if (node && typeof node === 'object' && typeof (node as { id?: unknown }).id === 'string') {
    id = (node as { id: string }).id;
  }
  return id;
}
