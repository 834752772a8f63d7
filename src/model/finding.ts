/** Findings are data: a stable code, a severity, where, and the parameters the message needs. */
import type { AllOptional, FindingCode, ParamsOf, SeverityOf } from './codes/index.js';

export type { FindingCode } from './codes/index.js';
export type Severity = 'error' | 'warning' | 'info';
export type Path = readonly (string | number)[];
/** A finding's parameters: a list (`list` in its code's declaration) is worded at the edge. */
export type Params = Record<string, string | number | readonly string[]>;

/** Where in a file: a line and column of text, or (with `sheet`) a workbook's row and column. */
export interface Position {
  line: number;
  column: number;
  /** A workbook's sheet: then line is the row number and column the column number (C = 3). */
  sheet?: string;
}

export interface Finding {
  code: FindingCode;
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

/** A finding; its parameters are those src/model/codes/ declares for the code, no more, no fewer. */
export function finding<C extends FindingCode>(
  code: C,
  severity: SeverityOf<C>,
  ...[params, path]: AllOptional<ParamsOf<C>> extends true
    ? [params?: ParamsOf<C>, path?: Path]
    : [params: ParamsOf<C>, path?: Path]
): Finding {
  const p = (params ?? {}) as Params;
  const s = severity as Severity;
  return path ? { code, severity: s, params: p, path } : { code, severity: s, params: p };
}

export const hasErrors = (findings: readonly Finding[]): boolean =>
  findings.some((f) => f.severity === 'error');
