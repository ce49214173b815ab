import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FONT_SIZES, LINE_SPACINGS, THEMES } from '../state/readingSettings';
import { useReadingSettings } from '../state/useReadingSettings';

const EDGE = 8; // px kept between the panel and the sides of the viewport

/** One setting as a labelled radio group: arrow keys move between its choices. */
function RadioGroup<T extends string>(props: {
  legend: string;
  name: string;
  values: readonly T[];
  value: T;
  label: (value: T) => string;
  onChange: (value: T) => void;
  hint?: { id: string; text: string };
}) {
  const { legend, name, values, value, label, onChange, hint } = props;
  return (
    <fieldset className="settings-group" aria-describedby={hint?.id}>
      <legend className="settings-legend">{legend}</legend>
      <div className={`settings-options settings-options-${values.length}`}>
        {values.map((v) => (
          <label key={v} className="settings-option">
            <input
              type="radio"
              name={name}
              value={v}
              checked={value === v}
              onChange={() => onChange(v)}
            />
            <span>{label(v)}</span>
          </label>
        ))}
      </div>
      {hint && (
        <p className="settings-hint" id={hint.id}>
          {hint.text}
        </p>
      )}
    </fieldset>
  );
}

/** Three sliders: the icon of the settings button (decorative; the name comes from t()). */
function SlidersIcon() {
  return (
    <svg
      className="settings-icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M4 6h9M17 6h3M4 12h3M11 12h9M4 18h11M19 18h1"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        fill="none"
      />
      <circle cx="15" cy="6" r="2" stroke="currentColor" strokeWidth="2" fill="none" />
      <circle cx="9" cy="12" r="2" stroke="currentColor" strokeWidth="2" fill="none" />
      <circle cx="17" cy="18" r="2" stroke="currentColor" strokeWidth="2" fill="none" />
    </svg>
  );
}

/**
 * The reading-settings button for the toolbar, with its panel: text size, line spacing and
 * theme. Self-contained: it reads, applies (on <html>) and saves the settings itself.
 *
 * The panel is a non-modal dialog disclosed by the button. Opening it focuses the current
 * text size; Esc closes it and returns focus to the button; a click or focus outside closes it.
 */
export function SettingsButton() {
  const { t } = useTranslation('settings');
  const [settings, update] = useReadingSettings();
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();
  const panelId = `${id}panel`;
  const titleId = `${id}title`;

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }, []);

  // Placed under the button and kept inside the viewport, before paint; placed again when the
  // text size changes, since the toolbar and the panel change size with it.
  useLayoutEffect(() => {
    const el = panel.current;
    if (!open || !el) return;
    const place = () => {
      const anchor = button.current?.getBoundingClientRect();
      const box = wrapper.current?.getBoundingClientRect();
      if (!anchor || !box) return;
      const width = el.offsetWidth;
      const viewport = document.documentElement.clientWidth;
      const left = Math.max(EDGE, Math.min(anchor.right - width, viewport - EDGE - width));
      el.style.left = `${left - box.left}px`;
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [open, settings.fontSize]);

  // Opening moves focus to the current text size (arrow keys then change it).
  useLayoutEffect(() => {
    if (open) panel.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onClickAway = (e: MouseEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) close(false);
    };
    document.addEventListener('click', onClickAway, true);
    return () => document.removeEventListener('click', onClickAway, true);
  }, [open, close]);

  return (
    <div
      ref={wrapper}
      className="settings"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.preventDefault();
          e.stopPropagation();
          close(true);
        }
      }}
      onBlur={(e) => {
        // Tabbing (or clicking a control) out of the button and panel closes the panel.
        const next = e.relatedTarget;
        if (open && next instanceof Node && !wrapper.current?.contains(next)) close(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="button icon-button settings-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        title={t('button')}
        onClick={() => setOpen((o) => !o)}
      >
        <SlidersIcon />
        <span className="visually-hidden">{t('button')}</span>
      </button>
      <div
        ref={panel}
        id={panelId}
        className="settings-panel"
        role="dialog"
        aria-labelledby={titleId}
        hidden={!open}
      >
        <h2 className="settings-title" id={titleId}>
          {t('title')}
        </h2>
        {/* Controls only while open: nothing hidden to prerender or hydrate. */}
        {open && (
          <>
            <button type="button" className="settings-close" onClick={() => close(true)}>
              <span aria-hidden="true">{'×'}</span>
              <span className="visually-hidden">{t('close')}</span>
            </button>
            <RadioGroup
              legend={t('fontSize.label')}
              name={`${id}font-size`}
              values={FONT_SIZES}
              value={settings.fontSize}
              label={(v) => t(`fontSize.${v}`)}
              onChange={(fontSize) => update({ fontSize })}
            />
            <RadioGroup
              legend={t('lineSpacing.label')}
              name={`${id}line-spacing`}
              values={LINE_SPACINGS}
              value={settings.lineSpacing}
              label={(v) => t(`lineSpacing.${v}`)}
              onChange={(lineSpacing) => update({ lineSpacing })}
            />
            <RadioGroup
              legend={t('theme.label')}
              name={`${id}theme`}
              values={THEMES}
              value={settings.theme}
              label={(v) => t(`theme.${v}`)}
              onChange={(theme) => update({ theme })}
              hint={{ id: `${id}theme-hint`, text: t('theme.hint') }}
            />
          </>
        )}
      </div>
    </div>
  );
}
