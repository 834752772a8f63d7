/**
 * The rank report as CSV files of one table each, so that pandas, a database import or Excel's
 * "from text" reads every file by its one header: the ranking (`--format csv`), and on request the
 * quotas, the groups and the files not scored. Each is the workbook's sheet of the same name
 * (workbook.ts) written as CSV: headers in the chosen language, numbers as numbers beside the
 * worded columns.
 */
import { sheetCsvChunks } from '../csv-sheet.js';
import type { FormatOptions } from '../types.js';
import type { RankReport } from './types.js';
import { groupsSheet, quotasSheet, rankingSheet, unscoredSheet } from './workbook.js';

export function rankCsvChunks(report: RankReport, options: FormatOptions): Generator<string> {
  return sheetCsvChunks(rankingSheet(report, options), { toFile: options.toFile === true });
}

/** The tables written to files of their own, by the option that names the file. */
export const RANK_CSV_TABLES = {
  quotasOutput: quotasSheet,
  groupsOutput: groupsSheet,
  unscoredOutput: unscoredSheet,
} as const;
export type RankCsvTable = keyof typeof RANK_CSV_TABLES;

export function rankTableCsvChunks(
  table: RankCsvTable,
  report: RankReport,
  options: FormatOptions,
): Generator<string> {
  return sheetCsvChunks(RANK_CSV_TABLES[table](report, options), { toFile: options.toFile === true });
}
