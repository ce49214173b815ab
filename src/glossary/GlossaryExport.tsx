import { useTranslation } from 'react-i18next';
import type { Article, Term } from '../model/model';
import { glossaryToCsv } from './exportCsv';
import { toExportTerms } from './exportTerms';
import { glossaryToTbx } from './exportTbx';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Downloads the whole glossary as CSV (UTF-8 with BOM) or TBX. */
export function GlossaryExport({ article, terms }: { article: Article; terms: Term[] }) {
  const { t } = useTranslation('glossary');
  const base = `dokhae-${article.slug}-glossary`;
  const rows = () => toExportTerms(terms);
  return (
    <div className="field export" role="group" aria-labelledby="export-label">
      <span id="export-label" className="field-label">
        {t('view.export')}
      </span>
      <div className="export-buttons">
        <button
          type="button"
          className="button"
          onClick={() => download(`${base}.csv`, 'text/csv;charset=utf-8', glossaryToCsv(rows()))}
        >
          {t('view.exportCsv')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            download(
              `${base}.tbx`,
              'application/x-tbx+xml;charset=utf-8',
              glossaryToTbx(rows(), {
                title: `Dokhae glossary: ${article.meta.title.en}`,
                sourceDesc: `${article.meta.outlet.en}, ${article.meta.title.ko}`,
              }),
            )
          }
        >
          {t('view.exportTbx')}
        </button>
      </div>
    </div>
  );
}
