import { useCards } from './CardContext';
import { TermCard } from './TermCard';

/** Renders the open card, if any: one card at a time. */
export function CardLayer() {
  const { card } = useCards();
  if (!card) return null;
  return <TermCard key={`${card.id}:${card.sentenceId ?? ''}:${card.start ?? ''}`} card={card} />;
}
