import { useTranslation } from 'react-i18next';
import { TermEntry } from '../glossary/TermEntry';
import { useArticleDetails } from '../model/ArticleContext';
import type { Term } from '../model/model';
import { termHash } from '../state/route';
import { useCardActions, type OpenCard } from '../state/openCard';
import { goToOccurrence } from '../reader/goToOccurrence';

/** A term's entry inside a card: related terms open in place, occurrences are one tap away. */
export function TermDetails({
  term,
  card,
  level = 2,
}: {
  term: Term;
  card: OpenCard;
  level?: 2 | 3;
}) {
  const Subhead = level === 3 ? 'h4' : 'h3';
  const { t } = useTranslation('glossary');
  const termsById = useArticleDetails()?.termsById;
  const { open, close } = useCardActions();
  return (
    <>
      <TermEntry
        term={term}
        level={level}
        headingId={`card-${term.id}`}
        renderRelated={(id) => (
          <button
            type="button"
            className="link-button"
            lang="ko"
            onClick={() => open({ kind: 'term', id, anchor: card.anchor })}
          >
            {termsById?.get(id)?.ko ?? id}
          </button>
        )}
      />
      <Subhead className="card-subhead">
        {t('card.occurrences', { count: term.occurrences.length })}
      </Subhead>
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
      <a className="card-link" href={termHash(term.id)} onClick={() => close(false)}>
        {t('card.openInGlossary')}
      </a>
    </>
  );
}
