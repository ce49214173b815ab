import { describe, expect, it } from 'vitest';
import { ContentError } from '../../build/content/errors';
import { loadContent } from '../../build/content/load';

describe('loadContent', () => {
  it('fails on bad JSON, naming the file', () => {
    expect(() => loadContent('tests/fixtures/bad-json')).toThrow(ContentError);
    expect(() => loadContent('tests/fixtures/bad-json')).toThrow(
      /tests\/fixtures\/bad-json\/article\.json \[\(file\)\]: bad JSON/,
    );
  });

  it('fails on a missing folder, naming the missing file', () => {
    expect(() => loadContent('tests/fixtures/nowhere')).toThrow(
      /tests\/fixtures\/nowhere\/article\.ko\.txt \[\(file\)\]: file is missing/,
    );
  });
});
