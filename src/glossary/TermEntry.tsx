import { useTranslation } from 'react-i18next';
import type { Term } from '../model/model';
import type { UiLang } from '../i18n/language';

interface Props {
  term: Term;
  headingId: string;
  /** renders a related term: a button in a card, a link in the glossary view */
  renderRelated: (id: string) => React.ReactNode;
  /** 2 on its own (card, glossary list); 3 inside a word card */
  level?: 2 | 3;
}

/** Everything the glossary says about one term. Shared by the term card and the glossary view. */
export function TermEntry({ term, headingId, renderRelated, level = 2 }: Props) {
  const Heading = level === 3 ? 'h3' : 'h2';
  const { t, i18n } = useTranslation('glossary');
  const ui = i18n.language as UiLang;
  const other: UiLang = ui === 'ko' ? 'en' : 'ko';
  return (
    <div className="term-entry">
      <Heading id={headingId} className="term-headword" lang="ko">
        {term.ko}
      </Heading>
      <p className="term-sound">
        <span className="visually-hidden">{t('card.pronunciation')}</span>
        <span lang="ko">{term.pronunciation}</span>
        <span className="visually-hidden">{t('card.romanization')}</span>
        <span className="term-roman" lang="ko-Latn">
          {term.romanization}
        </span>
      </p>
      <p className="term-en" lang="en">
        <span className="visually-hidden">{t('card.english')}</span>
        <strong>{term.en[0]}</strong>
        {term.en.length > 1 && (
          <span className="term-alt">{`; ${term.en.slice(1).join('; ')}`}</span>
        )}
      </p>
      <p className="term-tags">
        <span className="tag">{t(`pos.${term.pos}`)}</span>
        <span className="tag">{t(`categories.${term.category}`)}</span>
      </p>
      <dl className="term-facts">
        <dt>{t('card.definition')}</dt>
        <dd lang={ui}>{term.definition[ui]}</dd>
        <dd lang={other} className="term-def-other">
          {term.definition[other]}
        </dd>
        {term.hanja && (
          <>
            <dt>{t('card.hanja')}</dt>
            <dd lang="ko-Hani" className="term-hanja">
              {term.hanja}
            </dd>
          </>
        )}
        {term.origin && (
          <>
            <dt>{t('card.origin')}</dt>
            <dd lang="en">{term.origin}</dd>
          </>
        )}
        {term.abbreviation && (
          <>
            <dt>{t('card.abbreviation')}</dt>
            <dd lang="en">
              <abbr title={term.abbreviation.long}>{term.abbreviation.short}</abbr>
              {` = ${term.abbreviation.long}`}
            </dd>
          </>
        )}
        {term.related.length > 0 && (
          <>
            <dt>{t('card.related')}</dt>
            <dd>
              <ul className="term-related">
                {term.related.map((id) => (
                  <li key={id}>{renderRelated(id)}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}
