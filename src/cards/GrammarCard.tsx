import { useTranslation } from 'react-i18next';
import { GrammarExample } from '../grammar/GrammarExample';
import { useArticle, useArticleDetails } from '../model/ArticleContext';
import type { UiLang } from '../i18n/language';
import { patternHash } from '../state/route';
import { useCardActions, type OpenCard } from '../state/openCard';
import { Popover } from './Popover';

/** The grammar patterns of one sentence, each with its span shown in the sentence. */
export function GrammarCard({ card }: { card: OpenCard }) {
  const { t, i18n } = useTranslation('words');
  const { sentencesById } = useArticle();
  const index = useArticleDetails();
  const { close } = useCardActions();
  const sentence = sentencesById.get(card.id);
  const marks = index?.details.sentences[card.id]?.patterns;
  if (!sentence || !marks) return null;
  const ui = i18n.language as UiLang;
  return (
    <Popover
      anchor={card.anchor}
      label={t('grammar.cardLabel', { id: sentence.id })}
      onClose={close}
    >
      {marks.map((mark, i) => {
        const pattern = index?.patternsById.get(mark.patternId);
        if (!pattern) return null;
        return (
          <section key={`${mark.patternId}:${i}`} className="pattern">
            <h2 className="pattern-form" lang="ko">
              <a href={patternHash(pattern.id)} onClick={() => close(false)}>
                {pattern.form}
              </a>
            </h2>
            <p lang={ui}>{pattern.meaning[ui]}</p>
            <p className="pattern-register" lang={ui}>
              <span className="field-label">{t('grammar.register')}</span> {pattern.register[ui]}
            </p>
            <GrammarExample text={sentence.ko} start={mark.start} end={mark.end} />
          </section>
        );
      })}
    </Popover>
  );
}
