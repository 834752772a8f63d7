/**
 * The worksheet parser as it was before src/sheets/xlsx-sheet.ts read tags by hand: each tag by
 * one regular expression (TAG) and its attributes by attr(). Kept unchanged as the oracle of
 * test/sheets/xlsx-scanner.test.ts, which feeds both the same random sheet XML.
 */
import { cellScalar } from '../../../src/sheets/cell-value.js';
import { SheetLimitError } from '../../../src/sheets/sheet-limits.js';
import type { SheetCell, SheetRow } from '../../../src/sheets/sheet-row.js';
import { dateCellValue, isDateFormat } from '../../../src/sheets/xlsx-parts.js';
import type { SheetContext } from '../../../src/sheets/xlsx-sheet.js';
import { isoCellDate } from '../../../src/sheets/xlsx-sheet.js';
import { attr, itemText, xmlText } from '../../../src/sheets/xml-text.js';

const TAG = /<(\/?)(?:[\w.-]+:)?([A-Za-z]+)([^>]*?)(\/?)>/g;
const INLINE_END = /<\/(?:[\w.-]+:)?is>/g;

/** `AB` of `AB12` → 28; 0 when the reference has no letters. */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return n;
}

export class RegexSheetXml {
  private carry = '';
  private inData = false;
  private rowNumber = 0;
  private cells: SheetCell[] | undefined;
  private column = 0;
  // The open cell.
  private inCell = false;
  private type: string | undefined;
  private style = 0;
  private value: string | undefined;
  private formula = false;
  /** A WPS picture in the cell: `_xlfn.DISPIMG("ID_…",1)`'s id. */
  private image: string | undefined;
  private inline: string | undefined;
  private readonly utf8 = new TextDecoder('utf-8');

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

  private parse(xml: string): SheetRow[] {
    const out: SheetRow[] = [];
    TAG.lastIndex = 0;
    for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
      const name = m[2]!;
      const closing = m[1] === '/';
      const empty = m[4] === '/';
      switch (name) {
        case 'sheetData':
          this.inData = !closing && !empty;
          break;
        case 'row':
          if (!this.inData) break;
          if (!closing) this.openRow(m[3]!);
          if (closing || empty) this.closeRow(out);
          break;
        case 'c':
          if (!this.cells) break;
          if (!closing) this.openCell(m[3]!);
          if (closing || empty) this.closeCell();
          break;
        case 'v':
          if (this.inCell && !closing && !empty) {
            const start = TAG.lastIndex;
            const end = xml.indexOf('<', start);
            this.value = xmlText(xml.slice(start, end < 0 ? xml.length : end));
            TAG.lastIndex = end < 0 ? xml.length : xml.startsWith('</v>', end) ? end + 4 : end;
          }
          break;
        case 'f':
          if (this.inCell && !closing) {
            this.formula = true;
            if (!empty) {
              const end = xml.indexOf('<', TAG.lastIndex);
              const text = xml.slice(TAG.lastIndex, end < 0 ? xml.length : end);
              if (text.includes('DISPIMG')) this.image = dispimgId(xmlText(text));
              TAG.lastIndex = end < 0 ? xml.length : end;
            }
          }
          break;
        case 'is':
          if (this.inCell && !closing && !empty) {
            INLINE_END.lastIndex = TAG.lastIndex;
            const close = INLINE_END.exec(xml);
            const end = close ? close.index : xml.length;
            this.inline = itemText(xml.slice(TAG.lastIndex, end));
            TAG.lastIndex = close ? INLINE_END.lastIndex : xml.length;
          }
          break;
        default:
          break;
      }
    }
    return out;
  }

  private openRow(attrs: string): void {
    const { counts, limits } = this.ctx;
    if (++counts.rowElements > limits.rowElements)
      throw new SheetLimitError('rows', limits.rows, limits.maxBytes);
    const r = Number.parseInt(attr(attrs, 'r') ?? '', 10);
    this.rowNumber = r > 0 ? r : this.rowNumber + 1;
    this.cells = [];
    this.column = 0;
  }

  private closeRow(out: SheetRow[]): void {
    const cells = this.cells;
    this.cells = undefined;
    if (!cells?.length) return;
    const { counts, limits } = this.ctx;
    if (++counts.rows > limits.rows) throw new SheetLimitError('rows', limits.rows, limits.maxBytes);
    out.push({ sheet: this.ctx.sheet, row: this.rowNumber, cells });
  }

  private openCell(attrs: string): void {
    const ref = attr(attrs, 'r');
    const column = ref === undefined ? 0 : columnOf(ref);
    this.column = column > 0 ? column : this.column + 1;
    if (this.column > this.ctx.limits.columns)
      throw new SheetLimitError('columns', this.ctx.limits.columns, this.ctx.limits.maxBytes);
    this.inCell = true;
    this.type = attr(attrs, 't');
    const s = attr(attrs, 's');
    this.style = s === undefined ? 0 : Number.parseInt(s, 10) || 0;
    this.value = undefined;
    this.formula = false;
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
            ? { column: this.column, value: read.value }
            : undefined;
    // A column given twice in a row: the later cell wins, as in exceljs.
    const last = cells[cells.length - 1];
    if (last?.column === this.column) cells.pop();
    if (cell) cells.push(cell);
  }

  /** The cell's value in exceljs's terms, for cellScalar. */
  private cellValue(numFmt: string | undefined): unknown {
    const v = this.value;
    const t = this.type;
    if (this.formula) {
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
    if (t === 'inlineStr') return this.inline ?? v;
    if (v === undefined) return undefined;
    switch (t) {
      case 's':
        return this.ctx.strings[Number.parseInt(v, 10)];
      case 'str':
        return v;
      case 'e':
        return { error: v };
      case 'b':
        return Number.parseInt(v, 10) !== 0;
      // ISO 8601 date text: the reader's own isoCellDate, tested on its own (iso-date-cells.test.ts).
      case 'd':
        return isoCellDate(v);
      default:
        return isDateFormat(numFmt)
          ? dateCellValue(Number.parseFloat(v), this.ctx.date1904)
          : Number.parseFloat(v);
    }
  }
}

/** The picture id of a WPS `_xlfn.DISPIMG("ID_…",1)` formula. */
function dispimgId(formula: string): string | undefined {
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
