import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

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

interface CardApi {
  card: OpenCard | null;
  open: (card: OpenCard) => void;
  close: (returnFocus?: boolean) => void;
}

const Ctx = createContext<CardApi | null>(null);

export function CardProvider({ children }: { children: ReactNode }) {
  const [card, setCard] = useState<OpenCard | null>(null);
  const open = useCallback((next: OpenCard) => setCard(next), []);
  const close = useCallback((returnFocus = true) => {
    setCard((current) => {
      if (current && returnFocus && current.anchor.isConnected) {
        current.anchor.focus({ preventScroll: true });
      }
      return null;
    });
  }, []);
  const value = useMemo(() => ({ card, open, close }), [card, open, close]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useCards(): CardApi {
  const value = useContext(Ctx);
  if (!value) throw new Error('useCards outside CardProvider');
  return value;
}
