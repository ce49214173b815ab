// src/grammar/: the grammar patterns' view and the example with its span set off.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useArticle, useArticleDetails } from '../model/ArticleContext';
import type { UiLang } from '../i18n/language';
import { sentenceAnchor } from '../state/url';
import { GrammarExample } from './GrammarExample';

/** Every grammar pattern of the article, with each place it occurs, linked into the text. */
export function GrammarView({ patternId }: { patternId: string | null }) {
  const { t, i18n } = useTranslation('words');
  const { sentencesById } = useArticle();
  const patterns = useArticleDetails()?.details.patterns;
  const ui = i18n.language as UiLang;

  useEffect(() => {
    if (!patternId) return;
    const el = document.getElementById(`pattern-${patternId}`);
    el?.scrollIntoView({ block: 'start' });
    el?.focus({ preventScroll: true });
  }, [patternId, patterns]);

  return (
    <section className="grammar" aria-labelledby="grammar-title">
      <h1 id="grammar-title">{t('grammar.viewTitle')}</h1>
      <p className="glossary-intro">{t('grammar.viewIntro')}</p>
      {!patterns && <p role="status">{t('grammar.loading')}</p>}
      <ol className="pattern-list">
        {patterns?.map((p) => (
          <li key={p.id} id={`pattern-${p.id}`} tabIndex={-1} className="pattern">
            <h2 className="pattern-form" lang="ko">
              {p.form}
            </h2>
            <p>
              <span className="field-label">{t('grammar.meaning')}</span>{' '}
              <span lang={ui}>{p.meaning[ui]}</span>
            </p>
            <p className="pattern-register">
              <span className="field-label">{t('grammar.register')}</span>{' '}
              <span lang={ui}>{p.register[ui]}</span>
            </p>
            <h3 className="card-subhead">
              {t('grammar.occurrences', { count: p.occurrences.length })}
            </h3>
            <ul className="pattern-occurrences">
              {p.occurrences.map((o) => {
                const sentence = sentencesById.get(o.sentenceId);
                return (
                  <li key={`${o.sentenceId}:${o.start}`}>
                    <a
                      href={`#${sentenceAnchor(o.sentenceId)}`}
                      aria-label={t('grammar.goTo', { id: o.sentenceId })}
                    >
                      {o.sentenceId}
                    </a>
                    {sentence && <GrammarExample text={sentence.ko} start={o.start} end={o.end} />}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
