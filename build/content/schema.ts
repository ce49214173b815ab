/**
 * zod schemas of the content files, and the source types derived from them. Build and test time
 * only: zod stays out of the page bundle.
 */
import { z } from 'zod';
import { nearestId, type ProblemList } from './errors.ts';
import { reportControlCharacters } from './controlCharacters.ts';
import { BLOCK_TYPES, POS, TERM_CATEGORIES, TERM_POS } from '../../src/model/vocabulary.ts';

const text = z
  .string({ error: (i) => (i.input === undefined ? 'is missing' : 'must be a string') })
  .refine((s) => s.trim().length > 0, 'must not be empty');
const id = z
  .string({ error: 'is missing' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and hyphens');
const bilingual = z.strictObject({ ko: text, en: text });

export const articleSchema = z.strictObject({
  slug: id,
  meta: z.strictObject({
    title: bilingual,
    outlet: bilingual,
    reporter: bilingual,
    photoCredits: z.array(bilingual),
    languages: z.strictObject({ source: z.literal('ko'), target: z.literal('en') }),
  }),
  blocks: z
    .array(
      z.strictObject({
        id,
        type: z.enum(BLOCK_TYPES, {
          error: (i) =>
            `unknown block type ${JSON.stringify(i.input)} (known: ${BLOCK_TYPES.join(', ')})`,
        }),
        sentences: z
          .array(
            z.strictObject({
              id,
              ko: text,
              en: text,
              notes: z.array(bilingual).optional(),
            }),
          )
          .min(1, 'a block needs at least one sentence'),
      }),
    )
    .min(1),
});

const morpheme = z.strictObject({
  f: text,
  pos: z.enum(POS, { error: (i) => `unknown part of speech ${JSON.stringify(i.input)}` }),
  lemma: text.optional(),
  role: text.optional(),
  g: text.optional(),
});

export const wordsSchema = z.strictObject({
  block: id,
  sentences: z.record(
    z.string(),
    z.array(
      z.strictObject({
        w: text,
        g: text,
        m: z.array(morpheme).min(1),
        contraction: z.strictObject({ from: text, to: text }).optional(),
      }),
    ),
  ),
});

export const glossarySchema = z.strictObject({
  terms: z.array(
    z.strictObject({
      id,
      ko: text,
      en: z.array(text).min(1),
      pos: z.enum(TERM_POS),
      category: z.enum(TERM_CATEGORIES),
      definition: bilingual,
      hanja: text.optional(),
      origin: text.optional(),
      abbreviation: z.strictObject({ short: text, long: text }).optional(),
      related: z.array(id),
      forms: z.array(text).optional(),
      enForms: z.array(text).optional(),
      pronunciation: text.optional(),
      romanization: text.optional(),
    }),
  ),
});

export const grammarSchema = z.strictObject({
  patterns: z.array(
    z.strictObject({
      id,
      form: text,
      meaning: bilingual,
      register: bilingual,
      occurrences: z
        .array(z.strictObject({ sentence: id, span: text }))
        .min(1, 'a pattern needs at least one occurrence'),
    }),
  ),
});

export type ArticleSource = z.infer<typeof articleSchema>;
export type Block = ArticleSource['blocks'][number];
export type Sentence = Block['sentences'][number];
export type WordsFile = z.infer<typeof wordsSchema>;
export type WordAnnotation = WordsFile['sentences'][string][number];
export type GlossarySource = z.infer<typeof glossarySchema>;
export type TermSource = GlossarySource['terms'][number];
export type GrammarSource = z.infer<typeof grammarSchema>;
export type GrammarPatternSource = GrammarSource['patterns'][number];

/**
 * The file parsed by its schema; null, with each issue added to `problems`, when it fails. A
 * control character in any string also fails it (see controlCharacters.ts).
 */
export function parseSource<T>(
  schema: z.ZodType<T>,
  file: string,
  raw: unknown,
  problems: ProblemList,
): T | null {
  const before = problems.items.length;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const p of zodProblems(file, raw, parsed.error)) problems.add(p.file, p.id, p.problem);
  }
  reportControlCharacters(file, raw, problems);
  return parsed.success && problems.items.length === before ? parsed.data : null;
}

/** Turns zod issues into problems that name the nearest enclosing id. */
function zodProblems(
  file: string,
  raw: unknown,
  error: z.ZodError,
): { file: string; id: string; problem: string }[] {
  return error.issues.map((issue) => {
    let node: unknown = raw;
    for (const key of issue.path) {
      if (node && typeof node === 'object') node = (node as Record<PropertyKey, unknown>)[key];
    }
    const where = issue.path.join('.');
    const message = issue.code === 'invalid_type' && node === undefined ? 'is missing' : issue.message;
    return { file, id: nearestId(raw, issue.path), problem: `${where ? where + ': ' : ''}${message}` };
  });
}
