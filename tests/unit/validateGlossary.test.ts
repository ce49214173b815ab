import { describe, expect, it } from 'vitest';
import { compileContent } from '../../build/content/compile';
import { ProblemList } from '../../build/content/errors';
import { reportTermsNotFound, readContentText } from '../../build/content/load';
import { validateGlossary } from '../../build/content/validateGlossary';

const DIR = 'content/amazon-healthcare';
const good = () => JSON.parse(readContentText(`${DIR}/glossary.json`));
const at = (raw: { terms: { id: string; related: string[] }[] }, id: string) =>
  raw.terms.find((t) => t.id === id)!;

function problemsOf(raw: unknown): string[] {
  const problems = new ProblemList();
  validateGlossary('glossary.json', raw, problems);
  return problems.items.map((p) => `${p.file} [${p.id}]: ${p.problem}`);
}

describe('glossary validation names the term', () => {
  it('accepts the real glossary', () => {
    expect(problemsOf(good())).toEqual([]);
  });

  it('a duplicate id', () => {
    const raw = good();
    raw.terms.push({ ...at(raw, 'halo') });
    expect(problemsOf(raw)).toEqual(['glossary.json [halo]: duplicate term id']);
  });

  it('a related term that does not exist', () => {
    const raw = good();
    at(raw, 'halo').related.push('halo-glasses');
    expect(problemsOf(raw)).toEqual([
      'glossary.json [halo]: related term "halo-glasses" does not exist',
    ]);
  });

  it('a missing required field', () => {
    const raw = good();
    delete (at(raw, 'telemedicine') as { definition?: unknown }).definition;
    expect(problemsOf(raw)).toEqual([
      expect.stringMatching(
        /^glossary\.json \[telemedicine\]: terms\.\d+\.definition: is missing$/,
      ),
    ]);
  });

  it('a headword that does not occur in the article, once the terms are matched', () => {
    const raw = good();
    raw.terms.push({
      ...at(raw, 'halo'),
      id: 'metaverse',
      ko: '메타버스',
      related: [],
      forms: undefined,
    });
    expect(problemsOf(raw)).toEqual([]);
    const article = JSON.parse(readContentText(`${DIR}/article.json`));
    const { details } = compileContent({
      article,
      terms: raw.terms,
      words: new Map(),
      patterns: [],
    });
    const problems = new ProblemList();
    reportTermsNotFound('glossary.json', details.terms, problems);
    expect(problems.items.map((p) => `${p.file} [${p.id}]: ${p.problem}`)).toEqual([
      'glossary.json [metaverse]: headword "메타버스" (or its forms) does not occur in the article',
    ]);
  });
});
