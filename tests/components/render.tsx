import { render, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { article } from '../../src/model/article';
import { loadDetails } from '../../src/model/details';
import { App } from '../../src/app/App';
import type { UiLang } from '../../src/i18n/language';
import { createI18n } from '../../src/i18n/setup';
import { readSettings } from '../../src/state/settings';
import { startingStateFrom } from '../../src/state/startingState';

/**
 * Renders the whole reader on the real article, in the given interface language, with the
 * article's details already loaded (in the browser they arrive right after the first paint).
 */
export async function renderReader(lang: UiLang = 'en') {
  const details = await loadDetails();
  const i18n = createI18n(lang);
  // As the boot script works it out: from the address and what localStorage holds now.
  const start = startingStateFrom({
    search: window.location.search,
    hash: window.location.hash,
    saved: readSettings(),
    browserLanguages: [lang],
  });
  const result = render(
    <I18nextProvider i18n={i18n}>
      <App article={article} start={start} />
    </I18nextProvider>,
  );
  await waitForWords();
  return { ...result, i18n, article, details };
}

/**
 * Waits until every word of the article is a control: they turn a few sentences per step after
 * the details load, and again after a mode switch. Nothing to wait for outside the reader view.
 */
export async function waitForWords() {
  await waitFor(() => {
    const article = screen.queryByRole('article');
    expect(article?.getAttribute('aria-busy') ?? 'false').toBe('false');
  });
}
