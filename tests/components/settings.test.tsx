import { act, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SETTINGS_KEY } from '../../src/state/settings';
import { renderReader } from './render';

const html = document.documentElement;
const saved = () =>
  JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as Record<string, unknown>;
// Queries are scoped to the toolbar: the whole article has thousands of word buttons.
const toolbar = () => document.querySelector<HTMLElement>('.toolbar')!;
const settingsButton = (name = 'Reading settings') =>
  within(toolbar()).getByRole('button', { name });
const panel = (name = 'Reading settings') => within(toolbar()).getByRole('dialog', { name });
const isClosed = () => within(toolbar()).queryByRole('dialog') === null;
const radio = (group: string, name: string) =>
  within(within(panel()).getByRole('group', { name: group })).getByRole('radio', { name });

async function openPanel(user: ReturnType<typeof userEvent.setup>) {
  await user.click(settingsButton());
  return panel();
}

describe('reading settings panel', () => {
  it('opens from the toolbar as a labelled panel with three radio groups', async () => {
    const user = userEvent.setup();
    await renderReader('en');
    expect(isClosed()).toBe(true);
    expect(settingsButton()).toHaveAttribute('aria-expanded', 'false');
    const dialog = await openPanel(user);
    expect(settingsButton()).toHaveAttribute('aria-expanded', 'true');
    expect(within(dialog).getByRole('heading', { name: 'Reading settings' })).toBeVisible();
    const groups = within(dialog).getAllByRole('group');
    expect(groups.map((g) => g.querySelector('legend')!.textContent)).toEqual([
      'Text size',
      'Line spacing',
      'Theme',
    ]);
    expect(
      within(groups[0]!)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['xs', 's', 'm', 'l', 'xl']);
    // The defaults are checked, and focus is on the current text size.
    expect(radio('Text size', 'Default')).toBeChecked();
    expect(radio('Text size', 'Default')).toHaveFocus();
    expect(radio('Line spacing', 'Default')).toBeChecked();
    expect(radio('Theme', 'System')).toBeChecked();
    expect(within(dialog).getByRole('group', { name: 'Theme' })).toHaveAccessibleDescription(
      'System follows your device’s light or dark setting.',
    );
  });

  it('sets the text size on <html> and remembers it, by click and by arrow keys', async () => {
    const user = userEvent.setup();
    await renderReader('en');
    expect(html).toHaveAttribute('data-font-size', 'm');
    // The default is base.css's fallback: nothing is set on <html>.
    expect(html.style.getPropertyValue('--reading-font-size')).toBe('');
    await openPanel(user);
    await user.click(radio('Text size', 'Largest'));
    expect(radio('Text size', 'Largest')).toBeChecked();
    expect(html).toHaveAttribute('data-font-size', 'xl');
    expect(html.style.getPropertyValue('--reading-font-size')).toBe('125%');
    expect(saved()).toMatchObject({ fontSize: 'xl' });

    await user.keyboard('{ArrowLeft}');
    expect(radio('Text size', 'Large')).toBeChecked();
    expect(radio('Text size', 'Large')).toHaveFocus();
    expect(html).toHaveAttribute('data-font-size', 'l');
    expect(html.style.getPropertyValue('--reading-font-size')).toBe('112.5%');
    expect(saved()).toMatchObject({ fontSize: 'l' });

    await user.keyboard('{ArrowLeft}');
    expect(html).toHaveAttribute('data-font-size', 'm');
    expect(html.style.getPropertyValue('--reading-font-size')).toBe('');
  });

  it('sets line spacing and theme, saved beside the other settings', async () => {
    const user = userEvent.setup();
    await renderReader('en');
    await user.click(
      within(within(toolbar()).getByRole('group', { name: 'Reading mode' })).getByRole('radio', {
        name: /English/,
      }),
    );
    await openPanel(user);
    await user.click(radio('Line spacing', 'Relaxed'));
    expect(html).toHaveAttribute('data-line-spacing', 'loose');
    expect(html.style.getPropertyValue('--reading-line-height')).toBe('2');
    await user.click(radio('Theme', 'Dark'));
    expect(html).toHaveAttribute('data-theme', 'dark');
    await user.click(radio('Theme', 'Light'));
    expect(html).toHaveAttribute('data-theme', 'light');
    expect(saved()).toEqual({ mode: 'en', lineSpacing: 'loose', theme: 'light' });
  });

  it('closes on Esc and returns focus to the button', async () => {
    const user = userEvent.setup();
    await renderReader('en');
    await openPanel(user);
    await user.click(radio('Theme', 'Dark'));
    await user.keyboard('{Escape}');
    expect(isClosed()).toBe(true);
    expect(settingsButton()).toHaveFocus();
    expect(settingsButton()).toHaveAttribute('aria-expanded', 'false');
    // Closing keeps the choice.
    expect(html).toHaveAttribute('data-theme', 'dark');
  });

  it('closes on a click outside, on its close button, on the button again, and when focus leaves', async () => {
    const user = userEvent.setup();
    await renderReader('en');
    await openPanel(user);
    await user.click(document.querySelector('main')!); // the article (which takes focus)
    expect(isClosed()).toBe(true);

    await openPanel(user);
    await user.click(toolbar().querySelector('.brand')!); // plain text: focus goes nowhere
    expect(isClosed()).toBe(true);

    await openPanel(user);
    await user.click(within(panel()).getByRole('button', { name: 'Close reading settings' }));
    expect(isClosed()).toBe(true);
    expect(settingsButton()).toHaveFocus();

    await user.click(settingsButton());
    expect(panel()).toBeVisible();
    await user.click(settingsButton());
    expect(isClosed()).toBe(true);

    await openPanel(user);
    // Focus moving elsewhere (e.g. Tab past the last group) closes the panel.
    act(() => document.querySelector<HTMLElement>('main')!.focus());
    expect(isClosed()).toBe(true);
    expect(settingsButton()).not.toHaveFocus();
  });

  it('is in Korean in the Korean interface', async () => {
    const user = userEvent.setup();
    await renderReader('ko');
    await user.click(settingsButton('읽기 설정'));
    const dialog = panel('읽기 설정');
    expect(
      within(dialog)
        .getAllByRole('group')
        .map((g) => g.querySelector('legend')!.textContent),
    ).toEqual(['글자 크기', '줄 간격', '테마']);
    const size = within(dialog).getByRole('group', { name: '글자 크기' });
    expect(
      within(size)
        .getAllByRole('radio')
        .map((r) => r.closest('label')!.textContent),
    ).toEqual(['아주 작게', '작게', '기본', '크게', '아주 크게']);
    await user.click(within(dialog).getByRole('radio', { name: '어둡게' }));
    expect(html).toHaveAttribute('data-theme', 'dark');
    expect(within(dialog).getByRole('button', { name: '읽기 설정 닫기' })).toBeInTheDocument();
  });
});

describe('saved reading settings', () => {
  it('are applied on start', async () => {
    const user = userEvent.setup();
    localStorage.setItem(
      SETTINGS_KEY,
      JSON.stringify({ fontSize: 's', lineSpacing: 'tight', theme: 'light' }),
    );
    await renderReader('en');
    expect(html).toHaveAttribute('data-font-size', 's');
    expect(html).toHaveAttribute('data-line-spacing', 'tight');
    expect(html).toHaveAttribute('data-theme', 'light');
    expect(html.style.getPropertyValue('--reading-font-size')).toBe('93.75%');
    expect(html.style.getPropertyValue('--reading-line-height')).toBe('1.5');
    await openPanel(user);
    expect(radio('Text size', 'Small')).toBeChecked();
    expect(radio('Line spacing', 'Compact')).toBeChecked();
    expect(radio('Theme', 'Light')).toBeChecked();
  });

  it('fall back to the defaults when corrupted, and are not written on start', async () => {
    localStorage.setItem(
      SETTINGS_KEY,
      JSON.stringify({ fontSize: 'huge', lineSpacing: 7, theme: 'neon' }),
    );
    await renderReader('en');
    expect(html).toHaveAttribute('data-font-size', 'm');
    expect(html).toHaveAttribute('data-line-spacing', 'normal');
    expect(html).toHaveAttribute('data-theme', 'system');
    expect(html.style.getPropertyValue('--reading-font-size')).toBe('');
    expect(html.style.getPropertyValue('--reading-line-height')).toBe('');
    // Nothing is written on start: the entry is as it was, and its bad values are never used.
    expect(saved()).toEqual({ fontSize: 'huge', lineSpacing: 7, theme: 'neon' });
  });
});
