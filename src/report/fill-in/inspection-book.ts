/**
 * The inspectors' template (`civscore init --inspections --format xlsx`): a sheet of records to
 * fill in on site, headed with the columns the inspections reader knows, in the catalogue's words
 * (`inspection.book.*`: 社区编号, 督查日期…; 社區編號, 整改時限…; community, date…), a drop-down for
 * the kind (明查/暗访/复查; 暗訪, 複查), a row per community of --roster if given; then the
 * rubric's metrics (id, title, unit) and how to fill it in. The notes' sheets name none of the
 * reader's columns, so they are never read as records. The same template as YAML (`inspectionsYaml`).
 */
import { message } from '../../i18n/catalog.js';
import type { RosterCommunity } from '../../load/roster.js';
import { INSPECTION_FIELDS } from '../../model/inspection.js';
import type { Lang } from '../../model/localized.js';
import { pick } from '../../model/localized.js';
import type { Rubric } from '../../model/rubric.js';
import type { RowSpec, WorkbookSpec } from '../../sheets/workbook-spec.js';
import { unitWords } from '../labels.js';
import { displayWidth } from '../text-width.js';

export interface InspectionBookOptions {
  lang: Lang;
  period: string | number;
  roster?: readonly RosterCommunity[];
}

/** The record sheet's columns, in the reader's order: each header is the catalogue's word. */
const COLUMNS = ['community', 'name', ...INSPECTION_FIELDS.slice(1)] as const;
const WIDTHS = [14, 16, 24, 12, 30, 12, 14, 12, 8, 12, 8, 8];
const KINDS = ['announced', 'unannounced', 'reinspection'] as const;

/**
 * The record sheet's headers in the inspector's words (社区编号, 督查日期…; 社區編號, 整改時限…;
 * community, date…): every one a header the inspections reader knows.
 */
export const inspectionHeaders = (lang: Lang): string[] =>
  COLUMNS.map((c) => message(lang, `inspection.book.col.${c}`));

/** The kinds of inspection as the drop-down offers them (明查/暗访/复查; 暗訪, 複查; the English ids). */
export const inspectionKindWords = (lang: Lang): string[] =>
  KINDS.map((k) => message(lang, `inspection.book.kind.${k}`));

export function inspectionWorkbook(rubric: Rubric, o: InspectionBookOptions): WorkbookSpec {
  const headers = inspectionHeaders(o.lang);
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
          { column: 8, values: inspectionKindWords(o.lang) },
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
          values: [id, pick(m.title, o.lang) || id, unitWords(o.lang, m.type, m.title)],
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

/** An inspections YAML file to fill in: one commented record per community (or one example). */
export function inspectionsYaml(
  rubric: Rubric,
  o: { lang: Lang; period: string; communities?: readonly { id: string }[] },
): string {
  const w = (code: Parameters<typeof message>[1]) => message(o.lang, code);
  const metric = Object.keys(rubric.metrics)[0] ?? 'metric';
  const ids = o.communities?.length ? o.communities.map((c) => c.id) : ['community-id'];
  const kinds = inspectionKindWords(o.lang);
  /** A key and its value, then its note at column 22 (as wide as the terminal shows it). */
  const noted = (field: string, note: string) =>
    `${field}${' '.repeat(Math.max(1, 22 - displayWidth(field)))}# ${note}`;
  const lines = [
    '# yaml-language-server: $schema=https://civscore.invalid/schemas/inspections.schema.json',
    `# civscore rank <files> --inspections <this file>   (rubric: ${rubric.id})`,
    `inspections: ${w('inspection.template-title')}`,
    `period: ${o.period}`,
    'records:',
  ];
  for (const id of ids)
    lines.push(
      `  - community: ${id}`,
      `    metric: ${metric}`,
      noted('    value:', w('inspection.book.yaml.value')),
      noted('    finding:', w('inspection.book.yaml.finding')),
      noted('    date:', w('inspection.book.yaml.date')),
      noted('    inspector:', w('inspection.book.yaml.inspector')),
      noted(`    kind: ${kinds[1]}`, kinds.join(' | ')),
      noted('    # deduct: 2', w('inspection.book.yaml.deduct')),
      noted('    # deadline:', w('inspection.book.yaml.deadline')),
    );
  return `${lines.join('\n')}\n`;
}
