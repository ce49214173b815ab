import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUT_HELP } from './shortcuts';

/**
 * The keyboard shortcuts, in a modal dialog (Esc closes it, focus returns to the opener). Its
 * list is rendered only while it is open: the page neither prerenders nor hydrates a hidden table.
 */
export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="help-title" onClose={onClose}>
      <h2 id="help-title">{t('help.title')}</h2>
      {open && (
        <>
          <p>{t('help.intro')}</p>
          <table className="shortcuts">
            <tbody>
              {SHORTCUT_HELP.map(({ keys, label }) => (
                <tr key={label}>
                  <th scope="row">
                    {keys.map((k) => (
                      <kbd key={k}>{k}</kbd>
                    ))}
                  </th>
                  <td>{t(`help.keys.${label}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="button" onClick={onClose} autoFocus>
            {t('help.close')}
          </button>
        </>
      )}
    </dialog>
  );
}
