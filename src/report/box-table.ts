/**
 * Boxed tables for the terminal (check, rubric show and list), fitted to a width: cells wrap at
 * word and CJK boundaries (text-width.ts), the widest columns give way first; when even their
 * narrowest does not fit, each row is written as a block of `heading: value` lines. Every cell is
 * shown with terminalText, so data can neither draw on the terminal nor add a line; a cell's own
 * lines are given as an array. A line longer than CELL_LIMIT columns is cut with an ellipsis, so
 * one enormous value cannot widen every row.
 */
import { terminalText } from './escape/terminal.js';
import { fitWidths, MIN_COLUMN, narrowestWidth, WORD_LIMIT } from './fit-widths.js';
import { displayWidth, longestPiece, truncateToWidth, wrapWhole } from './text-width.js';

/** The widest hyphenated word of `s` (an id such as area-per-100-households): never broken. */
function longestWhole(s: string): number {
  let max = 0;
  // With the brackets and punctuation a line may not part from it: "(city-civilized-share)".
  for (const word of s.match(/[([（「“]*[A-Za-z0-9][\w.]*(?:-[\w.]+)+[)\]）」”,.;:，。；：]*/gu) ?? [])
    max = Math.max(max, displayWidth(word));
  return max;
}

export interface BoxCell {
  /** The cell's lines (data in them is escaped here). */
  lines: readonly string[];
  align?: 'left' | 'right';
  /** Colour for each line, applied after measuring and wrapping. */
  paint?: (s: string) => string;
}

export type BoxCellInput = string | BoxCell;

export interface BoxColumn {
  head: string;
  /** Wrap this column's text at this many columns even when the table has room. */
  maxWidth?: number;
  /** Ids, which people copy: never broken, the column is as wide as its widest (rows stack before). */
  whole?: boolean;
  /** A word wider than this may be cut to keep the table (a quote's long number); 16 unless given. */
  cutAbove?: number;
}

export interface BoxOptions {
  /** Terminal columns the table must fit in; undefined: as wide as its cells. */
  width?: number;
  /** Between a heading and its value when rows are stacked (`: ` or `：`). */
  separator?: string;
}

/** No line of a cell is shown wider than this, whatever the width. */
export const CELL_LIMIT = 200;
/** Below this, a column is too narrow to read and the rows are stacked instead. */

interface Cell {
  lines: string[];
  align: 'left' | 'right';
  paint?: (s: string) => string;
}

function toCell(c: BoxCellInput): Cell {
  const box = typeof c === 'string' ? { lines: [c] } : c;
  return {
    lines: box.lines.map((l) => truncateToWidth(terminalText(l), CELL_LIMIT)),
    align: typeof c === 'string' ? 'left' : (c.align ?? 'left'),
    paint: typeof c === 'string' ? undefined : c.paint,
  };
}

export function boxTable(
  columns: readonly (string | BoxColumn)[],
  rows: readonly (readonly BoxCellInput[])[],
  { width, separator = ': ' }: BoxOptions = {},
): string {
  const cols = columns.map((c) => (typeof c === 'string' ? { head: c } : c));
  const heads = cols.map((c) => toCell(c.head));
  const cells = rows.map((r) => cols.map((_, i) => toCell(r[i] ?? '')));
  const widest = (i: number, measure: (s: string) => number) =>
    Math.max(...[heads[i]!, ...cells.map((r) => r[i]!)].flatMap((c) => c.lines.map(measure)), 1);
  const natural = cols.map((c, i) => Math.min(widest(i, displayWidth), c.maxWidth ?? Infinity));
  const narrowest = cols.map((c, i) =>
    c.whole
      ? natural[i]!
      : narrowestWidth(
          natural[i]!,
          widest(i, longestPiece),
          Math.min(c.maxWidth ?? Infinity, c.cutAbove ?? WORD_LIMIT),
          widest(i, longestWhole),
        ),
  );
  // Borders and padding: "│ " before each column, " │" after the last.
  const room = width === undefined ? Infinity : width - (3 * cols.length + 1);
  const sum = (ws: number[]) => ws.reduce((a, b) => a + b, 0);
  if (sum(narrowest) > room) return stacked(heads, cells, width!, separator);
  const widths = fitWidths(natural, narrowest, room);
  const out: string[] = [];
  const rule = (l: string, m: string, r: string) => l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r;
  out.push(rule('┌', '┬', '┐'));
  out.push(...rowLines(heads, widths));
  out.push(rule('├', '┼', '┤'));
  for (const r of cells) out.push(...rowLines(r, widths));
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

function rowLines(row: Cell[], widths: number[]): string[] {
  const wrapped = row.map((c, i) => c.lines.flatMap((l) => wrapWhole(l, widths[i]!)));
  const height = Math.max(...wrapped.map((w) => w.length));
  const lines: string[] = [];
  for (let k = 0; k < height; k++) {
    const parts = row.map((c, i) => {
      const text = wrapped[i]![k] ?? '';
      const pad = ' '.repeat(Math.max(0, widths[i]! - displayWidth(text)));
      const painted = text && c.paint ? c.paint(text) : text;
      return c.align === 'right' ? pad + painted : painted + pad;
    });
    lines.push(`│ ${parts.join(' │ ')} │`);
  }
  return lines;
}

/** No room for columns: each row as `heading: value` lines, rows apart by a blank line. */
function stacked(heads: Cell[], cells: Cell[][], width: number, separator: string): string {
  const blocks = cells.map((row) =>
    row
      .flatMap((c, i) => {
        const text = c.lines.filter((l) => l !== '').join(' ');
        if (!text) return [];
        const head = heads[i]!.lines.join(' ');
        return wrapWhole(`${head}${separator}${text}`, Math.max(width, MIN_COLUMN)).map((l) =>
          c.paint ? c.paint(l) : l,
        );
      })
      .join('\n'),
  );
  return blocks.join('\n\n');
}
