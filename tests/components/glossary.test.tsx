import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderReader } from './render';

const termIn = (sid: string, lang: 'ko' | 'en', termId: string) =>
  document.querySelector<HTMLElement>(
    `.sentence[data-sid="${sid}"][lang="${lang}"] [data-term="${termId}"]`,
  )!;

describe('term card', () => {
  it('opens from a term in the Korean (inside its word card) with the entry and occurrences', async () => {
    const user = userEvent.setup();
    await renderReader('en');
    await user.click(termIn('p4-1', 'ko', 'halo'));
    const card = await screen.findByRole('dialog', {
      name: "Word: '헤일로(Halo)'를, with its glossary entry",
    });
    expect(within(card).getByRole('heading', { name: '헤일로' })).toBeInTheDocument();
    expect(card).toHaveTextContent('[헤일로]');
    expect(card).toHaveTextContent('heillo');
    expect(within(card).getByText('6 places in the article')).toBeInTheDocument();
    const here = within(card).getByRole('button', { current: 'location' });
    expect(here).toHaveTextContent('p4-1');
  });

  it('closes with Esc and gives focus back to the term', async () => {
    const user = userEvent.setup();
    await renderReader('en');
    const word = termIn('p2-2', 'ko', 'cash-cow').closest<HTMLElement>('[role="button"]')!;
    await user.click(word);
    expect(await screen.findByRole('dialog')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(word).toHaveFocus();
  });

  it('closes on a click outside', async () => {
    const user = userEvent.setup();
    await renderReader('en');
    await user.click(termIn('p2-2', 'en', 'cash-cow'));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    await user.click(document.querySelector('.block-headline')!);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows its labels in Korean when the interface is Korean', async () => {
    const user = userEvent.setup();
    await renderReader('ko');
    await user.click(termIn('p6-2', 'ko', 'telemedicine'));
    const card = await screen.findByRole('dialog', { name: '단어: 원격의료, 용어 설명 포함' });
    expect(within(card).getByText('한자')).toBeInTheDocument();
    expect(within(card).getByText('遠隔醫療')).toBeInTheDocument();
  });

  it('moves to a related term inside the card', async () => {
    const user = userEvent.setup();
    await renderReader('en');
    await user.click(termIn('p6-2', 'ko', 'telemedicine'));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: '의료' }),
    );
    expect(await screen.findByRole('dialog', { name: 'Glossary entry: 의료' })).toBeInTheDocument();
  });

  it('opens a term card from the English side', async () => {
    const user = userEvent.setup();
    await renderReader('en');
    await user.click(termIn('p4-1', 'en', 'healthcare'));
    expect(
      await screen.findByRole('dialog', { name: 'Glossary entry: 헬스케어' }),
    ).toBeInTheDocument();
  });
});

describe('glossary view', () => {
  const openGlossary = async (hash = '#glossary') => {
    window.history.replaceState(null, '', `/${hash}`);
    const rendered = await renderReader('en');
    await screen.findByRole('heading', { level: 1, name: 'Glossary' });
    return rendered;
  };
  const rows = () =>
    screen
      .getAllByRole('button', { expanded: false })
      .filter((b) => b.classList.contains('glossary-summary'));

  it('lists every term in 가나다 order, or A–Z', async () => {
    const user = userEvent.setup();
    const { details } = await openGlossary();
    expect(screen.getByRole('status')).toHaveTextContent(`${details.terms.length} terms`);
    const first = () => rows()[0]!.querySelector('[lang="ko"]')!.textContent;
    expect(first()).toBe('구조조정');
    await user.click(screen.getByRole('radio', { name: 'A–Z' }));
    expect(rows()[0]).toHaveTextContent('acquisition');
  });

  it('searches Korean parts, English, romanization and initial consonants', async () => {
    const user = userEvent.setup();
    await openGlossary();
    const box = screen.getByRole('searchbox', { name: 'Search the glossary' });
    const top = () => rows()[0]!.querySelector('[lang="ko"]')!.textContent;
    await user.type(box, '격차');
    expect(top()).toBe('의료 격차');
    await user.clear(box);
    await user.type(box, 'ㅇㄱㅇㄹ');
    expect(top()).toBe('원격의료');
    await user.clear(box);
    await user.type(box, 'wongyeok');
    expect(top()).toBe('원격의료');
    await user.clear(box);
    await user.type(box, 'headwind');
    expect(top()).toBe('역풍');
    await user.clear(box);
    await user.type(box, 'zzzz');
    expect(screen.getByRole('status')).toHaveTextContent('No term matches “zzzz”.');
  });

  it('filters by category', async () => {
    const user = userEvent.setup();
    const { details } = await openGlossary();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'role');
    const roles = details.terms.filter((t) => t.category === 'role').length;
    expect(screen.getByRole('status')).toHaveTextContent(`${roles} terms`);
  });

  it('moves through the results with the arrow keys', async () => {
    const user = userEvent.setup();
    await openGlossary();
    const box = screen.getByRole('searchbox');
    await user.type(box, '의료');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveClass('glossary-summary');
    const firstRow = document.activeElement;
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).not.toBe(firstRow);
    await user.keyboard('{Enter}');
    expect(document.activeElement).toHaveAttribute('aria-expanded', 'true');
  });

  it('opens the entry of #term=<id>', async () => {
    await openGlossary('#term=telemedicine');
    const open = screen.getByRole('button', { expanded: true });
    expect(open).toHaveTextContent('원격의료');
    expect(screen.getByRole('heading', { name: '원격의료' })).toBeInTheDocument();
  });

  it('says so for an unknown #term id and still lists everything', async () => {
    const { details } = await openGlossary('#term=metaverse');
    expect(screen.getByRole('alert')).toHaveTextContent('There is no term “metaverse”');
    expect(screen.getByRole('status')).toHaveTextContent(`${details.terms.length} terms`);
  });

  it('goes back to the article from the toolbar', async () => {
    await openGlossary();
    fireEvent.click(screen.getByRole('link', { name: 'Article' }));
    expect(document.querySelector('article.article')).not.toBeNull();
  });
});
