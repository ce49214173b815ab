import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { placeCard } from './placeCard';

interface Props {
  anchor: HTMLElement;
  label: string;
  onClose: (returnFocus: boolean) => void;
  children: ReactNode;
}

const CARD_WIDTH = 380;

/**
 * A card beside its anchor: a non-modal dialog that takes focus, closes on Esc or a click
 * outside, and stays inside the viewport (a bottom sheet would hide the text it explains).
 */
export function Popover({ anchor, label, onClose, children }: Props) {
  const { t } = useTranslation('glossary');
  const ref = useRef<HTMLDivElement>(null);

  // Placed and focused before paint, straight on the element: no hidden first frame.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const place = () => {
      const a = anchor.getBoundingClientRect();
      const { top, left } = placeCard(
        { top: a.top, left: a.left, width: a.width, height: a.height },
        { width: CARD_WIDTH, height: el.offsetHeight },
        { width: document.documentElement.clientWidth, height: window.innerHeight },
        { x: window.scrollX, y: window.scrollY },
      );
      el.style.top = `${top}px`;
      el.style.left = `${left}px`;
    };
    place();
    el.focus({ preventScroll: true });
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [anchor]);

  useEffect(() => {
    // A click (or tap) anywhere else closes the card; a click on another term then opens its card.
    const onClickAway = (e: MouseEvent) => {
      const target = e.target as Node;
      if (ref.current?.contains(target) || anchor.contains(target)) return;
      onClose(false);
    };
    document.addEventListener('click', onClickAway, true);
    return () => document.removeEventListener('click', onClickAway, true);
  }, [anchor, onClose]);

  return createPortal(
    <div
      ref={ref}
      className="card"
      role="dialog"
      aria-label={label}
      tabIndex={-1}
      style={{ width: `min(${CARD_WIDTH}px, calc(100vw - 16px))` }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose(true);
        }
      }}
    >
      <button type="button" className="card-close" onClick={() => onClose(true)}>
        <span aria-hidden="true">{'×'}</span>
        <span className="visually-hidden">{t('card.close')}</span>
      </button>
      {children}
    </div>,
    document.body,
  );
}
