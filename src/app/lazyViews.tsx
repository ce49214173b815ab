/**
 * Views and cards that need the article's details load with them, after the first paint: this
 * keeps them out of the initial JavaScript (docs/performance.md).
 */
import { lazy, Suspense } from 'react';
import { useOpenCard } from '../state/openCard';

export const GlossaryView = lazy(() =>
  import('../glossary/GlossaryView').then((m) => ({ default: m.GlossaryView })),
);
export const GrammarView = lazy(() =>
  import('../grammar/GrammarView').then((m) => ({ default: m.GrammarView })),
);
const CardLayer = lazy(() => import('../cards/CardLayer').then((m) => ({ default: m.CardLayer })));

/** The open card, loaded on first use (never during prerender: no card is open then). */
export function CardSlot() {
  const card = useOpenCard();
  if (!card) return null;
  return (
    <Suspense fallback={null}>
      <CardLayer />
    </Suspense>
  );
}
