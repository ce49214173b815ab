import { startTransition, useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { CompiledBlock } from '../content/model';
import {
  allInteractive,
  ask,
  isInteractive,
  nextStep,
  NO_CHUNKS,
  type WordChunks,
} from '../state/wordChunks';
import { onWordsRequest } from './interactiveWords';

interface State {
  layout: string;
  chunks: WordChunks;
}

/**
 * Turns the article's blocks interactive step by step once `ready` (the details have loaded),
 * each step in a transition, so that the reader's input always comes first. A new `layout` (the
 * reading mode) starts again from plain text, which keeps switching modes cheap. A sentence
 * that takes focus, or is asked for with requestWords, has its block turned at once.
 */
export function useInteractiveBlocks(
  root: RefObject<HTMLElement | null>,
  blocks: readonly CompiledBlock[],
  layout: string,
  ready: boolean,
) {
  const [state, setState] = useState<State>({ layout, chunks: NO_CHUNKS });
  if (state.layout !== layout) setState({ layout, chunks: NO_CHUNKS });
  const chunks = state.layout === layout ? state.chunks : NO_CHUNKS;
  const complete = allInteractive(chunks, blocks.length);

  const sentenceCounts = useMemo(() => blocks.map((b) => b.sentences.length), [blocks]);
  const blockOf = useMemo(
    () => new Map(blocks.flatMap((b, i) => b.sentences.map((s) => [s.id, i] as const))),
    [blocks],
  );

  useEffect(() => {
    if (!ready || complete) return;
    startTransition(() =>
      setState((s) =>
        s.layout === layout ? { layout, chunks: nextStep(s.chunks, sentenceCounts) } : s,
      ),
    );
  }, [ready, complete, chunks, sentenceCounts, layout]);

  const askFor = useCallback(
    (sentenceId: string) =>
      setState((s) => {
        const next = ask(s.chunks, blockOf.get(sentenceId) ?? -1);
        return next === s.chunks ? s : { ...s, chunks: next };
      }),
    [blockOf],
  );

  useEffect(() => {
    const el = root.current;
    if (!el || !ready) return;
    const onFocus = (e: FocusEvent) => {
      const sid = (e.target as Element).closest<HTMLElement>('[data-sid]')?.dataset.sid;
      if (sid) askFor(sid);
    };
    el.addEventListener('focusin', onFocus);
    const stopRequests = onWordsRequest(el, (sid) => flushSync(() => askFor(sid)));
    return () => {
      el.removeEventListener('focusin', onFocus);
      stopRequests();
    };
  }, [root, ready, askFor]);

  return {
    isInteractive: (block: number) => ready && isInteractive(chunks, block),
    busy: !complete,
  };
}
