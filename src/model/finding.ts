/** Findings are data: a stable code, a severity, where, and the parameters the message needs. */
import type { MessageCode } from '../i18n/catalog.js';

export type Severity = 'error' | 'warning' | 'info';
export type Path = readonly (string | number)[];
export type Params = Record<string, string | number>;

export interface Position {
  line: number;
  column: number;
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
}

export function finding(code: MessageCode, severity: Severity, params: Params = {}, path?: Path): Finding {
  return path ? { code, severity, params, path } : { code, severity, params };
}

export const hasErrors = (findings: readonly Finding[]): boolean =>
  findings.some((f) => f.severity === 'error');
