import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { article } from '../../src/content/article';
import { App } from '../../src/App';
import type { UiLang } from '../../src/i18n/language';
import { createI18n } from '../../src/i18n/setup';

/** Renders the whole reader on the real article, in the given interface language. */
export function renderReader(lang: UiLang = 'en') {
  const i18n = createI18n(lang);
  const result = render(
    <I18nextProvider i18n={i18n}>
      <App article={article} />
    </I18nextProvider>,
  );
  return { ...result, i18n, article };
}
