import { splitWords } from '../../src/korean/words.ts';
import type { ProblemList } from './errors.ts';
import { wordsSchema, parseSource } from './schema.ts';
import type { PartOfSpeech } from '../../src/model/vocabulary.ts';
import type { Block, WordAnnotation, WordsFile } from './schema.ts';

const NEEDS_LEMMA: PartOfSpeech[] = ['verb', 'adjective', 'auxiliary', 'copula'];
const NEEDS_ROLE: PartOfSpeech[] = ['particle', 'ending', 'suffix'];

/** What the morphemes rebuild: their forms joined, with a declared contraction applied once. */
export function rebuildWord(word: WordAnnotation): string {
  const joined = word.m.map((m) => m.f).join('');
  const contraction = word.contraction;
  // A replacer function: `to` is content, and a replacement string would read $& $' $` $$ in it.
  return contraction ? joined.replace(contraction.from, () => contraction.to) : joined;
}

function checkWord(file: string, sid: string, word: WordAnnotation, problems: ProblemList) {
  const where = `word "${word.w}"`;
  const rebuilt = rebuildWord(word);
  if (rebuilt !== word.w) {
    problems.add(
      file,
      sid,
      word.contraction
        ? `${where}: morphemes with the contraction ${word.contraction.from}→${word.contraction.to} give "${rebuilt}"`
        : `${where}: morphemes give "${rebuilt}" (declare a contraction if one is meant)`,
    );
  }
  else if (word.contraction && !word.m.map((m) => m.f).join('').includes(word.contraction.from)) {
    problems.add(file, sid, `${where}: contraction "${word.contraction.from}" is not in its morphemes`);
  }
  for (const m of word.m) {
    if (NEEDS_LEMMA.includes(m.pos) && !m.lemma) {
      problems.add(file, sid, `${where}: ${m.pos} "${m.f}" needs its dictionary form (lemma)`);
    }
    if (NEEDS_ROLE.includes(m.pos) && !m.role) {
      problems.add(file, sid, `${where}: ${m.pos} "${m.f}" needs its role in plain words`);
    }
  }
}

/** Validates one words/<block>.json against its block: every word annotated and rebuildable. */
export function validateWords(
  file: string,
  raw: unknown,
  block: Block,
  problems: ProblemList,
): WordsFile | null {
  const data = parseSource(wordsSchema, file, raw, problems);
  if (!data) return null;
  const before = problems.items.length;
  if (data.block !== block.id) problems.add(file, data.block, `file is for block "${block.id}"`);
  const known = new Set(block.sentences.map((s) => s.id));
  for (const sid of Object.keys(data.sentences)) {
    if (!known.has(sid)) problems.add(file, sid, `sentence is not in block ${block.id}`);
  }
  for (const s of block.sentences) {
    const annotated = data.sentences[s.id] ?? [];
    const words = splitWords(s.ko);
    // Words pair up by position: after the first gap or mismatch the rest would only echo it.
    for (const [i, w] of words.entries()) {
      const a = annotated[i];
      if (!a) {
        problems.add(file, s.id, `word "${w}" has no annotation`);
        break;
      }
      if (a.w !== w) {
        problems.add(file, s.id, `word ${i + 1} is "${w}", annotation says "${a.w}"`);
        break;
      }
      checkWord(file, s.id, a, problems);
    }
    if (annotated.length > words.length) {
      problems.add(file, s.id, `${annotated.length - words.length} annotation(s) beyond the last word`);
    }
  }
  return problems.items.length === before ? data : null;
}
