/**
 * A worksheet's XML to rows, fed as it inflates: text up to the last complete `</row>` is parsed,
 * the rest waits for the next chunk. Cell values are read as exceljs's streaming reader reads them
 * (lib/stream/xlsx/worksheet-reader.js) and then made scalars by the same cellScalar, so a
 * workbook reads the same through either (test/sheets/xlsx-agreement.test.ts), except where
 * exceljs is wrong: a formula's saved yes/no or error result is that, not 1/0 or NaN; text is
 * decoded once (exceljs decodes `&amp;lt;` twice, to `<`); an inline string with several runs is
 * all its runs; rows and cells without a reference follow the one before.
 */
import { columnLetters } from '../model/place.js';
import { cellScalar } from './cell-value.js';
import { SheetLimitError, type SheetLimits } from './sheet-limits.js';
import type { CellScalar, SheetCell, SheetRow } from './sheet-row.js';
import type { Merge } from './xlsx-merges.js';
import { dateCellValue, isDateFormat } from './xlsx-parts.js';
import { attr, itemText, xmlText } from './xml-text.js';

const SLASH = 47;
const COLON = 58;
const INLINE_END = /<\/(?:[\w.-]+:)?is>/g;

export interface SheetContext {
  sheet: string;
  strings: readonly string[];
  formats: readonly (string | undefined)[];
  date1904: boolean;
  limits: SheetLimits;
  /** Rows with values read so far in this file, and row elements (shared by the file's sheets). */
  counts: { rows: number; rowElements: number };
  /** The ids of the pictures placed in cells that the workbook holds (WPS, xl/cellimages.xml). */
  images?: ReadonlySet<string>;
  /** The sheet's merges over more than one row, by first row (xlsx-merges.ts). */
  merges?: readonly Merge[];
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** `[\w.-]`: a character of a namespace prefix. */
const isNameChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;

/**
 * Where the value of attribute `name` starts (after its quote) in the attributes xml[from, to),
 * or -1: the value attr() would read there, found without making the attributes' text.
 */
function attrAt(xml: string, from: number, to: number, name: string): number {
  const eq = name.length;
  for (let i = xml.indexOf(name, from); i >= 0 && i + eq + 1 < to; i = xml.indexOf(name, i + 1)) {
    if (i === from || xml.charCodeAt(i + eq) !== 61) continue;
    const before = xml.charCodeAt(i - 1);
    const q = xml.charCodeAt(i + eq + 1);
    if ((before === 32 || before === 9 || before === 10 || before === 13) && (q === 34 || q === 39)) {
      const start = i + eq + 2;
      const end = xml.indexOf(q === 34 ? '"' : "'", start);
      return end < 0 || end >= to ? -1 : start;
    }
  }
  return -1;
}

/** A style attribute's value at `at` as `Number.parseInt(value, 10) || 0` reads it. */
function styleIndex(xml: string, at: number): number {
  let n = 0;
  let k = at;
  for (; ; k++) {
    const d = xml.charCodeAt(k) - 48;
    if (d < 0 || d > 9) break;
    n = n * 10 + d;
  }
  if (k > at && k - at <= 15) return n;
  return Number.parseInt(xml.slice(at, xml.indexOf(xml[at - 1]!, at)), 10) || 0;
}

export class SheetXml {
  private carry = '';
  private inData = false;
  private rowNumber = 0;
  private rowHidden = false;
  /** Columns hidden in the workbook (`<col min max hidden="1">`), as ranges. */
  private readonly hiddenColumns: [number, number][] = [];
  private cells: SheetCell[] | undefined;
  private column = 0;
  // The open cell.
  private inCell = false;
  private type: string | undefined;
  private style = 0;
  /** The open cell's `<v>`: its text is vXml[vStart, vEnd), made only when asked (vStart -1: none). */
  private vXml = '';
  private vStart = -1;
  private vEnd = -1;
  private formula = false;
  /** The open cell's formula as written (`G5`, `SUM(B3:C3)`); '' for a shared formula's copy. */
  private formulaText = '';
  /** Shared formulas by their `si`: the text, and the cell it is written in. */
  private readonly shared = new Map<string, { text: string; row: number; column: number }>();
  /** A WPS picture in the cell: `_xlfn.DISPIMG("ID_…",1)`'s id. */
  private image: string | undefined;
  private inline: string | undefined;
  private readonly utf8 = new TextDecoder('utf-8');
  private readonly dateFormats = new Map<string, boolean>();
  /** The next merge not yet reached, and those reaching the rows read now with their first cell's value. */
  private mergeNext = 0;
  private activeMerges: { merge: Merge; value: CellScalar | undefined }[] = [];

  constructor(private readonly ctx: SheetContext) {}

  /** The rows completed by the next chunk of the sheet's bytes. */
  push(chunk: Buffer): SheetRow[] {
    const text = this.utf8.decode(chunk, { stream: true });
    const tail = this.carry.slice(-8) + text;
    const carry = this.carry + text;
    // What is held here is at most one unfinished row and one chunk.
    const { limits } = this.ctx;
    if (carry.length > limits.rowChars)
      throw new SheetLimitError('row-size', limits.rowChars, limits.maxBytes);
    const cut = tail.indexOf('row>') < 0 ? -1 : lastRowEnd(carry);
    if (cut < 0) {
      this.carry = carry;
      return [];
    }
    this.carry = carry.slice(cut);
    return this.parse(cut === carry.length ? carry : carry.slice(0, cut));
  }

  /** The rows after the last chunk. */
  end(): SheetRow[] {
    const rest = this.carry + this.utf8.decode();
    this.carry = '';
    return this.parse(rest);
  }

  /**
   * The rows of `xml`, its tags read by hand (a regular expression and an attribute string per
   * tag cost most of the reading). A tag is read as `/<(\/?)(?:[\w.-]+:)?([A-Za-z]+)([^>]*?)(\/?)>/`
   * reads it, exactly: `<`, an optional `/`, an optional `prefix:`, the name (letters), anything up
   * to the next `>`, a `/` before it for an empty element. Where no tag starts at a `<`, the next
   * `<` is tried.
   */
  private parse(xml: string): SheetRow[] {
    const out: SheetRow[] = [];
    const len = xml.length;
    let i = xml.indexOf('<');
    while (i >= 0) {
      // The tag at i, if one is there: its name [n, e), its attributes [e, a), and where it ends (gt).
      let p = i + 1;
      const closing = xml.charCodeAt(p) === SLASH;
      if (closing) p++;
      let q = p;
      while (q < len && isNameChar(xml.charCodeAt(q))) q++;
      const n = q > p && xml.charCodeAt(q) === COLON && isLetter(xml.charCodeAt(q + 1)) ? q + 1 : p;
      let e = n;
      while (e < len && isLetter(xml.charCodeAt(e))) e++;
      if (e === n) {
        i = xml.indexOf('<', i + 1);
        continue;
      }
      const gt = xml.indexOf('>', e);
      // No `>` after this one: no tag after it either.
      if (gt < 0) break;
      const empty = gt > e && xml.charCodeAt(gt - 1) === SLASH;
      const a = empty ? gt - 1 : gt;
      let next = gt + 1;
      switch (e - n) {
        case 1: {
          const c = xml.charCodeAt(n);
          if (c === 99) {
            // c: a cell.
            if (!this.cells) break;
            if (!closing) this.openCell(xml, e, a);
            if (closing || empty) this.closeCell();
          } else if (c === 118) {
            // v: the cell's value, up to the next tag.
            if (this.inCell && !closing && !empty) {
              const end = xml.indexOf('<', next);
              this.vXml = xml;
              this.vStart = next;
              this.vEnd = end < 0 ? len : end;
              next = end < 0 ? len : xml.startsWith('</v>', end) ? end + 4 : end;
            }
          } else if (c === 102) {
            // f: a formula.
            if (this.inCell && !closing) {
              this.formula = true;
              let text = '';
              if (!empty) {
                const end = xml.indexOf('<', next);
                text = xml.slice(next, end < 0 ? len : end);
                if (text.includes('DISPIMG')) this.image = dispimgId(xmlText(text));
                next = end < 0 ? len : end;
              }
              this.formulaText = this.sharedFormula(xml, e, a, text ? xmlText(text) : '');
            }
          }
          break;
        }
        case 2:
          // is: an inline string.
          if (
            xml.charCodeAt(n) === 105 &&
            xml.charCodeAt(n + 1) === 115 &&
            this.inCell &&
            !closing &&
            !empty
          ) {
            INLINE_END.lastIndex = next;
            const close = INLINE_END.exec(xml);
            this.inline = itemText(xml.slice(next, close ? close.index : len));
            next = close ? INLINE_END.lastIndex : len;
          }
          break;
        case 3:
          if (xml.startsWith('row', n) && this.inData) {
            if (!closing) this.openRow(xml.slice(e, a));
            if (closing || empty) this.closeRow(out);
          } else if (xml.startsWith('col', n) && !this.inData && !closing) this.openCol(xml.slice(e, a));
          break;
        case 9:
          if (xml.startsWith('sheetData', n)) this.inData = !closing && !empty;
          break;
        default:
          break;
      }
      i = next < len ? xml.indexOf('<', next) : -1;
    }
    return out;
  }

  /** A `<col>` of `<cols>` (before the rows): the columns min..max it describes, hidden or not. */
  private openCol(attrs: string): void {
    const hidden = attr(attrs, 'hidden');
    if (hidden !== '1' && hidden !== 'true') return;
    const min = Number.parseInt(attr(attrs, 'min') ?? '', 10);
    const max = Number.parseInt(attr(attrs, 'max') ?? '', 10);
    if (min > 0) this.hiddenColumns.push([min, max >= min ? max : min]);
  }

  private isHiddenColumn(column: number): boolean {
    for (const [min, max] of this.hiddenColumns) if (column >= min && column <= max) return true;
    return false;
  }

  private openRow(attrs: string): void {
    const { counts, limits } = this.ctx;
    if (++counts.rowElements > limits.rowElements)
      throw new SheetLimitError('rows', limits.rows, limits.maxBytes);
    const r = Number.parseInt(attr(attrs, 'r') ?? '', 10);
    this.rowNumber = r > 0 ? r : this.rowNumber + 1;
    const hidden = attr(attrs, 'hidden');
    this.rowHidden = hidden === '1' || hidden === 'true';
    this.cells = [];
    this.column = 0;
  }

  private closeRow(out: SheetRow[]): void {
    const cells = this.cells;
    this.cells = undefined;
    if (!cells?.length) return;
    const { counts, limits } = this.ctx;
    if (++counts.rows > limits.rows) throw new SheetLimitError('rows', limits.rows, limits.maxBytes);
    if (this.ctx.merges?.length) this.fillMerged(cells);
    out.push({
      sheet: this.ctx.sheet,
      row: this.rowNumber,
      cells,
      ...(this.rowHidden ? { hidden: true as const } : {}),
    });
  }

  /**
   * A row under a merge's first row shows the merge's value, as Excel and WPS show it: its cells
   * there get the first cell's value, marked `merged`. A row with no value of its own (an empty
   * row the merge runs over) is not given one, so a merge below the last community adds no row.
   */
  private fillMerged(cells: SheetCell[]): void {
    const merges = this.ctx.merges!;
    const row = this.rowNumber;
    while (this.mergeNext < merges.length && merges[this.mergeNext]!.r1 <= row)
      this.activeMerges.push({ merge: merges[this.mergeNext++]!, value: undefined });
    if (!this.activeMerges.length) return;
    this.activeMerges = this.activeMerges.filter((a) => a.merge.r2 >= row);
    let added = false;
    for (const a of this.activeMerges) {
      const { r1, c1, c2 } = a.merge;
      if (r1 === row) {
        a.value = cells.find((c) => c.column === c1)?.value ?? undefined;
        continue;
      }
      if (a.value === undefined || a.value === null) continue;
      for (let column = c1; column <= c2; column++)
        if (!cells.some((c) => c.column === column)) {
          cells.push({ column, value: a.value, merged: true });
          added = true;
        }
    }
    if (added) cells.sort((a, b) => a.column - b.column);
  }

  /** A cell's start tag, its attributes in xml[from, to). */
  private openCell(xml: string, from: number, to: number): void {
    const r = attrAt(xml, from, to, 'r');
    let column = 0;
    if (r >= 0)
      for (let k = r; ; k++) {
        const c = xml.charCodeAt(k);
        if (c >= 65 && c <= 90) column = column * 26 + (c - 64);
        else if (c >= 97 && c <= 122) column = column * 26 + (c - 96);
        else break;
      }
    this.column = column > 0 ? column : this.column + 1;
    if (this.column > this.ctx.limits.columns)
      throw new SheetLimitError('columns', this.ctx.limits.columns, this.ctx.limits.maxBytes);
    this.inCell = true;
    const t = attrAt(xml, from, to, 't');
    this.type = t < 0 ? undefined : xml.slice(t, xml.indexOf(xml[t - 1]!, t));
    const s = attrAt(xml, from, to, 's');
    this.style = s < 0 ? 0 : styleIndex(xml, s);
    this.vStart = -1;
    this.formula = false;
    this.formulaText = '';
    this.image = undefined;
    this.inline = undefined;
  }

  private closeCell(): void {
    if (!this.inCell) return;
    this.inCell = false;
    const numFmt = this.style ? this.ctx.formats[this.style] : undefined;
    const read = cellScalar(this.cellValue(numFmt), numFmt);
    const cells = this.cells!;
    const image = this.image;
    const cell: SheetCell | undefined =
      image !== undefined
        ? // A picture in the cell: its formula as text (WPS saves that as the result), and its id
          // when the workbook holds the picture.
          {
            column: this.column,
            value: typeof read.value === 'string' && read.value ? read.value : `=DISPIMG("${image}",1)`,
            ...(this.ctx.images?.has(image) ? { image } : {}),
          }
        : read.formulaWithoutValue
          ? { column: this.column, value: null, formulaWithoutValue: true }
          : read.value !== null && read.value !== ''
            ? {
                column: this.column,
                value: read.value,
                ...(this.formula ? { formula: this.formulaText } : {}),
              }
            : undefined;
    // A column given twice in a row: the later cell wins, as in exceljs.
    const last = cells[cells.length - 1];
    if (last?.column === this.column) cells.pop();
    if (cell && this.hiddenColumns.length && this.isHiddenColumn(cell.column)) cell.hidden = true;
    if (cell) cells.push(cell);
  }

  /**
   * The open cell's formula: its text, or a shared formula's (Excel writes a formula filled down
   * once, `<f t="shared" si="0" ref="G3:G9">H3*2</f>`, and `<f t="shared" si="0"/>` below it) moved
   * to this cell as Excel moves it. The attributes of `<f>` are in xml[from, to).
   */
  private sharedFormula(xml: string, from: number, to: number, text: string): string {
    const t = attrAt(xml, from, to, 't');
    if (t < 0 || !xml.startsWith('shared', t)) return text;
    const si = attrAt(xml, from, to, 'si');
    if (si < 0) return text;
    const id = xml.slice(si, xml.indexOf(xml[si - 1]!, si));
    if (text) {
      if (this.shared.size < MAX_SHARED_FORMULAS)
        this.shared.set(id, { text, row: this.rowNumber, column: this.column });
      return text;
    }
    const master = this.shared.get(id);
    return master ? moveFormula(master.text, this.rowNumber - master.row, this.column - master.column) : '';
  }

  /** The text of the cell's `<v>`, decoded; undefined when it has none. */
  private valueText(): string | undefined {
    return this.vStart < 0 ? undefined : xmlText(this.vXml.slice(this.vStart, this.vEnd));
  }

  /**
   * The cell's `<v>` as a number when it is only digits (at most 15: exact), else -1: what
   * parseInt and parseFloat make of it, without making its text.
   */
  private valueDigits(): number {
    const x = this.vXml;
    const end = this.vEnd;
    if (this.vStart < 0 || end === this.vStart || end - this.vStart > 15) return -1;
    let n = 0;
    for (let k = this.vStart; k < end; k++) {
      const d = x.charCodeAt(k) - 48;
      if (d < 0 || d > 9) return -1;
      n = n * 10 + d;
    }
    return n;
  }

  /** Whether a number format shows a date, once per format. */
  private isDate(numFmt: string | undefined): boolean {
    if (numFmt === undefined) return false;
    let d = this.dateFormats.get(numFmt);
    if (d === undefined) this.dateFormats.set(numFmt, (d = isDateFormat(numFmt)));
    return d;
  }

  /** The cell's value in exceljs's terms, for cellScalar. */
  private cellValue(numFmt: string | undefined): unknown {
    const t = this.type;
    if (this.formula) {
      const v = this.valueText();
      if (v === undefined) return { formula: '' };
      const result =
        t === 'str'
          ? v
          : t === 'b'
            ? Number.parseInt(v, 10) !== 0
            : t === 'e'
              ? { error: v }
              : Number.parseFloat(v);
      return { formula: '', result };
    }
    if (t === 'inlineStr') return this.inline ?? this.valueText();
    if (this.vStart < 0) return undefined;
    switch (t) {
      case 's': {
        const k = this.valueDigits();
        return this.ctx.strings[k >= 0 ? k : Number.parseInt(this.valueText()!, 10)];
      }
      case 'str':
        return this.valueText();
      case 'e':
        return { error: this.valueText() };
      case 'b':
        return Number.parseInt(this.valueText()!, 10) !== 0;
      case 'd':
        return isoCellDate(this.valueText()!);
      default: {
        const k = this.valueDigits();
        const n = k >= 0 ? k : Number.parseFloat(this.valueText()!);
        return this.isDate(numFmt) ? dateCellValue(n, this.ctx.date1904) : n;
      }
    }
  }
}

/**
 * A date cell written as ISO 8601 text (`t="d"`, as LibreOffice and some exporters write one;
 * Excel writes a serial): the day and time as written, whatever zone follows them (a cell shows
 * the day typed, never one moved by a time zone). Text that is no calendar date stays text.
 */
export function isoCellDate(text: string): Date | string {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i.exec(
      text.trim(),
    );
  if (!m) return text;
  const [y, mo, d, h, mi, se] = m.slice(1).map((x) => Number(x ?? 0)) as number[];
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, se!));
  // 2005-02-30 is no day: Date.UTC would roll it over to March.
  return date.getUTCMonth() === mo! - 1 && date.getUTCDate() === d && h! < 24 && mi! < 60 && se! < 60
    ? date
    : text;
}

/** Shared formulas kept per sheet: far above what a sheet of communities holds, a bound on memory. */
const MAX_SHARED_FORMULAS = 65_536;

/** `H3*2` written in G3, moved to G5: `H5*2` (a `$` keeps its row or column, as Excel does). */
export function moveFormula(text: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return text;
  return text.replace(
    /("[^"]*")|(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g,
    (all, quoted: string | undefined, c$: string, col: string, r$: string, row: string) => {
      if (quoted !== undefined) return all;
      const c = c$ ? col : columnLetters(Math.max(1, columnNumber(col) + columns));
      const r = r$ ? row : String(Math.max(1, Number(row) + rows));
      return `${c$}${c}${r$}${r}`;
    },
  );
}

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/** The picture id of a WPS `_xlfn.DISPIMG("ID_…",1)` formula. */
export function dispimgId(formula: string): string | undefined {
  return /DISPIMG\(\s*"([^"]+)"/.exec(formula)?.[1];
}

/** Where the last `</row>` (any prefix) of `xml` ends, or -1. */
function lastRowEnd(xml: string): number {
  let i = xml.lastIndexOf('row>');
  while (i > 0) {
    let j = i - 1;
    if (xml.charCodeAt(j) === 58) while (j > 0 && xml.charCodeAt(j) !== 47 && xml.charCodeAt(j) !== 60) j--;
    if (xml.charCodeAt(j) === 47 && xml.charCodeAt(j - 1) === 60) return i + 4;
    i = xml.lastIndexOf('row>', i - 1);
  }
  return -1;
}
