/** What the validate formatters receive: every file with its findings, and the totals. */
import type { FileReport } from '../types.js';

export interface ValidateSummary {
  files: number;
  invalid: number;
  errors: number;
  warnings: number;
  notes: number;
}

export interface ValidateReport {
  /** Sorted by path; each file's findings sorted by line and column. */
  files: FileReport[];
  summary: ValidateSummary;
  /** --max-warnings, when given, and whether the warnings went over it. */
  maxWarnings?: number;
  tooManyWarnings: boolean;
  tool: { name: string; version: string };
}
