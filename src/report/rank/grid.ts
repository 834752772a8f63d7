/**
 * Plain aligned text tables that count CJK characters as two columns. Linear in the number of
 * cells (cli-table3 does not finish 100,000 rows in reasonable time), for the ranking's size.
 */

import { displayWidth } from '../text-width.js';

export { displayWidth };

export interface GridColumn {
  head: string;
  align?: 'left' | 'right';
  /** The column's values repeat from row to row: their widths are remembered. */
  repeats?: boolean;
}

/** A table's rows, read cell by cell: a province's ranking is never held as a matrix of cells. */
export interface GridRows {
  count: number;
  /** The text of a cell. */
  cell(row: number, column: number): string;
  /** The cell's display width, where it is known without building the text (a name and an id). */
  width?(row: number, column: number): number | undefined;
}

/** At most this many distinct values of a `repeats` column have their widths remembered. */
const MEMO = 4096;
/** Lines are handed on in pieces of about this many characters. */
const CHUNK = 65536;

/**
 * Header, a rule, then rows, as pieces of whole lines (each ending in a newline) of about 64 KB;
 * columns two spaces apart; the last column is not padded; no line ends in spaces. Widths are
 * measured once per cell (or given by `rows.width`) and kept in one typed array, so the text of a
 * cell is built once, when its line is.
 */
export function* gridChunks(columns: readonly GridColumn[], rows: GridRows): Generator<string> {
  const n = columns.length;
  const count = rows.count;
  const widths = columns.map((c) => displayWidth(c.head));
  const cellWidths = new Uint32Array(count * n);
  const memo = columns.map((c) => (c.repeats ? new Map<string, number>() : undefined));
  const measure = (c: number, text: string): number => {
    const m = memo[c];
    if (!m) return displayWidth(text);
    let w = m.get(text);
    if (w === undefined) {
      w = displayWidth(text);
      if (m.size < MEMO) m.set(text, w);
    }
    return w;
  };
  for (let r = 0, at = 0; r < count; r++) {
    for (let c = 0; c < n; c++, at++) {
      const w = rows.width?.(r, c) ?? measure(c, rows.cell(r, c));
      cellWidths[at] = w;
      if (w > widths[c]!) widths[c] = w;
    }
  }
  const right = columns.map((c) => c.align === 'right');
  let spaces = ' '.repeat(64);
  const pad = (k: number): string => {
    if (k > spaces.length) spaces = ' '.repeat(k * 2);
    return k > 0 ? spaces.slice(0, k) : '';
  };
  /** One line: cell c's text and width; the last column is padded only when right-aligned. */
  const cellText = (c: number, text: string, width: number): string => {
    if (c === n - 1) return right[c] ? pad(widths[c]! - width) + text : text;
    return right[c] ? `${pad(widths[c]! - width) + text}  ` : `${text + pad(widths[c]! - width)}  `;
  };
  let buf = '';
  for (let c = 0; c < n; c++) buf += cellText(c, columns[c]!.head, displayWidth(columns[c]!.head));
  buf = `${buf.trimEnd()}\n${widths.map((w) => '─'.repeat(w)).join('  ')}\n`;
  for (let r = 0, at = 0; r < count; r++) {
    let line = '';
    for (let c = 0; c < n; c++, at++) line += cellText(c, rows.cell(r, c), cellWidths[at]!);
    buf += `${line.trimEnd()}\n`;
    if (buf.length >= CHUNK) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}
