// src/cards/: the word, term and grammar cards, one at a time, in a popover placed beside the word.
import { useOpenCard } from '../state/openCard';
import { GrammarCard } from './GrammarCard';
import { TermCard } from './TermCard';
import { WordCard } from './WordCard';

const CARDS = { term: TermCard, word: WordCard, grammar: GrammarCard };

/** Renders the open card, if any: one card at a time. */
export function CardLayer() {
  const card = useOpenCard();
  if (!card) return null;
  const Card = CARDS[card.kind];
  return <Card key={`${card.kind}:${card.id}:${card.sentenceId ?? ''}`} card={card} />;
}
