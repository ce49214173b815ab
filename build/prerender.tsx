/** Prerender entry: the reader as the first visit sees it (side by side, English interface). */
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import details from 'virtual:dokhae/details';
import { StaticGlossary } from '../src/glossary/StaticGlossary';
import { article } from '../src/model/article';
import { parseDetails } from '../src/model/detailsSlices';
import { createI18n } from '../src/i18n/setup';
import { PRERENDERED_STATE } from '../src/state/startingState';
import { pageTitle } from '../src/app/pageTitle';
import { Root } from '../src/app/Root';
import { readingSettingsFrom, rootAttributes } from '../src/state/readingSettings';

export interface Prerendered {
  /** the reader, hydrated by the browser */
  html: string;
  /** the glossary as plain HTML, shown only without JavaScript */
  noscript: string;
  title: string;
  /** the attributes of <html>: the interface language and the default reading settings */
  htmlAttributes: Record<string, string>;
}

export function render(): Prerendered {
  const i18n = createI18n(PRERENDERED_STATE.uiLang);
  return {
    html: renderToString(<Root i18n={i18n} start={PRERENDERED_STATE} />),
    noscript: renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <StaticGlossary terms={parseDetails(details).terms} />
      </I18nextProvider>,
    ),
    title: pageTitle(article, i18n.t),
    htmlAttributes: {
      lang: PRERENDERED_STATE.uiLang,
      ...rootAttributes(readingSettingsFrom(PRERENDERED_STATE.settings)),
    },
  };
}
