/**
 * The rows of an .xlsx workbook, read by our own bounded reader: the zip's directory read from
 * the file's bytes (at most --max-size, read once and closed at once), each part inflated under
 * one budget (zip-entries.ts), the sheets' XML parsed as it inflates (xlsx-sheet.ts). No temporary
 * file, no file left open across an await, and every cost bounded by sheet-limits.ts: a file past
 * a bound throws SheetLimitError (the file's finding), a file that is not a workbook
 * WorkbookError. Sheets come in the order Excel shows them. A hidden sheet's rows are not given:
 * one that holds a table of communities (a header naming an id column, rows under it) is one row
 * with its finding instead (sheet.hidden-sheet), so that what an office hid is said, never lost
 * unseen (hiddenSheetRow).
 * exceljs is kept for writing workbooks; its reading agrees with this one
 * (test/sheets/xlsx-agreement.test.ts).
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { finding } from '../model/finding.js';
import { headerOf } from './header.js';
import { SheetLimitError, type SheetLimits, sheetLimits, WorkbookError } from './sheet-limits.js';
import type { SheetRow } from './sheet-row.js';
import { sheetMerges } from './xlsx-merges.js';
import { cellImages, styleFormats, workbookInfo } from './xlsx-parts.js';
import { SheetXml } from './xlsx-sheet.js';
import { sharedStrings } from './xlsx-strings.js';
import { InflateBudget, inflateChunks, inflatePart, type ZipEntry, zipEntries } from './zip-entries.js';

/** The whole file, when it is a regular file of at most maxBytes (the caller has checked its size). */
function fileBytes(file: string, maxBytes: number): Buffer {
  // Non-blocking, so a named pipe cannot hang the run waiting for a writer (it is refused below).
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new WorkbookError('not a regular file');
    const buf = Buffer.allocUnsafe(Math.min(st.size, maxBytes + 1));
    let n = 0;
    while (n < buf.length) {
      const r = readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      n += r;
    }
    if (n > maxBytes) throw new SheetLimitError('inflated', maxBytes, maxBytes);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

export async function* readXlsxRows(file: string, maxBytes: number): AsyncGenerator<SheetRow> {
  yield* workbookRows(fileBytes(file, maxBytes), sheetLimits(maxBytes));
}

/** The rows of the workbook in `bytes`, read under `limits`. */
export async function* workbookRows(bytes: Buffer, limits: SheetLimits): AsyncGenerator<SheetRow> {
  const entries = zipEntries(bytes, limits);
  const budget = new InflateBudget(limits);
  const text = (e: ZipEntry | undefined) =>
    e ? inflatePart(bytes, e, budget, limits.partBytes).toString('utf8') : undefined;
  const workbook = entries.get('xl/workbook.xml');
  if (!workbook) throw new WorkbookError('no xl/workbook.xml');
  const info = workbookInfo(text(workbook)!, text(entries.get('xl/_rels/workbook.xml.rels')));
  if (info.sheets.length > limits.sheets) throw new SheetLimitError('sheets', limits.sheets, limits.maxBytes);
  const formats = styleFormats(text(entries.get(info.styles)));
  const sst = entries.get(info.strings);
  const strings = sst ? await sharedStrings(inflateChunks(bytes, sst, budget), limits) : [];
  const counts = { rows: 0, rowElements: 0 };
  const images = cellImages(
    text(entries.get('xl/cellimages.xml') ?? entries.get('xl/cellImages.xml')),
    text(entries.get('xl/_rels/cellimages.xml.rels') ?? entries.get('xl/_rels/cellImages.xml.rels')),
    (part) => entries.has(part),
  );
  // The merges' own pass: as much work again as the sheets, under a budget of its own.
  const mergeBudget = new InflateBudget(limits);
  let hiddenBudget: InflateBudget | undefined;
  for (const sheet of info.sheets) {
    const entry = sheet.part === undefined ? undefined : entries.get(sheet.part);
    if (!entry) continue;
    const merges = sheet.hidden ? [] : await sheetMerges(bytes, entry, limits, mergeBudget);
    const xml = new SheetXml({
      sheet: sheet.name,
      strings,
      formats,
      date1904: info.date1904,
      limits,
      // A hidden sheet's rows are no community's: they count against a bound of their own, so a
      // large one never takes the visible sheets' share of --max-size.
      counts: sheet.hidden ? { rows: 0, rowElements: 0 } : counts,
      ...(images.size ? { images } : {}),
      ...(merges.length ? { merges } : {}),
    });
    if (sheet.hidden) {
      // Under a budget of its own too: a hidden sheet never leaves the visible ones unread.
      hiddenBudget ??= new InflateBudget(limits);
      const said = await hiddenSheetRow(sheet.name, xml, inflateChunks(bytes, entry, hiddenBudget));
      if (said) yield said;
      continue;
    }
    for await (const chunk of inflateChunks(bytes, entry, budget)) yield* xml.push(chunk);
    yield* xml.end();
  }
}

/** How many rows at the top of a sheet may come before its header (as the sheet's reading allows). */
const HEADER_ROWS = 5;

/**
 * A hidden sheet read (under the same bounds) only to tell whether it holds a table of
 * communities: a header naming an id column in its first rows and rows under it. Then one row
 * stands for the sheet, with no cells and its finding (a warning at the header's row, said with
 * the file's findings); else nothing (a list of choices, a scratch sheet).
 */
async function hiddenSheetRow(
  name: string,
  xml: SheetXml,
  chunks: AsyncIterable<Buffer>,
): Promise<SheetRow | undefined> {
  let header: number | undefined;
  let seen = 0;
  let rows = 0;
  let idRow = false;
  let cut = false;
  const look = (row: SheetRow) => {
    const names = seen++ < HEADER_ROWS + 1 && headerOf(row)?.fields.id !== undefined;
    if (header === undefined) {
      if (names) header = row.row;
    } else if (rows === 0 && !idRow && names)
      idRow = true; // the fill-in workbook's row of column ids
    else rows++;
  };
  try {
    for await (const chunk of chunks) for (const row of xml.push(chunk)) look(row);
    for (const row of xml.end()) look(row);
  } catch (e) {
    // Past one of its own bounds (rows, size, inflating): what was counted by then is said.
    if (!(e instanceof SheetLimitError) || e.kind === 'sheets' || e.kind === 'strings') throw e;
    cut = true;
  }
  if (header === undefined || rows === 0) return undefined;
  return {
    sheet: name,
    row: header,
    cells: [],
    broken: {
      ...finding('sheet.hidden-sheet', 'warning', { sheet: name, rows, ...(cut ? { more: 'yes' } : {}) }),
      line: header,
      column: 1,
      sheet: name,
    },
  };
}
