import { useTranslation } from 'react-i18next';
import type { Term } from '../model/model';
import { sortTerms } from './search';

/**
 * The glossary as plain HTML, for readers without JavaScript: the build puts it in a <noscript>
 * after the prerendered reader (the interactive glossary view needs the app).
 */
export function StaticGlossary({ terms }: { terms: Term[] }) {
  const { t } = useTranslation('glossary');
  return (
    <section className="static-glossary" aria-labelledby="static-glossary-title">
      <h2 id="static-glossary-title">{t('view.title')}</h2>
      <dl>
        {sortTerms(terms, 'ko').map((term) => (
          <div key={term.id} id={`term-${term.id}`}>
            <dt>
              <span lang="ko">{term.ko}</span> <span lang="ko-Latn">{term.romanization}</span>{' '}
              <span lang="en">{term.en.join('; ')}</span>
            </dt>
            <dd lang="en">{term.definition.en}</dd>
            <dd lang="ko">{term.definition.ko}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
