/** What the validate formatters receive: every file with its findings, and the totals. */
import type { Position } from '../../model/finding.js';
import type { FileReport } from '../types.js';

export interface ValidateSummary {
  /** Files named or found: YAML files, workbooks and CSV files. */
  files: number;
  /** Files with an error. */
  invalid: number;
  /** Self-assessments checked: a YAML file's one, a workbook's or CSV file's each row (one if none could be read). */
  submissions: number;
  /** Rows of workbooks and CSV files, and how many such files. */
  rows: number;
  sheets: number;
  /** Self-assessments with an error. */
  invalidSubmissions: number;
  errors: number;
  warnings: number;
  notes: number;
}

/** A workbook's or CSV file's row: one self-assessment, where it is, and what was found in it. */
export interface SheetRowPlace {
  /** Its id cell (sheet, row, column), or a CSV record's first line. */
  at: Position;
  errors: number;
  warnings: number;
}

export interface ValidateReport {
  /** Sorted by path; each file's findings sorted by line and column. */
  files: FileReport[];
  /** Each workbook's and CSV file's rows, by file, in order (absent when there are none). */
  rows?: ReadonlyMap<string, readonly SheetRowPlace[]>;
  summary: ValidateSummary;
  /** --max-warnings, when given, and whether the warnings went over it. */
  maxWarnings?: number;
  tooManyWarnings: boolean;
  tool: { name: string; version: string };
}
