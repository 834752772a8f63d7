/** Finding codes of the sheet area (see index.ts for how to add one). */
import { defineCodes } from './define.js';

export const sheetCodes = defineCodes({
  'sheet.csv-syntax': { severity: 'error', params: { detail: 'string' } },
  'sheet.csv-quote-not-closed': { severity: 'error', params: {} },
  'sheet.csv-quote-closing': { severity: 'error', params: {} },
  'sheet.csv-quote-opening': { severity: 'error', params: {} },
  'sheet.duplicate-column': { params: { header: 'string', key: 'string', first: 'string' } },
  'sheet.ambiguous-column': {
    severity: 'error',
    params: { header: 'string', key: 'string', first: 'string' },
  },
  'sheet.ambiguous-value': { severity: 'error', params: { key: 'string' } },
  'sheet.facility-value': { severity: 'error', params: { facility: 'string', raw: 'string' } },
  'sheet.formula-no-value': { severity: 'warning', params: {} },
  /** A community's row hidden in the workbook: read and scored, but said. */
  'sheet.hidden-row': { severity: 'warning', params: {} },
  /** A column hidden in the workbook whose values are read: said once per column of a sheet. */
  'sheet.hidden-column': { severity: 'warning', params: { column: 'text', header: 'string' } },
  /**
   * A sheet hidden in the workbook with a table of communities under a header naming an id
   * column: not read (hidden sheets often hold old or draft figures), but said, with its rows.
   */
  'sheet.hidden-sheet': {
    severity: 'warning',
    // more: 'yes' when the sheet was counted only up to a bound of its own (at least `rows`).
    params: { sheet: 'string', rows: 'number', more: 'string?' },
  },
  /** A period cell holding a date that could be a year or a month (a period column's 1 January). */
  'sheet.period-date': { severity: 'error', params: { date: 'string', year: 'number', month: 'string' } },
  /** A year typed into a cell formatted as a date (2005 shown as 1905-06-27): read as the year. */
  'sheet.period-date-number': { severity: 'warning', params: { date: 'string', year: 'number' } },
  'sheet.formula-value': { severity: 'warning', params: { formula: 'string', cells: 'string' } },
  'sheet.legacy-format': { severity: 'error', params: { ext: 'string' } },
  'sheet.no-data-sheet': { severity: 'error', params: {} },
  /** A sheet with no facility column, for a rubric with a facilities checklist: a row's "no facilities list". */
  'sheet.no-facility-columns': { severity: 'error', params: {} },
  /** A row that names no rubric (no 评分细则 column, or its cell empty) and no --rubric: rubric.none in a sheet's words. */
  'sheet.no-rubric': { severity: 'error', params: {} },
  /**
   * A sheet with an id column and no column of the rubric's metrics, facilities or evidence (last
   * year's scores), after a sheet of self-assessments: not read.
   */
  'sheet.no-metric-columns': { params: { sheet: 'string' } },
  'sheet.no-rows': { severity: 'warning', params: { sheet: 'string' } },
  'sheet.unknown-column': { params: { header: 'string', rubric: 'string', suggestion: 'string?' } },
  'sheet.unreadable': { severity: 'error', params: { detail: 'string' } },
  'sheet.incomplete': { severity: 'error', params: {} },
  'sheet.password': { severity: 'error', params: {} },
  'sheet.old-format-renamed': { severity: 'error', params: {} },
  'sheet.not-workbook': { severity: 'error', params: {} },
  'sheet.headerless-column': { params: { column: 'text' } },
  'sheet.totals-row': { severity: 'info', params: { label: 'string' } },
  'sheet.group-row': { severity: 'info', params: { label: 'string' } },
  'sheet.note-row': { severity: 'info', params: { label: 'string' } },
  'sheet.id-row-cell': { severity: 'warning', params: { text: 'string' } },
  // Bounds on the work of reading a spreadsheet (src/sheets/sheet-limits.ts), all from --max-size.
  'sheet.inflated-too-large': { severity: 'error', params: { limit: 'text', 'max-size': 'text' } },
  'sheet.too-many-rows': { severity: 'error', params: { limit: 'text', 'max-size': 'text' } },
  'sheet.too-many-columns': { severity: 'error', params: { limit: 'text', 'max-size': 'text' } },
  'sheet.too-many-sheets': { severity: 'error', params: { limit: 'text', 'max-size': 'text' } },
  'sheet.too-many-strings': { severity: 'error', params: { limit: 'text', 'max-size': 'text' } },
  'sheet.row-too-large': { severity: 'error', params: { limit: 'text', 'max-size': 'text' } },
});

/**
 * What whoever reviews a workbook in Excel or WPS does not see, yet is read and scored (a hidden
 * row or column, a year typed into a date cell): said by every command, of a scored row too.
 */
export function unseenInWorkbook(code: string): boolean {
  return code === 'sheet.hidden-row' || code === 'sheet.hidden-column' || code === 'sheet.period-date-number';
}
