/**
 * The trend as CSV: one row per community and period (a long table that spreadsheets pivot and
 * databases import), one header in the chosen language, UTF-8 with a byte-order mark and CRLF,
 * numbers as numbers. It is the periods sheet of the trend workbook (workbook.ts).
 */
import { sheetCsvChunks } from '../csv-sheet.js';
import type { Formatter } from '../types.js';
import type { TrendReport } from './types.js';
import { periodsSheet } from './workbook.js';

export const trendCsv: Formatter<TrendReport> = (report, options) =>
  [...sheetCsvChunks(periodsSheet(report, options), { toFile: options.toFile === true })].join('');
