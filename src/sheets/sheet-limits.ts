/**
 * How much work reading one spreadsheet may cost, all derived from the file size limit
 * (--max-size, 5 MB by default for every format): a workbook of 5 MB may inflate to 160 MB of XML,
 * hold 5,120 community rows, 655,360 shared strings, 2,560 columns and 160 sheets. A file past
 * one of them gives one finding at the file (its code below), never an abort: the cost of reading
 * is linear in what is read and bounded by these numbers, however the bytes are packed.
 */
import { type Finding, finding } from '../model/finding.js';

export interface SheetLimits {
  /** The --max-size these derive from. */
  maxBytes: number;
  /** Bytes of XML inflated from the workbook's zip, all parts together. */
  inflatedBytes: number;
  /** Bytes of one small part (workbook.xml, its relationships, styles.xml) inflated. */
  partBytes: number;
  /** Rows with at least one value, over all sheets (CSV: records). */
  rows: number;
  /** Row elements, empty ones included (a sheet of empty rows costs its parse too). */
  rowElements: number;
  /** The largest column number a value may have (A = 1). */
  columns: number;
  /** Sheets the workbook lists, hidden ones included, and entries of its zip. */
  sheets: number;
  zipEntries: number;
  /** Entries of the shared-strings table. */
  sharedStrings: number;
  /** Characters of one row's XML (or of one shared string, or one CSV record). */
  rowChars: number;
}

/** The limits a file of at most `maxBytes` is read under. */
export function sheetLimits(maxBytes: number): SheetLimits {
  const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.floor(n)));
  return {
    maxBytes,
    inflatedBytes: maxBytes * 32,
    partBytes: Math.max(maxBytes, 1 << 20),
    rows: clamp(maxBytes / 1024, 64, 1 << 24),
    rowElements: clamp(maxBytes / 16, 512, 1 << 26),
    columns: clamp(maxBytes / 2048, 512, 16_384),
    sheets: clamp(maxBytes / 32_768, 32, 4_096),
    zipEntries: clamp(maxBytes / 8_192, 256, 65_535),
    sharedStrings: clamp(maxBytes / 8, 4_096, 1 << 26),
    rowChars: Math.max(maxBytes, 1 << 20),
  };
}

/** Which bound a file went past: each its own finding code (src/model/codes/sheet.ts). */
export type SheetLimitKind = 'inflated' | 'rows' | 'columns' | 'sheets' | 'strings' | 'row-size';

export const LIMIT_CODES = {
  inflated: 'sheet.inflated-too-large',
  rows: 'sheet.too-many-rows',
  columns: 'sheet.too-many-columns',
  sheets: 'sheet.too-many-sheets',
  strings: 'sheet.too-many-strings',
  'row-size': 'sheet.row-too-large',
} as const satisfies Record<SheetLimitKind, string>;

/** Thrown by a reader that went past a bound; the file gets the finding of `kind`. */
export class SheetLimitError extends Error {
  constructor(
    readonly kind: SheetLimitKind,
    readonly limit: number,
    readonly maxBytes: number,
  ) {
    super(`over the ${kind} limit of ${limit}`);
  }
}

/**
 * Why the bytes are not a workbook this reader can read: a zip cut short (a copy that did not
 * finish), a workbook with an opening password (Excel and WPS then write an OLE compound file
 * holding EncryptionInfo, not a zip), an old-format workbook given an .xlsx name, some other file
 * given that name (not a zip at all), or a zip that is damaged inside.
 */
export type WorkbookProblem = 'incomplete' | 'password' | 'old-format' | 'not-zip' | 'damaged';

/** Thrown when the bytes are not a workbook this reader can read; the file gets workbookFinding(e). */
export class WorkbookError extends Error {
  constructor(
    message: string,
    readonly problem: WorkbookProblem = 'damaged',
  ) {
    super(message);
  }
}

/** The file's finding for a WorkbookError: its own code where the user can act on it, else the detail. */
export function workbookFinding(e: WorkbookError): Finding {
  if (e.problem === 'incomplete') return finding('sheet.incomplete', 'error');
  if (e.problem === 'password') return finding('sheet.password', 'error');
  if (e.problem === 'old-format') return finding('sheet.old-format-renamed', 'error');
  if (e.problem === 'not-zip') return finding('sheet.not-workbook', 'error');
  return finding('sheet.unreadable', 'error', { detail: e.message.split('\n')[0]!.slice(0, 200) });
}

/** A bound of sheet-limits.ts passed: its finding, with the bound and the --max-size it follows from. */
export function limitFinding(e: SheetLimitError): Finding {
  const bytes = e.kind === 'inflated' || e.kind === 'row-size';
  return finding(LIMIT_CODES[e.kind], 'error', {
    limit: bytes ? sizeText(e.limit) : e.limit.toLocaleString('en-US'),
    'max-size': sizeText(e.maxBytes),
  });
}

/** 5242880 → "5 MB", 1536 → "1.5 KB": as --max-size takes it. */
function sizeText(n: number): string {
  const [unit, div] = n >= 1 << 20 ? ['MB', 1 << 20] : n >= 1024 ? ['KB', 1024] : ['bytes', 1];
  return `${Number((n / (div as number)).toFixed(1))} ${unit}`;
}
