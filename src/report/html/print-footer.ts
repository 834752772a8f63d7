/**
 * The footer Chromium prints on every page of the PDF: the report's title and "第 x 页 / 共 y 页".
 * A template for page.pdf: Chromium fills the `pageNumber` and `totalPages` spans. It is drawn in
 * the page's bottom margin, apart from the document, so it carries its own font and size.
 */
import { message } from '../../i18n/catalog.js';
import type { Lang } from '../../model/localized.js';
import { esc } from './escape.js';
import { FONTS } from './style.js';

const PAGE = '@@page@@';
const TOTAL = '@@total@@';

export function printFooter(lang: Lang, title: string): string {
  const pages = esc(message(lang, 'report.page-of', { page: PAGE, total: TOTAL }))
    .replace(PAGE, '<span class="pageNumber"></span>')
    .replace(TOTAL, '<span class="totalPages"></span>');
  const font = FONTS[lang].replace(/"/g, "'");
  return `<div style="box-sizing:border-box;width:100%;padding:0 14mm;font-family:${font};font-size:8pt;color:#555;display:flex;justify-content:space-between"><span>${esc(title)}</span><span>${pages}</span></div>`;
}
