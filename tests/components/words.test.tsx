import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SETTINGS_KEY } from '../../src/state/settings';
import { renderReader } from './render';

const word = (id: string) => document.querySelector<HTMLElement>(`[data-word="${id}"]`)!;

describe('word card', () => {
  it('shows the breakdown, dictionary forms and the gloss of a tapped word', async () => {
    const user = userEvent.setup();
    await renderReader('en');
    await user.click(word('p1-1-w5')); // 묘사하는
    const card = await screen.findByRole('dialog', { name: 'Word: 묘사하는' });
    const rows = within(card).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('td')!.textContent)).toEqual([
      '묘사',
      '하 → 하다',
      '는',
    ]);
    expect(within(rows[2]!).getByText('adnominal (present)')).toBeInTheDocument();
    expect(card).toHaveTextContent('myosahaneun');
  });

  it('includes the glossary entry of a term inside the word: one card, not two', async () => {
    const user = userEvent.setup();
    await renderReader('en');
    await user.click(word('p2-2-w10')); // 캐시카우
    expect(await screen.findAllByRole('dialog')).toHaveLength(1);
    const card = await screen.findByRole('dialog', { name: /^Word: 캐시카우/ });
    expect(within(card).getByRole('heading', { name: '캐시카우', level: 3 })).toBeInTheDocument();
    expect(card).toHaveTextContent('cash cow');
    expect(within(card).getByRole('link', { name: 'Open in the glossary' })).toHaveAttribute(
      'href',
      '#term=cash-cow',
    );
  });

  it('reads a number in digits, English and Hangul', async () => {
    const user = userEvent.setup();
    await renderReader('ko');
    await user.click(word('p9-1-w3')); // 2만
    const card = await screen.findByRole('dialog');
    expect(within(card).getByText('27,000')).toBeInTheDocument();
    expect(within(card).getByText('27,000 people')).toBeInTheDocument();
    expect(within(card).getByText('이만 칠천 명')).toBeInTheDocument();
    expect(within(card).getByText('읽는 법')).toBeInTheDocument();
  });
});

describe('grammar card', () => {
  it('lists the sentence’s patterns with their spans', async () => {
    const user = userEvent.setup();
    await renderReader('en');
    await user.click(document.querySelector<HTMLElement>('[data-grammar="p1-1"]')!);
    const card = await screen.findByRole('dialog', { name: /^Grammar patterns of sentence/ });
    expect(within(card).getAllByRole('heading', { level: 2 }).length).toBeGreaterThan(0);
    expect(card.querySelector('mark')).not.toBeNull();
  });
});

describe('interlinear toggles', () => {
  it('add romanization and gloss as ruby, independently, and remember them', async () => {
    const user = userEvent.setup();
    await renderReader('en');
    expect(document.querySelector('ruby')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Gloss' }));
    const ruby = word('p1-1-w5').querySelector('ruby')!;
    expect(within(ruby).getByText('describing')).toHaveAttribute('lang', 'en');
    expect(ruby.querySelector('.rt-roman')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Romanization' }));
    expect(word('p1-1-w5').querySelector('.rt-roman')).toHaveTextContent('myosahaneun');
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY)!)).toMatchObject({
      roman: true,
      gloss: true,
    });
  });

  it('start from the saved setting', async () => {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ roman: true }));
    await renderReader('en');
    expect(screen.getByRole('checkbox', { name: 'Romanization' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Gloss' })).not.toBeChecked();
    expect(document.querySelectorAll('.rt-roman').length).toBeGreaterThan(500);
  });
});
