// src/glossary/: the glossary's logic (search, sort, CSV/TBX export) and its views, together.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArticle, useArticleDetails, type DetailsIndex } from '../model/ArticleContext';
import type { Term } from '../model/model';
import { TERM_CATEGORIES, type TermCategory } from '../model/vocabulary';
import { buildSearchIndex, searchGlossary, sortTerms } from './search';
import { GlossaryExport } from './GlossaryExport';
import { GlossaryItem } from './GlossaryItem';

type Order = 'ko' | 'en';

function useFilteredTerms(terms: Term[], query: string, order: Order, category: TermCategory | '') {
  const index = useMemo(
    () =>
      buildSearchIndex(
        terms.map((t) => ({
          id: t.id,
          ko: t.ko,
          en: t.en,
          romanization: [t.romanization, t.spelledRomanization],
        })),
      ),
    [terms],
  );
  const sorted = useMemo(() => sortTerms(terms, order), [terms, order]);
  return useMemo(() => {
    const byId = new Map(sorted.map((t) => [t.id, t]));
    const hits = query.trim() ? searchGlossary(index, query).map((id) => byId.get(id)!) : sorted;
    return hits.filter((t) => !category || t.category === category);
  }, [index, sorted, query, category]);
}

/** Arrow keys move between results; ↓ from the search box enters the list. */
function onListKeys(e: React.KeyboardEvent, list: HTMLElement | null) {
  if (!list || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
  const items = Array.from(list.querySelectorAll<HTMLElement>('.glossary-summary'));
  if (items.length === 0) return;
  e.preventDefault();
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next =
    e.key === 'Home'
      ? 0
      : e.key === 'End'
        ? items.length - 1
        : Math.min(Math.max(at + (e.key === 'ArrowDown' ? 1 : -1), 0), items.length - 1);
  items[next]?.focus();
}

/** The glossary: every term, sortable, filterable, searchable, exportable. */
export function GlossaryView({ termId }: { termId: string | null }) {
  const { t } = useTranslation('glossary');
  const index = useArticleDetails();
  if (!index) {
    return (
      <section className="glossary" aria-labelledby="glossary-title">
        <h1 id="glossary-title">{t('view.title')}</h1>
        <p role="status">{t('view.loading')}</p>
      </section>
    );
  }
  return <GlossaryContent termId={termId} index={index} />;
}

function GlossaryContent({ termId, index }: { termId: string | null; index: DetailsIndex }) {
  const { t } = useTranslation('glossary');
  const { article } = useArticle();
  const { termsById } = index;
  const terms = index.details.terms;
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<Order>('ko');
  const [category, setCategory] = useState<TermCategory | ''>('');
  const [expanded, setExpanded] = useState<string | null>(termId);
  // A new #term= link opens its entry (state adjusted during render, not in an effect).
  const [linkedTerm, setLinkedTerm] = useState(termId);
  if (termId !== linkedTerm) {
    setLinkedTerm(termId);
    setExpanded(termId);
  }
  const list = useRef<HTMLUListElement>(null);
  const results = useFilteredTerms(terms, query, order, category);
  const unknown = termId !== null && !termsById.has(termId);

  useEffect(() => {
    if (!termId || !termsById.has(termId)) return;
    const el = document.getElementById(`gl-${termId}`);
    el?.scrollIntoView({ block: 'start' });
    el?.querySelector<HTMLElement>('.glossary-summary')?.focus({ preventScroll: true });
  }, [termId, termsById]);

  return (
    <section className="glossary" aria-labelledby="glossary-title">
      <h1 id="glossary-title">{t('view.title')}</h1>
      <p className="glossary-intro">{t('view.intro')}</p>
      {unknown && (
        <p className="notice" role="alert">
          {t('view.noSuchTerm', { id: termId })}
        </p>
      )}
      <div className="glossary-controls">
        <div className="field field-search">
          <label htmlFor="glossary-search">{t('view.search')}</label>
          <input
            id="glossary-search"
            type="search"
            value={query}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="glossary-search-hint"
            aria-controls="glossary-list"
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => e.key === 'ArrowDown' && onListKeys(e, list.current)}
          />
          <span id="glossary-search-hint" className="field-hint">
            {t('view.searchHint')}
          </span>
        </div>
        <fieldset className="segmented segmented-small">
          <legend>{t('view.sort')}</legend>
          {(['ko', 'en'] as const).map((o) => (
            <label key={o} className="segment">
              <input
                type="radio"
                name="glossary-order"
                checked={order === o}
                onChange={() => setOrder(o)}
              />
              <span>{t(o === 'ko' ? 'view.sortKo' : 'view.sortEn')}</span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="glossary-category">{t('view.category')}</label>
          <select
            id="glossary-category"
            value={category}
            onChange={(e) => setCategory(e.target.value as TermCategory | '')}
          >
            <option value="">{t('view.allCategories')}</option>
            {TERM_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`categories.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <GlossaryExport article={article} terms={terms} />
      </div>
      <p className="glossary-count" role="status">
        {results.length === 0 && query.trim()
          ? t('view.noResults', { query: query.trim() })
          : t('view.results', { count: results.length })}
      </p>
      <ul
        id="glossary-list"
        ref={list}
        className="glossary-list"
        onKeyDown={(e) => onListKeys(e, list.current)}
      >
        {results.map((term: Term) => (
          <GlossaryItem
            key={term.id}
            term={term}
            expanded={expanded === term.id}
            onToggle={() => setExpanded((cur) => (cur === term.id ? null : term.id))}
          />
        ))}
      </ul>
    </section>
  );
}
