import { useTranslation } from 'react-i18next';
import type { Interlinear } from '../state/useInterlinear';

/** Two independent switches: romanization and/or English gloss above each Korean word. */
export function InterlinearToggles({
  value,
  onChange,
}: {
  value: Interlinear;
  onChange: (patch: Partial<Interlinear>) => void;
}) {
  const { t } = useTranslation('words');
  return (
    <fieldset className="segmented segmented-small toggles">
      <legend>{t('display.label')}</legend>
      {(['roman', 'gloss'] as const).map((key) => (
        <label key={key} className="segment">
          <input
            type="checkbox"
            checked={value[key]}
            onChange={(e) => onChange({ [key]: e.target.checked })}
          />
          <span>{t(`display.${key}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
