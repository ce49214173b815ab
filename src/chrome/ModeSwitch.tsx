import { useTranslation } from 'react-i18next';
import { MODES, type Mode } from '../state/mode';

/** The reading-mode switch: a labelled radio group shown as a segmented control. */
export function ModeSwitch({ mode, onChange }: { mode: Mode; onChange: (m: Mode) => void }) {
  const { t } = useTranslation('reader');
  return (
    <fieldset className="segmented">
      <legend>{t('mode.label')}</legend>
      {MODES.map((m, i) => (
        <label key={m} className="segment">
          <input
            type="radio"
            name="mode"
            value={m}
            checked={mode === m}
            onChange={() => onChange(m)}
          />
          <span>{t(`mode.${m}`)}</span>
          <kbd className="segment-key" aria-hidden="true">
            {i + 1}
          </kbd>
        </label>
      ))}
    </fieldset>
  );
}
