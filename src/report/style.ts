/** Colour, or none: one small interface so formatters never ask the terminal themselves. */
import { Chalk } from 'chalk';
import type { Status } from '../engine/result.js';
import type { Severity } from '../model/finding.js';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  status(status: Status, s: string): string;
  severity(sev: Severity, s: string): string;
}

export function makeStyle(color: boolean): Style {
  const c = new Chalk({ level: color ? 1 : 0 });
  const byStatus: Record<Status, (s: string) => string> = {
    met: c.green,
    partial: c.yellow,
    unmet: c.red,
    vetoed: c.bgRed.white,
    exempt: c.cyan,
    'no-data': c.magenta,
  };
  const bySeverity: Record<Severity, (s: string) => string> = {
    error: c.red,
    warning: c.yellow,
    info: c.cyan,
  };
  return {
    bold: (s) => c.bold(s),
    dim: (s) => c.dim(s),
    status: (st, s) => byStatus[st](s),
    severity: (sev, s) => bySeverity[sev](s),
  };
}
