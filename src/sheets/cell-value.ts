/**
 * An exceljs cell value to the scalar the YAML path would have read: a percentage-formatted
 * number becomes `85%`, a formula its saved result, rich text its text, an error value its text
 * (`#DIV/0!`, which no metric accepts), a date `YYYY-MM-DD` (or as its format shows it: `YYYY-MM`); text without the apostrophe that
 * escaped a formula (`'=1+1` is the text `=1+1`, as Excel shows it).
 */

import type { CellScalar } from './sheet-row.js';
import { unescapeText } from './spreadsheet-cell.js';

export interface ReadCell {
  value: CellScalar;
  formulaWithoutValue?: boolean;
}

/** 0.85 shown as 85% → "85%", without binary noise (0.85 × 100 = 85.00000000000001). */
export function percentText(n: number): string {
  return `${Number((n * 100).toPrecision(12))}%`;
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * A date cell as its number format shows it: a month (`yyyy-mm`, `mmm-yy`, `yyyy"年"m"月"`: what
 * Excel makes of a typed `2005-03`) as `2005-03`, a year alone (`yyyy`) as `2005`, anything else as
 * the whole date `2005-03-01`. A period cell is read as what its reviewer sees. A date before 1949
 * (no period) is given whole: it is a number typed into a date cell, and the reader says so.
 */
function shownDate(d: Date, numFmt: string | undefined): string {
  const iso = isoDate(d);
  const codes = (numFmt ?? '')
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .toLowerCase();
  // Before 1949 no period: a number typed into a date cell (120 shows as 1900), kept whole to be said.
  if (!/y/.test(codes) || /[dhs]/.test(codes) || d.getUTCFullYear() < 1949) return iso;
  return /m/.test(codes) ? iso.slice(0, 7) : iso.slice(0, 4);
}

export function cellScalar(value: unknown, numFmt?: string): ReadCell {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'number') {
    if (numFmt?.includes('%') && Number.isFinite(value)) return { value: percentText(value) };
    return { value };
  }
  if (typeof value === 'string') return { value: unescapeText(value) };
  if (typeof value === 'boolean') return { value };
  if (value instanceof Date)
    return { value: Number.isNaN(value.getTime()) ? null : shownDate(value, numFmt) };
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) {
      if (o.result === undefined || o.result === null) return { value: null, formulaWithoutValue: true };
      return cellScalar(o.result, numFmt);
    }
    if (Array.isArray(o.richText))
      return {
        value: unescapeText(o.richText.map((r) => String((r as { text?: unknown }).text ?? '')).join('')),
      };
    if ('error' in o) return { value: String(o.error) };
    if ('text' in o) return cellScalar(o.text, numFmt);
  }
  return { value: String(value) };
}
