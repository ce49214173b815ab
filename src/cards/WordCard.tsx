import { useTranslation } from 'react-i18next';
import { useArticleDetails } from '../model/ArticleContext';
import type { NumberMark, WordDetail } from '../model/model';
import { useCardActions, type OpenCard } from '../state/openCard';
import { Popover } from './Popover';
import { TermDetails } from './TermDetails';

function Breakdown({ word }: { word: WordDetail }) {
  const { t } = useTranslation('words');
  return (
    <>
      <h3 className="card-subhead">{t('card.breakdown')}</h3>
      <table className="morphemes">
        <thead>
          <tr>
            <th scope="col">{t('card.form')}</th>
            <th scope="col">{t('card.partOfSpeech')}</th>
            <th scope="col">{t('card.meaning')}</th>
          </tr>
        </thead>
        <tbody>
          {word.m.map((m, i) => (
            <tr key={i}>
              <td lang="ko" className="morph-form">
                {m.f}
                {m.lemma && m.lemma !== m.f && (
                  <span className="morph-lemma">{` → ${m.lemma}`}</span>
                )}
              </td>
              <td>{t(`pos.${m.pos}`)}</td>
              <td lang="en">{[m.role, m.g].filter(Boolean).join(' · ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {word.contraction && (
        <p className="morph-note" lang="ko">
          {t('card.contraction', { from: word.contraction.from, to: word.contraction.to })}
        </p>
      )}
    </>
  );
}

function NumberFacts({ number }: { number: NumberMark }) {
  const { t } = useTranslation('words');
  return (
    <section className="number-facts" aria-labelledby="card-number">
      <h3 id="card-number" className="card-subhead">
        {t('number.title')}
        {': '}
        <span lang="ko">{number.text}</span>
      </h3>
      <dl className="term-facts">
        <dt>{t('number.digits')}</dt>
        <dd className="num-digits">{number.digits}</dd>
        <dt>{t('number.english')}</dt>
        <dd lang="en">{number.english}</dd>
        <dt>{t('number.hangul')}</dt>
        <dd lang="ko">{number.hangul}</dd>
      </dl>
    </section>
  );
}

/** The card of a Korean word: its breakdown, and the number or glossary term it is part of. */
export function WordCard({ card }: { card: OpenCard }) {
  const { t } = useTranslation('words');
  const index = useArticleDetails();
  const { close } = useCardActions();
  const found = index?.wordsById.get(card.id);
  if (!index || !found) return null;
  const { word, sentence, details } = found;
  const terms = word.termIds.flatMap((id) => index.termsById.get(id) ?? []);
  const number = word.number === undefined ? undefined : details.numbers[word.number];
  const label = t(terms.length ? 'card.labelWithTerm' : 'card.label', { word: word.w });
  return (
    <Popover anchor={card.anchor} label={label} onClose={close}>
      <h2 className="word-head" lang="ko">
        {word.w}
      </h2>
      <p className="term-sound">
        {word.pronunciation && (
          <>
            <span className="visually-hidden">{t('card.pronunciation')}</span>
            <span lang="ko">{word.pronunciation}</span>
          </>
        )}
        <span className="visually-hidden">{t('card.romanization')}</span>
        <span className="term-roman" lang="ko-Latn">
          {word.romanization}
        </span>
      </p>
      <p className="word-gloss">
        <span className="field-label">{t('card.gloss')}</span> <strong lang="en">{word.g}</strong>
      </p>
      <Breakdown word={word} />
      {number && <NumberFacts number={number} />}
      {terms.map((term) => (
        <section key={term.id} className="card-term" aria-label={t('card.glossaryEntry')}>
          <TermDetails
            level={3}
            term={term}
            card={{ ...card, start: sentence.marks.ko.find((m) => m.termId === term.id)?.start }}
          />
        </section>
      ))}
    </Popover>
  );
}
