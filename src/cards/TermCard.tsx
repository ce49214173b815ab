import { useTranslation } from 'react-i18next';
import { useArticleDetails } from '../model/ArticleContext';
import { useCardActions, type OpenCard } from '../state/openCard';
import { Popover } from './Popover';
import { TermDetails } from './TermDetails';

/** The card of a glossary term, opened from its mark in the English (or a related term). */
export function TermCard({ card }: { card: OpenCard }) {
  const { t } = useTranslation('glossary');
  const term = useArticleDetails()?.termsById.get(card.id);
  const { close } = useCardActions();
  if (!term) return null;
  return (
    <Popover anchor={card.anchor} label={t('card.label', { term: term.ko })} onClose={close}>
      <TermDetails term={term} card={card} />
    </Popover>
  );
}
