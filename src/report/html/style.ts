/**
 * The report's one stylesheet: A4 print with margins, a page break before each community,
 * table headers repeated on every page, text wrapping inside its cell, and a font stack of the
 * CJK fonts common on Windows, macOS and Linux (no font is downloaded).
 */
import type { Lang } from '../../model/localized.js';

export const FONTS: Record<Lang, string> = {
  'zh-CN':
    '"Microsoft YaHei", "微软雅黑", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "SimHei", "SimSun", sans-serif',
  'zh-TW':
    '"Microsoft JhengHei", "微軟正黑體", "PingFang TC", "Noto Sans CJK TC", "Source Han Sans TC", "WenQuanYi Micro Hei", "PMingLiU", "MingLiU", sans-serif',
  en: '"Segoe UI", "Helvetica Neue", Arial, "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif',
};

export function stylesheet(lang: Lang): string {
  return `
@page { size: A4; margin: 16mm 14mm 16mm 14mm; }
* { box-sizing: border-box; }
html { font-family: ${FONTS[lang]}; font-size: 10.5pt; color: #1a1a1a; line-height: 1.5; }
body { margin: 0 auto; max-width: 182mm; padding: 8mm 0; }
h1 { font-size: 18pt; margin: 0 0 4mm; color: #1d3f6e; }
h2 { font-size: 14pt; margin: 8mm 0 3mm; color: #1d3f6e; border-bottom: 1.5pt solid #1d3f6e; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 12pt; margin: 6mm 0 2mm; break-after: avoid; }
h4 { font-size: 10.5pt; margin: 4mm 0 1.5mm; break-after: avoid; }
p { margin: 1.5mm 0; }
a { color: #1d3f6e; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; margin: 2mm 0 4mm; }
dl.facts dt { color: #555; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
nav.toc ol { padding-left: 6mm; margin: 1mm 0; }
nav.toc li { margin: 0.5mm 0; }
svg.chart { display: block; max-width: 100%; height: auto; margin: 2mm 0; font-family: inherit; }
figure { margin: 2mm 0 4mm; break-inside: avoid; }
figcaption { font-size: 9pt; color: #555; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 2mm 0 4mm; font-size: 9pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.5pt solid #b9b9b9; padding: 1mm 1.5mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; word-break: break-word; }
th { background: #eef2f8; font-weight: bold; }
th[data-sort] { cursor: pointer; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.veto td { background: #fbeaea; }
tr.section th { background: #f5f7fa; text-align: left; font-weight: bold; color: #1d3f6e; }
td.status-met { color: #1d6b35; }
td.status-unmet, td.status-vetoed { color: #a12a1f; font-weight: bold; }
td.status-partial { color: #8a5a00; }
td.status-no-data { color: #555; font-style: italic; }
.quote { color: #444; font-size: 8.5pt; }
.quota { margin: 2mm 0 4mm; break-inside: avoid; }
.quota .sentence { margin: 0; }
.quota.short .sentence, .quota.over .sentence { color: #a12a1f; }
.quota ul { margin: 1mm 0 0; padding-left: 6mm; font-size: 9pt; }
.aside { display: inline-block; }
.badge { display: inline-block; padding: 0 2mm; border: 0.75pt solid #1d3f6e; border-radius: 1mm; font-size: 9pt; }
.badge.none { border-style: dashed; color: #555; }
.summary { margin: 2mm 0; padding: 2mm 3mm; background: #f5f7fa; border-left: 1mm solid #1d3f6e; }
.summary p { margin: 0.5mm 0; }
section.table-section { break-before: page; }
section.plan-section { break-before: page; }
table.plan td { font-size: 8.5pt; }
table.plan tr.lift td { border-top: 1pt solid #1d3f6e; }
ul.plan-lines { margin: 1mm 0 2mm; padding-left: 6mm; font-size: 9pt; }
ul.plan-lines li.sub { list-style: none; margin-left: 4mm; color: #1d6b35; }
p.subtotal { font-weight: bold; margin: 1mm 0 4mm; }
.summary p.warn { color: #a12a1f; }
section.table-section:first-of-type { break-before: auto; }
article.community { break-before: page; }
h2.communities-heading { break-before: page; }
h2.communities-heading ~ article.community:first-of-type { break-before: auto; }
.note { color: #555; font-size: 9pt; }
table.bulletin { font-size: 8.5pt; }
table.bulletin tr { break-inside: avoid; }
table.bulletin tr.overstated td:nth-child(6) { color: #8a5a00; font-weight: bold; }
table.bulletin tr.overdue td:nth-child(8) { color: #a12a1f; font-weight: bold; }
table.evidence { font-size: 9pt; }
table.evidence tr { break-inside: avoid; }
ul.evidence-findings { font-size: 9pt; padding-left: 1.2em; }
.back { font-size: 8.5pt; }
.verdict { break-inside: avoid; }
table.criteria tbody { break-inside: avoid; }
nav.toc.paged a { display: flex; gap: 2mm; align-items: baseline; }
nav.toc.paged .toc-title { flex: 1; border-bottom: 0.5pt dotted #b9b9b9; }
nav.toc.paged .toc-page { min-width: 8mm; text-align: right; }
footer { margin-top: 8mm; font-size: 8.5pt; color: #555; border-top: 0.5pt solid #b9b9b9; padding-top: 2mm; }
footer.colophon { margin: 2mm 0 4mm; border-top: 0; padding-top: 0; }
footer.colophon p { margin: 0.5mm 0; }
@media print {
  body { max-width: none; padding: 0; }
  .screen-only { display: none; }
  a { color: inherit; text-decoration: none; }
  article.community { line-height: 1.3; font-size: 10pt; }
  article.community table { font-size: 8.5pt; }
  article.community .quote { font-size: 8pt; }
  article.community h3 { margin-top: 0; }
  article.community h4 { margin: 2.5mm 0 1mm; }
  article.community svg.chart { margin: 1mm 0; }
  article.community table { margin: 1mm 0 2mm; }
  article.community th, article.community td { padding: 0.6mm 1.2mm; }
  article.community .summary { margin: 1.5mm 0; padding: 1.5mm 3mm; }
}
`;
}
