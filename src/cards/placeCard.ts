/** Where a card goes: below its anchor (above if there is no room), kept inside the viewport. Pure. */
export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

export const CARD_MARGIN = 8;

/** Rects are viewport-relative; the result is in page coordinates (scroll added). */
export function placeCard(
  anchor: Rect,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  scroll: { x: number; y: number },
): { top: number; left: number } {
  const width = Math.min(card.width, viewport.width - 2 * CARD_MARGIN);
  const left = Math.min(Math.max(anchor.left, CARD_MARGIN), viewport.width - width - CARD_MARGIN);
  const below = anchor.top + anchor.height + CARD_MARGIN;
  const roomBelow = viewport.height - below - CARD_MARGIN;
  const roomAbove = anchor.top - 2 * CARD_MARGIN;
  const top =
    card.height <= roomBelow || roomBelow >= roomAbove
      ? below
      : Math.max(anchor.top - CARD_MARGIN - card.height, CARD_MARGIN);
  return { top: top + scroll.y, left: left + scroll.x };
}
