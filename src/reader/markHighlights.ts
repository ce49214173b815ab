/**
 * Glossary terms and numbers underlined in plain text without a single extra element: ranges
 * in the CSS Custom Highlight API (styled by ::highlight(dokhae-term) and ::highlight(dokhae-num)
 * in src/reader/reader.css), for the blocks near the viewport only, so that a long article does not hold
 * thousands of ranges. Once a sentence's words are controls, its .term and .num spans take over
 * (its ranges collapse with the text they were in).
 */
import { useEffect, type RefObject } from 'react';
import type { CompiledSentence } from '../model/model';
import { textMarks, type MarkKind } from './textMarks';
import type { Lang } from '../model/model';
import { observeNearBlocks } from './nearBlocks';
import { readText, textSelectors } from './textDom';

type Registry = Record<MarkKind, Highlight>;
let registry: Registry | null | undefined;

/** The two highlights, registered on first use; null where the API is missing. */
function highlights(): Registry | null {
  if (registry !== undefined) return registry;
  const supported =
    typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
  registry = supported ? { term: new Highlight(), num: new Highlight() } : null;
  if (registry) {
    CSS.highlights.set('dokhae-term', registry.term);
    CSS.highlights.set('dokhae-num', registry.num);
  }
  return registry;
}

type Marked = (readonly [MarkKind, Range])[];

/** Adds ranges for the marks of every sentence in `block` that is still one plain text node. */
function markBlock(
  block: Element,
  sentences: ReadonlyMap<string, CompiledSentence>,
  into: Registry,
): Marked {
  const marked: Marked = [];
  for (const element of block.querySelectorAll<HTMLElement>(textSelectors.sentence())) {
    const sentence = sentences.get(readText.sentenceId(element)!);
    const lang = element.lang as Lang;
    const text = element.firstChild;
    if (!sentence || !(text instanceof Text) || text.data !== sentence[lang]) continue;
    for (const { kind, start, end } of textMarks(sentence, lang)) {
      const range = new Range();
      range.setStart(text, start);
      range.setEnd(text, end);
      into[kind].add(range);
      marked.push([kind, range]);
    }
  }
  return marked;
}

/**
 * Marks the terms and numbers of the article's blocks (the children of `root`) while they are
 * near the viewport; again after each new `layout` (reading mode), which renders plain text.
 */
export function useMarkHighlights(
  root: RefObject<HTMLElement | null>,
  layout: string,
  sentences: ReadonlyMap<string, CompiledSentence>,
): void {
  useEffect(() => {
    const article = root.current;
    const into = highlights();
    if (!article || !into) return;
    const marked = new Map<Element, Marked>();
    const unmark = (block: Element) => {
      marked.get(block)?.forEach(([kind, range]) => into[kind].delete(range));
      marked.delete(block);
    };
    const stop = observeNearBlocks(article, (near, far) => {
      far.forEach(unmark);
      for (const block of near) {
        if (!marked.has(block)) marked.set(block, markBlock(block, sentences, into));
      }
    });
    return () => {
      stop();
      [...marked.keys()].forEach(unmark);
    };
  }, [root, layout, sentences]);
}
