/**
 * Plain aligned text tables that count CJK characters as two columns. Linear in the number of
 * cells (cli-table3 does not finish 100,000 rows in reasonable time), for the ranking's size.
 */

/** Columns a character takes in a terminal: East Asian wide and fullwidth take two. */
function charWidth(cp: number): number {
  if (cp < 0x1100) return cp < 0x300 || cp > 0x36f ? 1 : 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  )
    return 2;
  if (cp >= 0xfe00 && cp <= 0xfe0f) return 0;
  return 1;
}

const ANSI = /\u001b\[[0-9;]*m/g;

export function displayWidth(s: string): number {
  let w = 0;
  const plain = s.includes('\u001b') ? s.replace(ANSI, '') : s;
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    if (c < 0x300) {
      w++;
      continue;
    }
    const cp = plain.codePointAt(i)!;
    if (cp > 0xffff) i++;
    w += charWidth(cp);
  }
  return w;
}

/**
 * displayWidth per column, remembered for columns marked `repeats` (streets, tiers, vetoes): at
 * most MEMO distinct values a column. Unique values (names, ranks) are measured each time.
 */
function columnWidths(columns: readonly GridColumn[]): (column: number, cell: string) => number {
  const memo = columns.map((c) => (c.repeats ? new Map<string, number>() : undefined));
  return (column, cell) => {
    const m = memo[column];
    if (!m) return displayWidth(cell);
    let w = m.get(cell);
    if (w === undefined) {
      w = displayWidth(cell);
      if (m.size < MEMO) m.set(cell, w);
    }
    return w;
  };
}

const MEMO = 4096;

export interface GridColumn {
  head: string;
  align?: 'left' | 'right';
  /** The column's values repeat from row to row: their widths are remembered. */
  repeats?: boolean;
}

/**
 * Header, a rule, then rows; columns two spaces apart; the last column is not padded.
 * Rows come from `rowAt`, asked twice (widths, then lines) so that a province's ranking is
 * never held as a matrix of cells.
 */
export function grid(columns: readonly GridColumn[], count: number, rowAt: (i: number) => string[]): string {
  return [...gridLines(columns, count, rowAt)].join('\n');
}

/** The same table one line at a time, so a ranking of 100,000 rows is never one string. */
export function* gridLines(
  columns: readonly GridColumn[],
  count: number,
  rowAt: (i: number) => string[],
): Generator<string> {
  const widths = columns.map((c) => displayWidth(c.head));
  const width = columnWidths(columns);
  for (let r = 0; r < count; r++) {
    const cells = rowAt(r);
    for (let i = 0; i < cells.length; i++) {
      const w = width(i, cells[i]!);
      if (w > widths[i]!) widths[i] = w;
    }
  }
  const line = (cells: readonly string[]) => {
    let out = '';
    for (let i = 0; i < columns.length; i++) {
      const cell = cells[i] ?? '';
      const last = i === columns.length - 1;
      const pad = last && columns[i]!.align !== 'right' ? '' : ' '.repeat(widths[i]! - width(i, cell));
      out += columns[i]!.align === 'right' ? pad + cell : cell + pad;
      if (!last) out += '  ';
    }
    return out.trimEnd();
  };
  yield line(columns.map((c) => c.head));
  yield widths.map((w) => '─'.repeat(w)).join('  ');
  for (let r = 0; r < count; r++) yield line(rowAt(r));
}
