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
