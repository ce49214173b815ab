import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SETTINGS_KEY } from '../../src/state/settings';
import { renderReader } from './render';

/** A sentence as the reader shows it (its text may be split by glossary-term buttons). */
const sentenceEl = (id: string, lang: 'ko' | 'en') =>
  document.querySelector<HTMLElement>(`.sentence[data-sid="${id}"][lang="${lang}"]`);

const revealButton = (id: string) => document.querySelector<HTMLElement>(`[data-reveal="${id}"]`)!;

const modeRadio = (name: string) =>
  within(screen.getByRole('group', { name: /Reading mode|읽기 방식/ })).getByRole('radio', {
    name,
  });

describe('mode switch', () => {
  it('starts side by side and shows both languages', async () => {
    const { article } = await renderReader();
    expect(modeRadio('Side by side')).toBeChecked();
    const first = article.blocks[3]!.sentences[0]!;
    expect(sentenceEl(first.id, 'ko')).toHaveTextContent(first.ko);
    expect(sentenceEl(first.id, 'en')).toHaveTextContent(first.en);
  });

  it('switches to English only and back, keeping the URL and the saved setting', async () => {
    const user = userEvent.setup();
    const { article } = await renderReader();
    const first = article.blocks[3]!.sentences[0]!;
    await user.click(modeRadio('English'));
    expect(sentenceEl(first.id, 'ko')).toBeNull();
    expect(sentenceEl(first.id, 'en')).toHaveTextContent(first.en);
    expect(window.location.search).toBe('?mode=en');
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY)!)).toMatchObject({ mode: 'en' });
    await user.click(modeRadio('Interleaved'));
    expect(sentenceEl(first.id, 'ko')).toHaveTextContent(first.ko);
    expect(sentenceEl(first.id, 'en')).toHaveTextContent(first.en);
  });

  it("opens a link's mode without making it the saved default", async () => {
    window.history.replaceState(null, '', '/?mode=ko');
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ mode: 'en' }));
    await renderReader();
    expect(modeRadio('Korean')).toBeChecked();
    expect(window.location.search).toBe('?mode=ko');
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY)!)).toEqual({ mode: 'en' });
  });

  it('follows the number keys by physical key code', async () => {
    await renderReader();
    fireEvent.keyDown(window, { key: '1', code: 'Digit1' });
    expect(modeRadio('Korean')).toBeChecked();
    // A Korean layout gives key "ㅓ" for the J key; the shortcut still matches on code.
    fireEvent.keyDown(window, { key: '4', code: 'Digit4' });
    expect(modeRadio('Interleaved')).toBeChecked();
  });

  it('falls back to the default for an unknown mode in the URL and a corrupted setting', async () => {
    window.history.replaceState(null, '', '/?mode=klingon');
    localStorage.setItem(SETTINGS_KEY, '{not json');
    await renderReader();
    expect(modeRadio('Side by side')).toBeChecked();
    // The corrupted entry is dropped, and nothing is written on start.
    expect(localStorage.getItem(SETTINGS_KEY)).toBeNull();
  });
});

describe('reveal in Korean-only mode', () => {
  it('shows a sentence’s English below it on click and hides it again', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?mode=ko');
    const { article } = await renderReader();
    const s = article.blocks[4]!.sentences[1]!;
    expect(sentenceEl(s.id, 'ko')).toHaveAccessibleDescription(/EN button/);
    expect(sentenceEl(s.id, 'en')).toBeNull();
    const toggle = revealButton(s.id);
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(sentenceEl(s.id, 'en')).toHaveTextContent(s.en);
    expect(document.getElementById(`en-${s.id}`)).toHaveAttribute('lang', 'en');
    await user.click(toggle);
    expect(sentenceEl(s.id, 'en')).toBeNull();
  });

  it('works with Enter on a focused sentence', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?mode=ko');
    const { article } = await renderReader();
    const s = article.blocks[3]!.sentences[0]!;
    sentenceEl(s.id, 'ko')!.focus();
    await user.keyboard('{Enter}');
    expect(sentenceEl(s.id, 'en')).toHaveTextContent(s.en);
  });

  it('shows the translator’s note with the revealed English', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?mode=ko');
    const { article } = await renderReader();
    const deck = article.blocks[1]!.sentences[0]!;
    await user.click(revealButton(deck.id));
    const note = screen.getByRole('note');
    expect(within(note).getByText("Translator's note")).toBeInTheDocument();
    expect(note).toHaveTextContent(deck.notes![0]!.en);
  });
});

describe('interface language', () => {
  it('switches the UI to Korean without changing the reading mode', async () => {
    const user = userEvent.setup();
    await renderReader('en');
    await user.click(modeRadio('Interleaved'));
    expect(screen.getByRole('group', { name: 'Reading mode' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '한국어' }));
    expect(screen.getByRole('group', { name: '읽기 방식' })).toBeInTheDocument();
    expect(modeRadio('번갈아')).toBeChecked();
    expect(document.documentElement.lang).toBe('ko');
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY)!)).toMatchObject({ uiLang: 'ko' });
  });

  it('toggles with the L key', async () => {
    await renderReader('en');
    fireEvent.keyDown(window, { key: 'ㅣ', code: 'KeyL' });
    expect(screen.getByRole('group', { name: '화면 언어' })).toBeInTheDocument();
  });
});

describe('help dialog', () => {
  it('opens from the toolbar and with ?, listing the shortcuts', async () => {
    const user = userEvent.setup();
    await renderReader('en');
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('Next sentence')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.keyDown(window, { key: '?', code: 'Slash', shiftKey: true });
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });
});
