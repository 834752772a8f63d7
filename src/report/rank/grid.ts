/**
 * Plain aligned text tables that count CJK characters as two columns. Linear in the number of
 * cells (cli-table3 does not finish 100,000 rows in reasonable time), for the ranking's size.
 */

import { terminalText } from '../escape/terminal.js';
import { fitWidths, MIN_COLUMN, narrowestWidth, WORD_LIMIT } from '../fit-widths.js';
import { displayWidth, ELLIPSIS, longestPiece, truncateToWidth, wrapToWidth } from '../text-width.js';

export { displayWidth };

export interface GridColumn {
  head: string;
  align?: 'left' | 'right';
  /** The column's values repeat from row to row: their widths are remembered. */
  repeats?: boolean;
  /**
   * When every row has the same value (a street, a district), the column is left out and the
   * value said once above the table.
   */
  same?: boolean;
  /**
   * Kept as wide as its widest cell while the other columns can give way (names with their ids,
   * tiers); the first firm column is kept longest.
   */
  firm?: boolean;
  /** Its cells end with an id aside (`name（id）`), which a cut keeps. */
  ids?: boolean;
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
/** A cell wraps to at most this many lines; the last is then cut with an ellipsis. */
const MAX_LINES = 8;
/** How many columns' worth of a cell is wrapped at most (its lines each fill at least half a column width). */
const WRAP_COLUMNS = 4 * MAX_LINES;

export interface GridOptions {
  /** Columns a line may take; undefined: no limit (but cells stop at GRID_CELL_LIMIT). */
  width?: number;
  /** Between a heading and its value when rows are stacked (`: ` or `：`). */
  separator?: string;
  /** Said for a left-out column whose every row is empty ("无"). */
  none?: string;
}

/**
 * Header, a rule, then rows, as pieces of whole lines (each ending in a newline) of about 64 KB;
 * columns two spaces apart; the last column is not padded; no line ends in spaces. Widths are
 * measured once per cell (or given by `rows.width`) and kept in one typed array, so the text of a
 * cell is built once, when its line is. Cells are shown with terminalText (the widths given must
 * be of that text). A `same` column whose every row has one value is left out, its value said once
 * in a line above the header. A cell wider than its column wraps onto more lines of its row (at
 * most MAX_LINES). When even the narrowest columns do not fit the width, each row is a block of
 * `heading: value` lines.
 */
export function* gridChunks(
  columns: readonly GridColumn[],
  rows: GridRows,
  { width, separator = ': ', none = '—' }: GridOptions = {},
): Generator<string> {
  const m = measureCells(columns, rows, width !== undefined);
  // The columns shown (indexes into `columns`), and the line that says the others once.
  const keep = columns.map((_, c) => c).filter((c) => !m.isSame[c]);
  const dropped = columns.map((_, c) => c).filter((c) => m.isSame[c]);
  if (dropped.length) {
    const said = dropped
      .map((c) => `${m.heads[c]}${separator}${terminalText(m.sameValue[c]!) || none}`)
      .join('  ');
    yield `${(width === undefined ? [said] : wrapToWidth(said, width)).join('\n')}\n`;
  }
  const heads = keep.map((c) => m.heads[c]!);
  const natural = keep.map((c) => m.natural[c]!);
  const right = keep.map((c) => columns[c]!.align === 'right');
  const room = width === undefined ? Infinity : width - 2 * (keep.length - 1);
  const words = keep.map((c) => m.words[c]!);
  const narrowest = narrowestWidths(columns, keep, natural, right, room, words);
  if (sum(narrowest) > room) {
    yield* stackedChunks(heads, keep, rows, width!, separator);
    return;
  }
  const ids = keep.map((c) => !!columns[c]!.ids);
  const lines = new GridLines(
    fitWidths(natural, narrowest, room),
    right,
    width === undefined,
    keep,
    m.memo,
    ids,
  );
  let buf = `${lines.wrapped(heads)}${lines.widths.map((w) => '─'.repeat(w)).join('  ')}\n`;
  for (let r = 0; r < rows.count; r++) {
    buf += lines.row(rows, m.cellWidths, r, columns.length);
    if (buf.length >= CHUNK) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

const sum = (ws: readonly number[]) => ws.reduce((a, b) => a + b, 0);

/**
 * Every cell measured once: the widths, each column's natural width, and which are the same in
 * every row; with a width to keep to (`bounded`), each column's longest word too (WORD_LIMIT).
 */
function measureCells(columns: readonly GridColumn[], rows: GridRows, bounded: boolean) {
  const all = columns.length;
  const count = rows.count;
  const heads = columns.map((c) => terminalText(c.head));
  const natural = heads.map((h) => Math.min(displayWidth(h), GRID_CELL_LIMIT));
  const cellWidths = new Uint32Array(count * all);
  // The one value of each `same` column so far, while every row has it.
  const sameValue: (string | undefined)[] = columns.map(() => undefined);
  const isSame = columns.map((c) => c.same === true && count > 1);
  const memo = columns.map((c) => (c.repeats ? new Map<string, number>() : undefined));
  const words = columns.map(() => 0);
  // A repeating column's words are weighed once per value.
  const weighed = columns.map(() => new Set<string>());
  const weigh = (c: number, text: string) => {
    if (words[c]! >= WORD_LIMIT || weighed[c]!.has(text)) return;
    if (weighed[c]!.size < MEMO) weighed[c]!.add(text);
    words[c] = Math.max(words[c]!, longestPiece(terminalText(text)));
  };
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
    for (let c = 0; c < all; c++, at++) {
      if (isSame[c]) {
        const v = rows.cell(r, c);
        if (r === 0) sameValue[c] = v;
        else if (v !== sameValue[c]) isSame[c] = false;
      }
      const w = rows.width?.(r, c) ?? measure(c, rows.cell(r, c));
      cellWidths[at] = w;
      if (bounded && w > MIN_COLUMN) weigh(c, rows.cell(r, c));
      if (w > natural[c]!) natural[c] = Math.min(w, GRID_CELL_LIMIT);
    }
  }
  return { heads, natural, cellWidths, sameValue, isSame, memo, words };
}

/**
 * The narrowest widths the shown columns may take: loose columns down to MIN_COLUMN or their longest word, firm columns
 * keeping their width in their order (the first matters most) while the rest fit in `room`.
 */
function narrowestWidths(
  columns: readonly GridColumn[],
  keep: readonly number[],
  natural: readonly number[],
  right: readonly boolean[],
  room: number,
  words: readonly number[],
): number[] {
  // Numbers are never cut; a text column keeps its longest word, as the boxed tables' do.
  const loose = natural.map((w, k) => (right[k] ? w : narrowestWidth(w, words[k]!)));
  const firmOrder = keep.map((c, k) => (columns[c]!.firm ? k : -1)).filter((k) => k >= 0);
  for (let j = firmOrder.length; j > 0; j--) {
    const held = new Set(firmOrder.slice(0, j));
    const tryWidths = natural.map((w, k) => (held.has(k) ? w : loose[k]!));
    if (sum(tryWidths) <= room) return tryWidths;
  }
  return loose;
}

/** `name（id）` or `name (id)`: an id aside closing a cell, which a cut keeps (people copy it). */
const ID_ASIDE = /\s?[（(][A-Za-z0-9][\w.-]*[）)]$/u;

/**
 * A cell wider than its column as at most MAX_LINES lines, the last cut with an ellipsis. Only the
 * start of a cell can be shown: a name of megabytes is cut before it is wrapped (wrapping weighs
 * every character). A name cut so keeps its id on the lines after it: 8 lines of a long name left
 * the row with no id at 80 columns.
 */
function cellLines(text: string, width: number, ids: boolean): string[] {
  const wrap = (s: string) => wrapToWidth(truncateToWidth(s, WRAP_COLUMNS * width), width);
  const lines = wrap(text);
  if (lines.length <= MAX_LINES) return lines;
  // An id is at most 64 characters: only the end of the text is looked at.
  const id = ids ? ID_ASIDE.exec(text.slice(-80))?.[0] : undefined;
  const tail = id ? wrapToWidth(id.trimStart(), width) : [];
  if (!id || tail.length >= MAX_LINES) return cutLines(lines, MAX_LINES, width);
  return [...cutLines(wrap(text.slice(0, -id.length)), MAX_LINES - tail.length, width), ...tail];
}

/** The first n lines, the last of them ending in an ellipsis when any were left out. */
function cutLines(lines: string[], n: number, width: number): string[] {
  if (lines.length <= n) return lines;
  // Joined to the next line, the last lost the space the wrap broke at ("New modern" read "Newmode…").
  return [...lines.slice(0, n - 1), truncateToWidth(lines[n - 1]! + ELLIPSIS, width)];
}

/** The lines of a grid whose column widths are decided: cells padded, wide cells wrapped. */
class GridLines {
  private spaces = ' '.repeat(64);
  private readonly n: number;
  // A repeating column's values are escaped and padded once each (the width of a value is the
  // same wherever it stands).
  private readonly memoOf: (Map<string, string> | undefined)[];

  constructor(
    readonly widths: number[],
    private readonly right: readonly boolean[],
    /** With no width to keep to, the last column (never padded) shows its text whole. */
    private readonly unbounded: boolean,
    private readonly keep: readonly number[],
    memo: readonly (Map<string, number> | undefined)[],
    /** Which shown columns end their cells with an id aside. */
    private readonly ids: readonly boolean[] = [],
  ) {
    this.n = keep.length;
    this.memoOf = keep.map((c) => (memo[c] ? new Map<string, string>() : undefined));
  }

  /** Row r: on one line when every cell fits its column, else wrapped. */
  row(rows: GridRows, cellWidths: Uint32Array, r: number, all: number): string {
    const { n, keep, widths } = this;
    let line = '';
    for (let k = 0; k < n; k++) {
      const w = cellWidths[r * all + keep[k]!]!;
      if (w > widths[k]! && !this.free(k))
        return this.wrapped(keep.map((c) => terminalText(rows.cell(r, c))));
      line += this.piece(k, rows.cell(r, keep[k]!), w);
    }
    return `${line.trimEnd()}\n`;
  }

  /** A row (or the header) with a cell wider than its column: that cell wraps, the row takes as many lines. */
  wrapped(texts: string[]): string {
    const { widths } = this;
    const cells = texts.map((text, k) => {
      if (this.free(k) || displayWidth(text) <= widths[k]!) return [text];
      return cellLines(text, widths[k]!, !!this.ids[k]);
    });
    const height = Math.max(...cells.map((x) => x.length));
    let out = '';
    for (let i = 0; i < height; i++) {
      let line = '';
      for (let k = 0; k < this.n; k++) {
        const text = cells[k]![i] ?? '';
        line += this.padded(k, text, displayWidth(text));
      }
      out += `${line.trimEnd()}\n`;
    }
    return out;
  }

  private free(k: number): boolean {
    return this.unbounded && k === this.n - 1 && !this.right[k];
  }

  private pad(k: number): string {
    if (k > this.spaces.length) this.spaces = ' '.repeat(k * 2);
    return k > 0 ? this.spaces.slice(0, k) : '';
  }

  /** One line of cell k: its text and width; the last column is padded only when right-aligned. */
  private padded(k: number, text: string, w: number): string {
    const right = this.right[k];
    const gap = this.widths[k]! - w;
    if (k === this.n - 1) return right ? this.pad(gap) + text : text;
    return right ? `${this.pad(gap) + text}  ` : `${text + this.pad(gap)}  `;
  }

  private piece(k: number, raw: string, measured: number): string {
    const m = this.memoOf[k];
    if (!m) return this.padded(k, terminalText(raw), measured);
    let t = m.get(raw);
    if (t === undefined) {
      t = this.padded(k, terminalText(raw), measured);
      if (m.size < MEMO) m.set(raw, t);
    }
    return t;
  }
}

/** Each row as `heading: value` lines wrapped to the width, rows apart by a blank line. */
function* stackedChunks(
  heads: string[],
  keep: number[],
  rows: GridRows,
  width: number,
  separator: string,
): Generator<string> {
  let buf = '';
  for (let r = 0; r < rows.count; r++) {
    if (r > 0) buf += '\n';
    for (let k = 0; k < heads.length; k++) {
      const text = terminalText(rows.cell(r, keep[k]!));
      if (text) buf += `${wrapToWidth(`${heads[k]}${separator}${text}`, width).join('\n')}\n`;
    }
    if (buf.length >= CHUNK) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}
