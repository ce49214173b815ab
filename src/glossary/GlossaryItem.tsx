import { useTranslation } from 'react-i18next';
import { useArticleDetails } from '../model/ArticleContext';
import type { Term } from '../model/model';
import { sentenceAnchor } from '../state/url';
import { termHash } from '../state/route';
import { TermEntry } from './TermEntry';

interface Props {
  term: Term;
  expanded: boolean;
  onToggle: () => void;
}

/** One glossary row: a summary button that opens the full entry below it. */
export function GlossaryItem({ term, expanded, onToggle }: Props) {
  const { t } = useTranslation('glossary');
  const termsById = useArticleDetails()?.termsById;
  const panelId = `gl-panel-${term.id}`;
  return (
    <li id={`gl-${term.id}`} className="glossary-item">
      <button
        type="button"
        className="glossary-summary"
        aria-expanded={expanded}
        aria-controls={panelId}
        onClick={onToggle}
      >
        <span className="gs-ko" lang="ko">
          {term.ko}
        </span>
        <span className="gs-roman" lang="ko-Latn">
          {term.romanization}
        </span>
        <span className="gs-en" lang="en">
          {term.en[0]}
        </span>
        <span className="gs-cat">{t(`categories.${term.category}`)}</span>
      </button>
      {expanded && (
        <div id={panelId} className="glossary-panel">
          <TermEntry
            term={term}
            headingId={`gl-h-${term.id}`}
            renderRelated={(id) => (
              <a href={termHash(id)} lang="ko">
                {termsById?.get(id)?.ko ?? id}
              </a>
            )}
          />
          <h3 className="card-subhead">
            {t('card.occurrences', { count: term.occurrences.length })}
          </h3>
          <ol className="occurrences">
            {term.occurrences.map((o) => (
              <li key={`${o.sentenceId}:${o.start}`}>
                <a
                  href={`#${sentenceAnchor(o.sentenceId)}`}
                  aria-label={t('card.goTo', { id: o.sentenceId })}
                >
                  <span className="occ-id">{o.sentenceId}</span> <span lang="ko">{o.surface}</span>
                </a>
              </li>
            ))}
          </ol>
        </div>
      )}
    </li>
  );
}
