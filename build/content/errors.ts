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
