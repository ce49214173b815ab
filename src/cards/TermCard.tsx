import { useTranslation } from 'react-i18next';
import { useArticle } from '../content/ArticleContext';
import { TermEntry } from '../components/TermEntry';
import { useCards, type OpenCard } from './CardContext';
import { goToOccurrence } from './goToOccurrence';
import { Popover } from './Popover';

/** The card of a glossary term, opened from any of its marks in the text. */
export function TermCard({ card }: { card: OpenCard }) {
  const { t } = useTranslation('glossary');
  const { termsById } = useArticle();
  const { open, close } = useCards();
  const term = termsById.get(card.id);
  if (!term) return null;
  const headingId = `card-${term.id}`;

  return (
    <Popover anchor={card.anchor} label={t('card.label', { term: term.ko })} onClose={close}>
      <TermEntry
        term={term}
        headingId={headingId}
        renderRelated={(id) => {
          const rel = termsById.get(id);
          return (
            <button
              type="button"
              className="link-button"
              lang="ko"
              onClick={() => open({ ...card, id })}
            >
              {rel?.ko ?? id}
            </button>
          );
        }}
      />
      <h3 className="card-subhead">{t('card.occurrences', { count: term.occurrences.length })}</h3>
      <ol className="occurrences">
        {term.occurrences.map((o) => {
          const here = o.sentenceId === card.sentenceId && o.start === card.start;
          return (
            <li key={`${o.sentenceId}:${o.start}`}>
              <button
                type="button"
                className="link-button"
                aria-current={here ? 'location' : undefined}
                aria-label={t('card.goTo', { id: o.sentenceId })}
                onClick={() => {
                  close(false);
                  goToOccurrence(term.id, o.sentenceId, o.start);
                }}
              >
                <span className="occ-id">{o.sentenceId}</span> <span lang="ko">{o.surface}</span>
                {here && <span className="occ-here">{` (${t('card.here')})`}</span>}
              </button>
            </li>
          );
        })}
      </ol>
      <a
        className="card-link"
        href={`#term=${encodeURIComponent(term.id)}`}
        onClick={() => close(false)}
      >
        {t('card.openInGlossary')}
      </a>
    </Popover>
  );
}
