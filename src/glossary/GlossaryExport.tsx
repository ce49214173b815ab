import { useTranslation } from 'react-i18next';
import type { Article, Term } from '../model/model';
import { glossaryToCsv } from './exportCsv';
import { toExportTerms } from './exportTerms';
import { glossaryToTbx } from './exportTbx';
import { glossaryToTbxMartif } from './exportTbxMartif';

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

const TBX_TYPE = 'application/x-tbx+xml;charset=utf-8';

/**
 * Downloads the whole glossary as CSV (UTF-8 with BOM) or TBX: the martif form (TBX-Basic, TBX v2),
 * which translation tools read, and TBX v3 (ISO 30042:2019) for the tools that have moved on.
 */
export function GlossaryExport({ article, terms }: { article: Article; terms: Term[] }) {
  const { t } = useTranslation('glossary');
  const base = `dokhae-${article.slug}-glossary`;
  const rows = () => toExportTerms(terms);
  const tbxOptions = {
    title: `Dokhae glossary: ${article.meta.title.en}`,
    sourceDesc: `${article.meta.outlet.en}, ${article.meta.title.ko}`,
  };
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
          onClick={() => download(`${base}.tbx`, TBX_TYPE, glossaryToTbxMartif(rows(), tbxOptions))}
        >
          {t('view.exportTbx')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => download(`${base}-v3.tbx`, TBX_TYPE, glossaryToTbx(rows(), tbxOptions))}
        >
          {t('view.exportTbx3')}
        </button>
      </div>
    </div>
  );
}
