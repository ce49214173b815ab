/**
 * Glossary terms and numbers underlined in plain text without a single extra element: ranges
 * in the CSS Custom Highlight API (styled by ::highlight(dokhae-term) and ::highlight(dokhae-num)
 * in styles.css). Once a sentence's words are controls, its .term and .num spans take over.
 */
import { useEffect, type RefObject } from 'react';
import type { CompiledSentence } from '../content/model';
import { textMarks, type MarkKind } from '../content/textMarks';
import type { Lang } from '../content/types';

let registry: Record<MarkKind, Highlight> | null | undefined;

/** The two highlights, registered on first use; null where the API is missing. */
function highlights(): Record<MarkKind, Highlight> | null {
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

/** Marks the terms and numbers of `sentence` in the plain text inside `ref` while `plain`. */
export function useMarkHighlights(
  ref: RefObject<HTMLElement | null>,
  sentence: CompiledSentence,
  lang: Lang,
  plain: boolean,
): void {
  useEffect(() => {
    const text = ref.current?.firstChild;
    const marks = textMarks(sentence, lang);
    const registered = plain && marks.length > 0 ? highlights() : null;
    if (!registered || !(text instanceof Text) || text.data !== sentence[lang]) return;
    const ranges = marks.map(({ kind, start, end }) => {
      const range = new Range();
      range.setStart(text, start);
      range.setEnd(text, end);
      registered[kind].add(range);
      return [kind, range] as const;
    });
    return () => ranges.forEach(([kind, range]) => registered[kind].delete(range));
  }, [ref, sentence, lang, plain]);
}
