import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

/** The one open card: what it shows and the element it belongs to (focus returns there). */
export interface OpenCard {
  /** term: a glossary term; word: a Korean word; grammar: a sentence's grammar patterns */
  kind: 'term' | 'word' | 'grammar';
  /** term id, word id or sentence id */
  id: string;
  anchor: HTMLElement;
  /** the occurrence the card was opened from, if any */
  sentenceId?: string;
  start?: number;
}

interface CardActions {
  open: (card: OpenCard) => void;
  close: (returnFocus?: boolean) => void;
}

// Two contexts: the article needs only the (stable) actions, so opening or closing a card
// re-renders the card layer, not the whole article.
const StateCtx = createContext<OpenCard | null>(null);
const ActionsCtx = createContext<CardActions | null>(null);

export function CardProvider({ children }: { children: ReactNode }) {
  const [card, setCard] = useState<OpenCard | null>(null);
  // The open card for the actions, which never change (so they cannot read `card`).
  const current = useRef<OpenCard | null>(null);
  const open = useCallback((next: OpenCard) => {
    current.current = next;
    setCard(next);
  }, []);
  const close = useCallback((returnFocus = true) => {
    const closing = current.current;
    current.current = null;
    setCard(null);
    if (closing && returnFocus && closing.anchor.isConnected) {
      closing.anchor.focus({ preventScroll: true });
    }
  }, []);
  const actions = useMemo(() => ({ open, close }), [open, close]);
  return (
    <ActionsCtx.Provider value={actions}>
      <StateCtx.Provider value={card}>{children}</StateCtx.Provider>
    </ActionsCtx.Provider>
  );
}

/** Open and close cards; never changes, so using it does not re-render on a card change. */
export function useCardActions(): CardActions {
  const value = useContext(ActionsCtx);
  if (!value) throw new Error('useCardActions outside CardProvider');
  return value;
}

/** The open card, if any. */
export const useOpenCard = (): OpenCard | null => useContext(StateCtx);
