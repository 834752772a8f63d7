/**
 * Plain aligned text tables that count CJK characters as two columns. Linear in the number of
 * cells (cli-table3 does not finish 100,000 rows in reasonable time), for the ranking's size.
 */

import { terminalText } from '../escape/terminal.js';
import { fitWidths } from '../fit-widths.js';
import { displayWidth, truncateToWidth } from '../text-width.js';

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
/** No cell is wider than this, whatever the width: one enormous name cannot pad every row. */
export const GRID_CELL_LIMIT = 60;
/** A text column is not narrowed below this; numbers are never cut. */
const MIN_COLUMN = 6;

export interface GridOptions {
  /** Columns a line may take; undefined: no limit (but cells stop at GRID_CELL_LIMIT). */
  width?: number;
  /** Between a heading and its value when rows are stacked (`: ` or `：`). */
  separator?: string;
}

/**
 * Header, a rule, then rows, as pieces of whole lines (each ending in a newline) of about 64 KB;
 * columns two spaces apart; the last column is not padded; no line ends in spaces. Widths are
 * measured once per cell (or given by `rows.width`) and kept in one typed array, so the text of a
 * cell is built once, when its line is. Cells are shown with terminalText (the widths given must
 * be of that text); a cell wider than its column is cut with an ellipsis, so each community keeps
 * one line. When even the narrowest columns do not fit the width, each row is a block of
 * `heading: value` lines.
 */
export function* gridChunks(
  columns: readonly GridColumn[],
  rows: GridRows,
  { width, separator = ': ' }: GridOptions = {},
): Generator<string> {
  const n = columns.length;
  const count = rows.count;
  const heads = columns.map((c) => terminalText(c.head));
  const natural = heads.map((h) => Math.min(displayWidth(h), GRID_CELL_LIMIT));
  const cellWidths = new Uint32Array(count * n);
  const memo = columns.map((c) => (c.repeats ? new Map<string, number>() : undefined));
  const measure = (c: number, text: string): number => {
    const m = memo[c];
    if (!m) return displayWidth(terminalText(text));
    let w = m.get(text);
    if (w === undefined) {
      w = displayWidth(terminalText(text));
      if (m.size < MEMO) m.set(text, w);
    }
    return w;
  };
  for (let r = 0, at = 0; r < count; r++) {
    for (let c = 0; c < n; c++, at++) {
      const w = rows.width?.(r, c) ?? measure(c, rows.cell(r, c));
      cellWidths[at] = w;
      if (w > natural[c]!) natural[c] = Math.min(w, GRID_CELL_LIMIT);
    }
  }
  const right = columns.map((c) => c.align === 'right');
  const narrowest = natural.map((w, c) => (right[c] ? w : Math.min(w, MIN_COLUMN)));
  const room = width === undefined ? Infinity : width - 2 * (n - 1);
  if (narrowest.reduce((a, b) => a + b, 0) > room) {
    yield* stackedChunks(heads, rows, width!, separator);
    return;
  }
  const widths = fitWidths(natural, narrowest, room);
  let spaces = ' '.repeat(64);
  const pad = (k: number): string => {
    if (k > spaces.length) spaces = ' '.repeat(k * 2);
    return k > 0 ? spaces.slice(0, k) : '';
  };
  /** One line: cell c's text and width; the last column is padded only when right-aligned. */
  const cellText = (c: number, raw: string, measured: number): string => {
    let text = terminalText(raw);
    let w = measured;
    if (w > widths[c]!) {
      text = truncateToWidth(text, widths[c]!);
      w = displayWidth(text);
    }
    if (c === n - 1) return right[c] ? pad(widths[c]! - w) + text : text;
    return right[c] ? `${pad(widths[c]! - w) + text}  ` : `${text + pad(widths[c]! - w)}  `;
  };
  // A repeating column's values are escaped, cut and padded once each (the width of a value is
  // the same wherever it stands).
  const done = memo.map((m) => (m ? new Map<string, string>() : undefined));
  const piece = (c: number, raw: string, measured: number): string => {
    const m = done[c];
    if (!m) return cellText(c, raw, measured);
    let t = m.get(raw);
    if (t === undefined) {
      t = cellText(c, raw, measured);
      if (m.size < MEMO) m.set(raw, t);
    }
    return t;
  };
  let buf = '';
  for (let c = 0; c < n; c++) buf += cellText(c, heads[c]!, displayWidth(heads[c]!));
  buf = `${buf.trimEnd()}\n${widths.map((w) => '─'.repeat(w)).join('  ')}\n`;
  for (let r = 0, at = 0; r < count; r++) {
    let line = '';
    for (let c = 0; c < n; c++, at++) line += piece(c, rows.cell(r, c), cellWidths[at]!);
    buf += `${line.trimEnd()}\n`;
    if (buf.length >= CHUNK) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

/** Each row as `heading: value` lines cut to the width, rows apart by a blank line. */
function* stackedChunks(
  heads: string[],
  rows: GridRows,
  width: number,
  separator: string,
): Generator<string> {
  let buf = '';
  for (let r = 0; r < rows.count; r++) {
    if (r > 0) buf += '\n';
    for (let c = 0; c < heads.length; c++) {
      const text = terminalText(rows.cell(r, c));
      if (text) buf += `${truncateToWidth(`${heads[c]}${separator}${text}`, width)}\n`;
    }
    if (buf.length >= CHUNK) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}
