/**
 * Benchmarks of the pure glossary logic; prints tables. Usage: npm run bench
 *  1. term marking (findTermOccurrences) over the article replicated 1×, 10×, 100×;
 *  2. glossary search over 10,000 synthetic entries, one query per keystroke.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { GlossarySource, Sentence } from '../build/content/schema.ts';
import { findTermOccurrences } from '../build/content/matchTerms.ts';
import { spelledRomanization } from '../src/korean/pronunciation.ts';
import { buildSearchIndex, searchGlossary, type SearchEntry } from '../src/glossary/search.ts';

const DIR = 'content/amazon-healthcare';
const sentences: Sentence[] = JSON.parse(
  readFileSync(`${DIR}/article.json`, 'utf8'),
).blocks.flatMap((b: { sentences: Sentence[] }) => b.sentences);
const { terms } = JSON.parse(readFileSync(`${DIR}/glossary.json`, 'utf8')) as GlossarySource;

/** Median wall time of `runs` calls, after `warmup` calls. */
function median(fn: () => unknown, runs: number, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const fmt = (n: number, digits = 2) => n.toFixed(digits).padStart(9);

console.log('\nTerm marking: findTermOccurrences over the article replicated N×');
console.log(`(${terms.length} terms; median of 15 runs)\n`);
console.log('     N  sentences  characters  occurrences   total ms   µs / 1k chars');
for (const n of [1, 10, 100]) {
  const replicated = Array.from({ length: n }, (_, i) =>
    sentences.map((s) => ({ id: `${s.id}~${i}`, ko: s.ko, en: s.en })),
  ).flat();
  const chars = replicated.reduce((sum, s) => sum + s.ko.length + s.en.length, 0);
  let count = 0;
  const ms = median(() => (count = findTermOccurrences(terms, replicated).length), 15);
  console.log(
    `${String(n).padStart(6)}  ${String(replicated.length).padStart(9)}  ${String(chars).padStart(10)}  ${String(count).padStart(11)}  ${fmt(ms)}  ${fmt((ms * 1000 * 1000) / chars, 1)}`,
  );
}

// 10,000 entries: the real glossary plus synthetic ones built from the article's syllables and words.
const SYLLABLES = Array.from(new Set(sentences.flatMap((s) => s.ko.match(/[가-힣]/g) ?? [])));
const WORDS = Array.from(
  new Set(sentences.flatMap((s) => s.en.toLowerCase().match(/[a-z]+/g) ?? [])),
);
const pick = <T>(xs: T[], i: number) => xs[i % xs.length]!;
const real: SearchEntry[] = terms.map((t) => ({
  id: t.id,
  ko: t.ko,
  en: t.en,
  romanization: [t.romanization ?? '', spelledRomanization(t.ko)],
}));
const synthetic: SearchEntry[] = Array.from({ length: 10_000 - real.length }, (_, i) => {
  const ko = [0, 1, 2, 3].map((k) => pick(SYLLABLES, i * 7 + k * 131 + ((i >> k) & 7))).join('');
  return {
    id: `t${i}`,
    ko,
    en: [`${pick(WORDS, i * 3)} ${pick(WORDS, i * 5 + 1)}`, pick(WORDS, i * 11 + 2)],
    romanization: [`rom${i}`],
  };
});
const entries = [...real, ...synthetic];
const index = buildSearchIndex(entries);
const typed = ['원격의료', 'ㅇㄱㅇㄹ', 'healthcare', 'wongyeok'];
console.log(
  '\nGlossary search: 10,000 entries (the glossary + synthetic), one search per keystroke',
);
console.log('(each keystroke: median of 25 runs)\n');
console.log('  query typed            keystrokes   mean ms    max ms   results at last keystroke');
const t0 = performance.now();
const built = buildSearchIndex(entries);
const buildMs = performance.now() - t0;
for (const word of typed) {
  const prefixes = Array.from(word, (_, i) => word.slice(0, i + 1));
  const times = prefixes.map((q) => median(() => searchGlossary(built, q), 25));
  const last = searchGlossary(index, word).length;
  console.log(
    `  ${word.padEnd(20)}  ${String(prefixes.length).padStart(10)}  ${fmt(times.reduce((a, b) => a + b, 0) / times.length, 3)} ${fmt(Math.max(...times), 3)}   ${last}`,
  );
}
console.log(`\n  building the index once: ${buildMs.toFixed(1)} ms\n`);
