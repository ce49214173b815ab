import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { createI18n } from '../../src/i18n/setup';

function Broken(): never {
  throw new Error('boom');
}

describe('error boundary', () => {
  it('shows a readable message instead of a blank page', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <I18nextProvider i18n={createI18n('ko')}>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
      </I18nextProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('문제가 생겼습니다');
    expect(screen.getByRole('button', { name: '새로 고침' })).toBeInTheDocument();
    spy.mockRestore();
  });
});
