/** Findings are data: a stable code, a severity, where, and the parameters the message needs. */
import type { MessageCode } from '../i18n/catalog.js';

export type Severity = 'error' | 'warning' | 'info';
export type Path = readonly (string | number)[];
export type Params = Record<string, string | number>;

/** Where in a file: a line and column of text, or (with `sheet`) a workbook's row and column. */
export interface Position {
  line: number;
  column: number;
  /** A workbook's sheet: then line is the row number and column the column number (C = 3). */
  sheet?: string;
}

export interface Finding {
  code: MessageCode;
  severity: Severity;
  params: Params;
  /** The file the finding is about, as the user named it. */
  file?: string;
  /** Where in the parsed document (keys and indexes); resolved to line:column by the loader. */
  path?: Path;
  line?: number;
  column?: number;
  /** Set for a finding in a workbook (line = row, column = column number): see place.ts. */
  sheet?: string;
}

export function finding(code: MessageCode, severity: Severity, params: Params = {}, path?: Path): Finding {
  return path ? { code, severity, params, path } : { code, severity, params };
}

export const hasErrors = (findings: readonly Finding[]): boolean =>
  findings.some((f) => f.severity === 'error');
