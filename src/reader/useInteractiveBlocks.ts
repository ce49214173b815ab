import { startTransition, useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { CompiledBlock } from '../model/model';
import {
  ask,
  isInteractive,
  isPending,
  nextStep,
  NO_CHUNKS,
  want,
  type WordChunks,
} from './wordChunks';
import { onWordsRequest } from './interactiveWords';
import { observeNearBlocks } from './nearBlocks';
import { readText, textSelectors } from './textDom';

interface State {
  layout: string;
  chunks: WordChunks;
  /** whether the blocks near the viewport are known yet (the observer's first report) */
  seen: boolean;
}

/**
 * Turns the article's blocks interactive (see state/wordChunks) once `ready` (the details have
 * loaded). Focusing a sentence, requestWords (a tap on plain text, a link to a word) and printing
 * turn a block at once. With `nearViewport` (interlinear lines, which need every word as an
 * element, or a browser that cannot find the element under a tap) the blocks near the viewport turn
 * too, step by step, each step in a transition so that the reader's input comes first; without
 * IntersectionObserver every block is wanted. A new `layout` (reading mode) starts again from
 * plain text, which keeps switching modes cheap.
 */
export function useInteractiveBlocks(
  root: RefObject<HTMLElement | null>,
  blocks: readonly CompiledBlock[],
  layout: string,
  ready: boolean,
  nearViewport: boolean,
) {
  const [state, setState] = useState<State>({ layout, chunks: NO_CHUNKS, seen: false });
  if (state.layout !== layout) setState({ layout, chunks: NO_CHUNKS, seen: false });
  const current = state.layout === layout;
  const chunks = current ? state.chunks : NO_CHUNKS;
  const pending = isPending(chunks);
  // Busy until the blocks wanted (near the viewport, if those are) are interactive.
  const busy = !ready || pending || (nearViewport && !(current && state.seen));

  const sentenceCounts = useMemo(() => blocks.map((b) => b.sentences.length), [blocks]);
  const blockOf = useMemo(
    () => new Map(blocks.flatMap((b, i) => b.sentences.map((s) => [s.id, i] as const))),
    [blocks],
  );
  const blocksOf = useCallback(
    (els: Iterable<Element>) =>
      [...els].map((el) => blockOf.get(readText.sentenceId(el) ?? '') ?? -1),
    [blockOf],
  );
  const update = useCallback(
    (change: (c: WordChunks) => WordChunks) =>
      setState((s) => {
        const next = change(s.chunks);
        return next === s.chunks ? s : { ...s, chunks: next };
      }),
    [],
  );

  // One step per commit while wanted blocks wait.
  useEffect(() => {
    if (!ready || !pending) return;
    startTransition(() => update((c) => nextStep(c, sentenceCounts)));
  }, [ready, pending, chunks, sentenceCounts, update]);

  // Want the blocks near the viewport (again after each change of layout). The observer watches
  // the article's children, one per block (not every sentence: fewer targets, cheaper scrolling).
  useEffect(() => {
    const el = root.current;
    if (!el || !ready || !nearViewport) return;
    // A child without a sentence (the Korean-only hint) is no block: -1, which want() skips.
    const indexOf = (child: Element) =>
      blocksOf([child.querySelector(textSelectors.navSentence()) ?? child])[0]!;
    return observeNearBlocks(el, (near) =>
      setState((s) => {
        const next = want(s.chunks, near.map(indexOf));
        return next === s.chunks && s.seen ? s : { ...s, chunks: next, seen: true };
      }),
    );
  }, [root, ready, nearViewport, layout, blocksOf]);

  // At once: a focused sentence's block, a requested one, and every block before printing.
  useEffect(() => {
    const el = root.current;
    if (!el || !ready) return;
    const onFocus = (e: FocusEvent) => update((c) => ask(c, blocksOf([e.target as Element])));
    const onPrint = () => flushSync(() => update((c) => ask(c, blocks.keys())));
    el.addEventListener('focusin', onFocus);
    window.addEventListener('beforeprint', onPrint);
    const stopRequests = onWordsRequest(el, (sentence) =>
      flushSync(() => update((c) => ask(c, blocksOf([sentence])))),
    );
    return () => {
      el.removeEventListener('focusin', onFocus);
      window.removeEventListener('beforeprint', onPrint);
      stopRequests();
    };
  }, [root, ready, blocks, blocksOf, update]);

  return {
    isInteractive: (block: number) => ready && isInteractive(chunks, block),
    busy,
  };
}
