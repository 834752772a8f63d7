/**
 * The inspectors' template (`civscore init --inspections --format xlsx`): a sheet of records to
 * fill in on site, headed with the columns the inspections reader knows (社区编号, 指标, 督查值,
 * 发现问题, 督查日期, 督查人, 督查方式, 扣分, 整改时限, 已整改, 年度; in Taiwan's characters for zh-TW,
 * 社區編號, 整改時限…), a drop-down for the kind (明查/暗访/复查; 暗訪, 複查), a row
 * per community of --roster if given; then the rubric's metrics (id, title, unit) and how to
 * fill it in. The notes' sheets name none of the reader's columns, so they are never read as records.
 */
import { message } from '../../i18n/catalog.js';
import type { RosterCommunity } from '../../load/roster.js';
import type { Lang } from '../../model/localized.js';
import { pick } from '../../model/localized.js';
import type { Rubric } from '../../model/rubric.js';
import type { RowSpec, WorkbookSpec } from '../../sheets/workbook-spec.js';

export interface InspectionBookOptions {
  lang: Lang;
  period: string | number;
  roster?: readonly RosterCommunity[];
}

type Script = 'zh' | 'tw' | 'en';
/** Which of the tables below a language reads. */
const SCRIPT: Record<Lang, Script> = { 'zh-CN': 'zh', 'zh-TW': 'tw', en: 'en' };

/** The record sheet's headers, in the inspector's words (the reader folds traditional characters). */
const HEADERS: Record<Script, string[]> = {
  zh: [
    '社区编号',
    '社区名称',
    '指标',
    '督查值',
    '发现问题',
    '督查日期',
    '督查人',
    '督查方式',
    '扣分',
    '整改时限',
    '已整改',
    '年度',
  ],
  tw: [
    '社區編號',
    '社區名稱',
    '指標',
    '督查值',
    '發現問題',
    '督查日期',
    '督查人',
    '督查方式',
    '扣分',
    '整改時限',
    '已整改',
    '年度',
  ],
  en: [
    'community',
    'name',
    'metric',
    'value',
    'finding',
    'date',
    'inspector',
    'kind',
    'deduct',
    'deadline',
    'fixed',
    'period',
  ],
};
const WIDTHS = [14, 16, 24, 12, 30, 12, 14, 12, 8, 12, 8, 8];
const KINDS: Record<Script, string[]> = {
  zh: ['明查', '暗访', '复查'],
  tw: ['明查', '暗訪', '複查'],
  en: ['announced', 'unannounced', 'reinspection'],
};

export function inspectionWorkbook(rubric: Rubric, o: InspectionBookOptions): WorkbookSpec {
  const script = SCRIPT[o.lang];
  const headers = HEADERS[script];
  const rows: RowSpec[] = (o.roster ?? []).map((c) => ({
    values: [c.id, c.name, null, null, null, null, null, null, null, null, null, String(o.period)],
  }));
  const w = (code: Parameters<typeof message>[1]) => message(o.lang, code);
  return {
    sheets: [
      {
        name: w('inspection.template-title'),
        columns: headers.map((header, i) => ({
          header,
          width: WIDTHS[i]!,
          ...(i === 4 ? { wrap: true } : {}),
        })),
        rows,
        table: true,
        lists: [
          { column: 8, values: KINDS[script] },
          { column: 11, values: [message(o.lang, 'fillin.yes'), message(o.lang, 'fillin.no')] },
        ],
      },
      {
        name: w('inspection.template-metrics'),
        columns: [
          { header: w('inspection.template-metric-id'), width: 28 },
          { header: w('inspection.template-metric-title'), width: 36 },
          { header: w('inspection.template-metric-unit'), width: 12 },
        ],
        rows: Object.entries(rubric.metrics).map(([id, m]) => ({
          values: [id, pick(m.title, o.lang) || id, message(o.lang, `authoring.unit.${m.type}`)],
        })),
      },
      {
        name: w('inspection.template-notes'),
        columns: [{ header: w('inspection.template-notes'), width: 100, wrap: true }],
        rows: (['1', '2', '3', '4', '5'] as const).map((n) => ({
          values: [w(`inspection.template-note-${n}`)],
        })),
      },
    ],
  };
}
